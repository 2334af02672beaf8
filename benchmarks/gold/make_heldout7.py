"""Write /work/heldout7/facts_heldout7.jsonl (gold for the heldout7 split)."""
import json

UK = ["United Kingdom", "Britain", "UK"]
US = ["United States", "U.S."]
EU = ["European Union", "EU"]
UAE = ["United Arab Emirates", "UAE"]
WB = ["World Bank", "International Development Association"]
ADB = ["Asian Development Bank"]
ISDB = ["Islamic Development Bank", "IsDB"]
AFDB = ["African Development Bank"]
NL = ["Netherlands", "the Netherlands", "Kingdom of the Netherlands"]


def p(donor, amount=None, currency=None, thing=None, recipient=None, optional=False, note=None):
    e = {"donor": donor}
    if amount is not None:
        e["amount"] = float(amount)
        e["currency"] = currency
    if thing:
        e["thing"] = thing
    if recipient:
        e["recipient"] = recipient
    if optional:
        e["optional"] = True
    if note:
        e["note"] = note
    return e


def a(entity, host=False, optional=False):
    e = {"entity": entity if isinstance(entity, list) else [entity]}
    if host:
        e["host"] = True
    if optional:
        e["optional"] = True
    return e


def case(name, n, pledges, attendees, absent):
    return {"case": f"h7_{name}", "split": "heldout7",
            "articles": [f"tests/data/facts/heldout7_{name}/{i:02d}.txt" for i in range(1, n + 1)],
            "pledges": pledges, "attendees": attendees, "absent": absent}


BD = ["Bangladesh"]
HAITI = ["Haiti", "multinational security mission", "Haitian National Police"]
UA = ["Ukraine"]
KG = ["Kyrgyzstan", "Kyrgyz Republic"]
GPEI = ["Global Polio Eradication Initiative", "GPEI"]
PRF = ["Pacific Resilience Facility"]
CHAD = ["Chad", "Sudanese refugees"]
PH = ["Philippines"]
JP = ["Japan"]
SAUDI = ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSrelief", "King Salman Humanitarian Aid and Relief Centre"]

# case-specific spellings: only those the case's articles use
UK_F = ["United Kingdom", "Britain"]
SAUDI_F = ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSrelief"]
ISDB_F = ["Islamic Development Bank"]
US_C = ["United States"]
NL_C = ["Netherlands", "the Netherlands"]
EU_P = ["European Union"]

cases = [
    case("flood_donors", 3, [
        p(ADB, 500e6, "USD", thing="loan", recipient=BD, note="rural roads and embankments"),
        p(ADB, 20e6, "USD", thing="grant", recipient=BD, note="water supply"),
        p(WB, 450e6, "USD", recipient=BD, note="IDA; $200m of it announced in September"),
        p(JP, 18e9, "JPY", thing="grant", recipient=BD, note="about $120 million"),
        p(EU, 95e6, "EUR", recipient=BD, note="02 and 03: EUR 95 million; 01: 90 million euros"),
        p(UK_F, 40e6, "GBP", recipient=BD, note="$51 million"),
        p(SAUDI_F, thing="tonne", recipient=BD, note="2,000 tonnes of rice and dates / food"),
        p(["China", "People's Republic of China"], thing="tent", recipient=BD, note="5,000 tents, 20,000 blankets"),
        p(ISDB_F, 150e6, "USD", recipient=BD, note="housing financing"),
        p(["Republic of Korea", "South Korea"], 5e6, "USD", recipient=BD),
        p(["Australia"], 12e6, "AUD", recipient=BD),
        p(NL, thing="assistance", recipient=BD, note="technical assistance for Haor Basin plan"),
        p(BD + ["Government of the People's Republic of Bangladesh", "Tahmina Haque"], 60e9, "BDT", recipient=BD,
          optional=True, note="Tk 6,000 crore of own resources, the recipient's own budget"),
        p(["Development partners", "donors", "Governments and international lenders"], 1.94e9, "USD", recipient=BD,
          optional=True, note="total; 01: nearly $2 billion"),
    ], [
        a(["Tahmina Haque", "Haque"], host=True),
        a(BD, host=True, optional=True),
        a("Mahbub Alam Siddiqui", host=True),
        a("Nasreen Akhter", host=True),
        a(["Economic Relations Division"], host=True, optional=True),
        a("Kenji Morooka"), a("Pieter van Aalst"), a("Rachel Ainsworth"), a("Amara Dissanayake"),
        a("Nobuko Takehara"), a("Ana Lucía Ferreyra"), a("Vikram Sahni"),
        a(["Switzerland"]),
        a(JP, optional=True), a(EU, optional=True), a(UK_F, optional=True), a(ADB, optional=True),
        a(WB, optional=True), a(ISDB_F, optional=True), a(["United Nations", "U.N."], optional=True),
        a(["India"], optional=True), a(SAUDI_F, optional=True), a(["China", "People's Republic of China"], optional=True),
        a(["Republic of Korea", "South Korea"], optional=True), a(["Australia"], optional=True), a(NL, optional=True),
    ], ["Arif Mahmud", "Clara Jensen", "Tom Whitcombe", "Mirza Kamal Uddin", "Saleha Begum", "Bengal Delta Institute",
        "Shafiqul Alam", "Rumana Chowdhury", "Masud Rana", "Abdul Jalil", "Abdul Motin Talukdar", "The Sylhet Chronicle",
        "Sylhet", "Sunamganj", "Moulvibazar", "Tahirpur", "London", "Surma", "Kushiyara"]),

    case("caricom_summit", 2, [
        p(["Jamaica"], thing="soldier", recipient=HAITI, note="150 soldiers / about 150 troops"),
        p(["The Bahamas", "Bahamas"], thing="police", recipient=HAITI, note="100 police officers"),
        p(["Guyana"], 2e6, "USD", recipient=HAITI + ["UN trust fund"], note="US$2 million / two million dollars"),
        p(["Canada", "Ottawa"], 40e6, "CAD", recipient=HAITI, note="01: C$40m (US$29m); 02: 45 million Canadian dollars"),
        p(["Belize"], thing="team", recipient=HAITI, note="12-member military medical team"),
        p(US_C + ["Washington"], 60e6, "USD", recipient=HAITI, optional=True, note="earlier pledge reaffirmed, no new money"),
        p(["CARICOM", "Caribbean Community", "leaders"], thing="fund", optional=True,
          note="communique: committed to capitalise disaster response fund, no figure"),
        p(["Caribbean leaders", "CARICOM", "Caribbean Community"], thing="soldier", recipient=HAITI, optional=True,
          note="02: about 250 more soldiers and police officers, the sum of Jamaica's and the Bahamas' pledges"),
    ], [
        a(["Cedric Liburd", "Liburd"], host=True),
        a(["St Kitts and Nevis"], host=True, optional=True),
        a(["CARICOM", "Caribbean Community", "CARICOM Conference of Heads of Government"], host=True, optional=True),
        a(["Marlon Whyte", "Whyte"]), a("Sandra Holder-Best"), a("Ravi Persaud"), a("Marisa Sewdien"),
        a("Keston Alleyne"), a("Rodolphe Dorvilier"), a("Priya Sandhu"), a("Helen Marcotte"),
        a("Desmond Ashby"), a("Darren Rolle"), a("Everton Joseph"),
        a(["Dominican Republic"]),
        a(["Jamaica"], optional=True), a(["Barbados"], optional=True), a(["Guyana"], optional=True),
        a(["Suriname"], optional=True), a(["Trinidad and Tobago"], optional=True), a(["Haiti"], optional=True),
        a(["Canada"], optional=True), a(US_C, optional=True), a(["The Bahamas", "Bahamas"], optional=True),
        a(["Antigua and Barbuda"], optional=True), a(["Belize"], optional=True),
    ], ["Keisha Baptiste", "Vidya Ramkissoon", "Marie-Rose Auguste", "Radio Caraïbes", "Venezuela", "Kenya",
        "Lucía Etcheverry", "Delroy Hanley", "International Organization for Migration", "Security Council",
        "Port-au-Prince", "Port of Spain", "Frigate Bay", "Paramaribo", "Cap-Haïtien", "New York", "AFP"]),

    case("contact_group", 3, [
        p(["Germany", "Berlin"], thing="system", recipient=UA, note="four more IRIS-T air-defence systems"),
        p(["Germany", "Berlin"], 9e9, "EUR", recipient=UA, optional=True, note="already budgeted for 2026, not new"),
        p(UK, 350e6, "GBP", recipient=UA, note="$443 million, air-defence missiles"),
        p(UK, thing="vehicle", recipient=UA, note="25 Stormer air defence vehicles"),
        p(UK, 4.5e9, "GBP", recipient=UA, optional=True, note="this year's support, context"),
        p(NL_C + ["Dutch"], 400e6, "EUR", recipient=UA, note="drones; 03: around"),
        p(["Norway", "Oslo"], 2.5e9, "NOK", recipient=UA + ["PURL"], note="about $235 million"),
        p(["Sweden"], thing="howitzer", recipient=UA, note="18 Archer howitzers"),
        p(["Canada"], 200e6, "CAD", recipient=UA),
        p(["Lithuania"], 15e6, "EUR", recipient=UA),
        p(["Denmark"], 1.2e9, "DKK", recipient=UA, note="Bohdana howitzers, Danish model"),
        p(["allies", "NATO"], 20e9, "USD", recipient=UA, optional=True, note="more than, so far this year, total"),
    ], [
        a(["Jonathan Pryce-Hale", "Pryce-Hale"], host=True),
        a(["Katrin Vollmer", "Vollmer"], host=True),
        a(UK, host=True, optional=True), a(["Germany"], host=True, optional=True),
        a(["Ukraine Defense Contact Group", "UDCG"], host=True, optional=True),
        a("Mark Delaney"), a(["Andriy Kovalchuk", "Kovalchuk"]), a("Marten Aaltonen"),
        a("Sander Verhoeven"), a("Ingrid Solberg-Haugen"), a("Erik Lindqvist"), a("Harjit Gill"),
        a("Mette Kjærgaard"), a("Mykola Hrytsenko"),
        a(["Japan"]),
        a(["NATO"], optional=True), a(US, optional=True), a(UA, optional=True), a(NL_C, optional=True),
        a(["Norway"], optional=True), a(["Sweden"], optional=True), a(["Canada"], optional=True),
        a(["Lithuania"], optional=True), a(["Denmark"], optional=True),
    ], ["Hungary", "Kremlin", "Moscow", "Russia", "Putin", "Nadia Qureshi", "Lena Hofmann", "Iryna Shevchuk",
        "Valentyn Ohirenko", "Pieter-Jan Claes", "Marta Kowalczyk", "Centre for Eastern Strategy", "Oleksandr Bondar",
        "Thales", "Belfast", "Ramstein", "Pokrovsk", "Zaporizhzhia", "Washington", "Kyiv Dispatch"]),

    case("hydro_financing", 2, [
        p(WB, 250e6, "USD", recipient=KG, note="IDA, $100m grant + concessional credit"),
        p(WB, 100e6, "USD", thing="grant", recipient=KG, optional=True, note="grant part of the $250m"),
        p(["European Bank for Reconstruction and Development", "EBRD"], 160e6, "USD", thing="loan", recipient=KG,
          note="02 (EBRD): up to US$160 million; 01: $150 million"),
        p(EU, 30e6, "EUR", thing="grant", recipient=KG, note="Global Gateway, administered by EBRD"),
        p(["Asian Infrastructure Investment Bank", "AIIB"], 200e6, "USD", recipient=KG),
        p(ISDB, 120e6, "USD", recipient=KG, note="Istisna'a financing"),
        p(["Saudi Fund for Development"], 187.5e6, "SAR", thing="loan", recipient=KG, note="$50 million"),
        p(["OPEC Fund for International Development", "OPEC Fund"], 40e6, "USD", recipient=KG),
        p(["Multilateral Investment Guarantee Agency", "MIGA", "World Bank"], 300e6, "USD", thing="guarantee",
          recipient=KG, optional=True, note="preparing, up to, subject to board approval"),
        p(KG + ["government"], 80e6, "USD", recipient=KG, optional=True, note="own contribution, about"),
        p(["lenders", "seven multilateral and bilateral lenders"], 1.1e9, "USD", recipient=KG, optional=True,
          note="total, about; 96 billion som"),
    ], [
        a("Daniyar Abdyrakhmanov", host=True),
        a(["Nurbek Sadyrov", "Sadyrov"], host=True),
        a(KG, host=True, optional=True),
        a("Sophie Akhmedova-Laurent"), a("Elena Marchetti"), a("Hyun-jung Park"), a("Yusuf Olaniyan"),
        a("Marta Lindgren"),
        a(WB, optional=True), a(["European Bank for Reconstruction and Development", "EBRD"], optional=True),
        a(["Asian Infrastructure Investment Bank", "AIIB"], optional=True), a(ISDB, optional=True),
        a(EU, optional=True), a(["Saudi Fund for Development"], optional=True),
        a(["OPEC Fund for International Development", "OPEC Fund"], optional=True),
    ], ["Almazbek Tursunbaev", "Eurasian Development Bank", "Uzbekistan", "Henrik Vestergaard", "Dilnoza Rakhimova",
        "Central Asia Business Wire", "Astana", "Tashkent", "London", "Naryn River", "Toktogul", "Jeddah"]),

    case("polio_pledging", 2, [
        p(UAE, 100e6, "USD", recipient=GPEI, note="AED 367.3 million"),
        p(["Gates Foundation"], 450e6, "USD", recipient=GPEI, note="includes two-to-one match of Rotary"),
        p(["Rotary International", "Rotary"], 150e6, "USD", recipient=GPEI, note="over three years"),
        p(SAUDI, 30e6, "USD", recipient=GPEI, note="01 (WAM): US$30 million; 02: $25 million"),
        p(["Germany"], 40e6, "EUR", recipient=GPEI),
        p(JP, 3e9, "JPY", recipient=GPEI, note="about $20 million"),
        p(["Norway"], 250e6, "NOK", recipient=GPEI),
        p(["Bio Farma"], thing="dose", recipient=GPEI, note="40 million doses of nOPV2 at no cost"),
        p(["Pakistan"], thing="campaign", recipient=["Pakistan"], optional=True,
          note="would fund a greater share of its own campaigns, no figure"),
        p(["donors"], 1.26e9, "USD", recipient=GPEI, optional=True, note="total; 02: about $1.2bn"),
    ], [
        a(["Mariam Saeed Al Mansoori", "Al Mansoori"], host=True),
        a(UAE, host=True, optional=True),
        a("Naledi Khumalo-Price"), a("Luis Carvajal-Ortega"), a("Saleh Al-Otaibi"), a("Jonas Reinhardt"),
        a("Rahmat Sudrajat"), a("Kwabena Mensah-Darko"), a(["Ayesha Rehman Qureshi", "Qureshi"]),
        a("Tunde Adeyemi-Bello"), a("Ingrid Mwale"), a("Hege Nordli"),
        a(JP),
        a(GPEI, optional=True), a(["Gates Foundation"], optional=True), a(["Rotary International", "Rotary"], optional=True),
        a(SAUDI, optional=True), a(["Germany"], optional=True), a(["Bio Farma"], optional=True),
        a(["WHO"], optional=True), a(["Pakistan"], optional=True), a(["Nigeria"], optional=True),
        a(["UNICEF"], optional=True), a(["Norway"], optional=True),
        a(["Federal Ministry for Economic Cooperation and Development"], optional=True),
    ], ["United States", "Centers for Disease Control and Prevention", "CDC", "Afghanistan", "Taliban",
        "Independent Monitoring Board", "Helen Okoye-Baptiste", "Priyanka Venkataraman", "Global Health Dispatch",
        "Gavi", "UAE Pakistan Assistance Programme", "World Health Assembly", "Geneva", "WAM"]),

    case("pacific_resilience", 2, [
        p(["Australia"], 50e6, "AUD", recipient=PRF, note="US$33 million; release writes $50 million"),
        p(["Australia"], 100e6, "AUD", recipient=PRF, optional=True, note="pledged in 2024, context"),
        p(["Australia"], thing="expert", recipient=PRF, note="two technical experts seconded"),
        p(["New Zealand"], 20e6, "NZD", recipient=PRF),
        p(JP + ["Tokyo"], 4.5e9, "JPY", recipient=PRF, note="about US$30 million, over three years"),
        p(["China"], 5e6, "USD", recipient=PRF),
        p(EU_P, 25e6, "EUR", recipient=PRF),
        p(["Fiji"], 5e6, "FJD", recipient=PRF),
        p(["Green Climate Fund"], 60e6, "USD", recipient=PRF, optional=True, note="approved last year"),
    ], [
        a(["Ratu Josefa Nakavulevu", "Nakavulevu"], host=True),
        a(["Fiji"], host=True, optional=True),
        a("Filipo Tuiasosopo"),
        a("Sione Vaipulu"), a("Tuilagi Leota Seiuli"), a(["Kausea Fusi", "Fusi"]), a("Tamarua Maoate"),
        a("Ewan Detenamo"), a("Ilebrang Tellei"), a(["Meredith Galea", "Galea"]), a("Aroha Te Kani"),
        a("Liu Zhenyu"), a("Klaus Ehrenreich"), a("Lavinia Kaufusi"),
        a(JP),
        a(["Pacific Islands Forum"], optional=True), a(PRF, optional=True),
        a(["Tonga"], optional=True), a(["Samoa"], optional=True), a(["Tuvalu"], optional=True),
        a(["Cook Islands"], optional=True), a(["Nauru"], optional=True), a(["Palau"], optional=True),
        a(["Australia"], optional=True), a(["New Zealand"], optional=True), a(["China"], optional=True),
        a(EU_P, optional=True),
    ], ["Kiribati", "United States", "State Department", "Joeli Veitayaki", "Pacific Climate Action Network",
        "Losana Vakatawa", "Pacific Wave News", "Green Climate Fund", "Koror", "Nuku'alofa", "Grand Pacific Hotel",
        "Washington", "Boe Declaration"]),

    case("chad_refugees", 3, [
        p(EU, 120e6, "EUR", recipient=CHAD, note="includes 40m announced in January"),
        p(EU, 40e6, "EUR", recipient=CHAD, optional=True, note="January part of the 120m"),
        p(["Germany"], 60e6, "EUR", recipient=CHAD, note="01: 60 million euros; 02 (UNHCR): EUR 65 million"),
        p(["France"], 20e6, "EUR", recipient=CHAD),
        p(["Qatar"], 25e6, "USD", recipient=CHAD),
        p(JP, 15e6, "USD", recipient=CHAD),
        p(["Kuwait", "Kuwait Fund for Arab Economic Development"], 10e6, "USD", recipient=CHAD),
        p(AFDB, 50e6, "USD", thing="grant", recipient=CHAD, note="approved by board last week"),
        p(["World Food Programme"], thing="tonne", recipient=CHAD, note="12,000 tonnes of sorghum"),
        p(["Turkey", "AFAD"], thing="tent", recipient=CHAD, note="2,000 family tents, 03: about"),
        p(["Chad", "Government of Chad", "Moussa Haroun Abakar"], thing="hectare", recipient=CHAD,
          note="10,000 hectares of farmland for refugees and hosts"),
        p(["International donors", "donors"], 655e6, "USD", recipient=CHAD, optional=True,
          note="total; 01: about $640 million"),
    ], [
        a(["Moussa Haroun Abakar", "Abakar"], host=True),
        a(["Chad", "Government of Chad"], host=True, optional=True),
        a(["UNHCR", "UN refugee agency", "UN Refugee Agency"], host=True),
        a(["Kelly Otieno-Marsh"], host=True),
        a("Jutta Rasmussen"), a("Florian Kessler"), a(["France"]), a("Hamad bin Khalid Al-Kuwari"),
        a("Aiko Shimizu"), a("Bakary Traoré-Konaté"), a("Fahad Al-Mutawa"),
        a(EU, optional=True), a(["Germany"], optional=True), a(["Qatar"], optional=True), a(JP, optional=True),
        a(["Kuwait"], optional=True), a(["Kuwait Fund for Arab Economic Development"], optional=True),
        a(AFDB, optional=True), a(["World Food Programme"], optional=True), a(["AFAD"], optional=True),
        a(["Turkey"], optional=True),
    ], ["Sudan", "Rapid Support Forces", "Médecins Sans Frontières", "Khadija Adam Yahya", "Ousmane Hissein",
        "Abakar Souleymane", "Mahamat Adoum Djibrine", "Sahel Press Agency", "Achta Mahamat Saleh", "Relief Monitor",
        "Aurélie Ngarmbassa", "Port Sudan", "Adré", "El Fasher", "Darfur", "El Geneina", "Abéché", "Ouaddaï",
        "Wadi Fira", "Farchana"]),

    case("state_visit", 2, [
        p(JP + ["Tokyo"], 250e9, "JPY", thing="loan", recipient=PH, note="about P95 billion / $1.6 billion, NSCR"),
        p(JP, 2.4e9, "JPY", thing="radar", recipient=PH + ["Philippine Navy"],
          note="OSA grant; 01: five coastal radar systems, 02: six"),
        p(JP, 3e9, "JPY", thing="grant", recipient=PH + ["Bangsamoro"]),
        p(JP + ["Tokyo", "Kazuo Fujimaki"], thing="vessel", recipient=PH + ["Philippine Coast Guard"],
          note="three 97-meter multi-role response vessels"),
        p(["Japanese companies", "Japanese business leaders"], 4.2e9, "USD", recipient=PH, optional=True,
          note="investment pledges, not aid"),
    ], [
        a(["Ramon Villacorta", "Villacorta"], host=True),
        a(PH, host=True, optional=True),
        a(["Kazuo Fujimaki", "Fujimaki"]),
        a(["Celestino Abaya"], host=True), a(["Gerardo Bautista-Lim"], host=True),
        a("Yoko Mizushima"), a("Naoki Hirata"),
        a(JP, optional=True), a(["JICA"], optional=True),
        a(["Michiko Fujimaki", "Michiko"], optional=True),
        a("Shunichi Oda", optional=True), a(["Keidanren"], optional=True),
    ], ["China", "Beijing", "Chinese Foreign Ministry", "Hideo Kuroki", "Alfredo Lacson-Ramos", "Lorna Escudero",
        "Jomar Dizon", "Keiko Hamasaki", "Japan News Network", "Presidential Communications Office", "Vietnam",
        "Malaysia", "Australia", "Rizal Monument", "Calamba", "Palawan", "Luzon"]),
]

with open("/work/heldout7/facts_heldout7.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
