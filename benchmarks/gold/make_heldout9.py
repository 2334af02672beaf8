"""Write /work/heldout9/facts_heldout9.jsonl (gold for the heldout9 split)."""
import json

UN = ["United Nations", "U.N.", "UN"]
UK = ["United Kingdom", "Britain", "UK"]
UK_Y = ["United Kingdom", "Britain"]
US = ["United States", "U.S."]
UAE_D = ["United Arab Emirates"]
EU = ["European Union"]
UAE = ["United Arab Emirates", "UAE"]
WB = ["World Bank"]
AFDB = ["African Development Bank", "AfDB"]
SA = ["Saudi Arabia", "Kingdom of Saudi Arabia", "King Salman Humanitarian Aid and Relief Centre", "KSrelief"]
YEMEN = ["Yemen"]


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
    return {"case": f"h9_{name}", "split": "heldout9",
            "articles": [f"tests/data/facts/heldout9_{name}/{i:02d}.txt" for i in range(1, n + 1)],
            "pledges": pledges, "attendees": attendees, "absent": absent}


MW = ["Malawi", "Chitete Gorge Hydropower Project", "Chitete Gorge"]
DM = ["Dominica", "Commonwealth of Dominica"]
AFRICA = ["Africa", "African countries"]
EXIM = ["Export-Import Bank of India", "India Exim Bank", "India"]
CDB = ["Caribbean Development Bank", "CDB"]
IDB = ["Inter-American Development Bank", "IDB"]

cases = [
    case("yemen_pledging", 3, [
        p(SA, 250e6, "USD", recipient=YEMEN, note="via KSrelief; SR937.5 million in 02"),
        p(["Kuwait", "Kuwait Fund for Arab Economic Development"], 150e6, "USD", recipient=YEMEN),
        p(UAE, 100e6, "USD", recipient=YEMEN, note="Dh367 million in 02"),
        p(EU, 125e6, "EUR", recipient=YEMEN, note="$136 million; includes 25m committed in January"),
        p(EU, 25e6, "EUR", recipient=YEMEN, optional=True, note="part of the 125m, committed earlier in January"),
        p(UK_Y, 88e6, "GBP", recipient=YEMEN, note="US$111 million in the UN release"),
        p(["Germany"], 80e6, "EUR", recipient=YEMEN, note="confirmed, first announced earlier in the month; US$87m in release"),
        p(["Sweden"], 400e6, "SEK", recipient=YEMEN, note="$38 million, over two years"),
        p(["Japan"], 12e6, "USD", thing="food", recipient=YEMEN + ["World Food Programme"], note="food aid through WFP"),
        p(["Qatar", "Qatar Fund for Development"], 50e6, "USD", recipient=YEMEN, note="Kuwait Times $50m; UN release $40m"),
        p(["China", "Beijing"], thing="rice", recipient=YEMEN, note="5,000 tonnes of rice, in-kind"),
        p(["Central Emergency Response Fund", "CERF"] + UN, 20e6, "USD", recipient=YEMEN, note="CERF allocation announced by the ERC"),
        p(WB + ["International Development Association"], 150e6, "USD", recipient=YEMEN, optional=True,
          note="up to, intends to seek Board approval"),
        p(["Norway"], 28e6, "USD", recipient=YEMEN),
        p(["Netherlands", "the Netherlands"], 22e6, "USD", recipient=YEMEN),
        p(["Switzerland"], 17e6, "USD", recipient=YEMEN),
        p(["Canada"], 15e6, "USD", recipient=YEMEN),
        p(["Donors", "donors", ""], 1.38e9, "USD", recipient=YEMEN, optional=True,
          note="conference total; 'about $1.4 billion' / 'exceeded $1.3 billion' elsewhere"),
    ], [
        a(["Abdulaziz al-Rumaihi", "Abdulaziz Hamad al-Rumaihi", "Al-Rumaihi"], host=True),
        a(["Kuwait"], host=True, optional=True),
        a(UN, host=True, optional=True),
        a(["Adaeze Mbanefo-Hart", "Mbanefo-Hart"], host=True),
        a(["Amara Collins-Tetteh"]),
        a(["Saudi Arabia", "Kingdom of Saudi Arabia"]),
        a(["Mansour bin Khalid al-Otaibi"]),
        a(["King Salman Humanitarian Aid and Relief Centre", "KSrelief"], optional=True),
        a(["Hessa Obaid al-Mazrouei"]),
        a(UAE, optional=True),
        a(["Said bin Rashid al-Hinai"]),
        a(["Oman"], optional=True),
        a(["Lu Xiaoqing"]),
        a(["China"], optional=True),
        a(["Jana Vrbová"]),
        a(EU, optional=True),
        a(["Tawfiq al-Hadrami"]),
        a(YEMEN, optional=True),
        a(["Kenji Morisaki"]),
        a(["Japan"], optional=True),
        a(["Dana Whitcombe"]),
        a(["United States", "Washington"], optional=True),
        a(["Qatar"], optional=True),
        a(["Germany"], optional=True), a(UK_Y, optional=True), a(["Sweden"], optional=True),
        a(["Norway"], optional=True), a(["Netherlands", "the Netherlands"], optional=True),
        a(["Switzerland"], optional=True), a(["Canada"], optional=True),
        a(WB, optional=True), a(["OCHA"], optional=True),
    ], ["Hana Al-Shammari", "Omar Fahmy-Tarek", "Gareth Lloyd-Jones", "Reuters", "Yahya Sharaf al-Deen",
        "Houthi", "Ingrid Mwale", "Norwegian Refugee Council", "Amir", "Bader al-Fadhli", "KUNA",
        "Kuwait Times", "Lina Haddad-Moore", "World Food Programme", "Sanaa", "Aden", "New York", "Berlin",
        "Cairo", "Sheikh Jaber Al-Ahmad Cultural Centre", "Syria", "Iran"]),

    case("migration_summit", 2, [
        p(IDB, 1.2e9, "USD", thing="loan", recipient=["Central America", "Colombia", "Ecuador"],
          note="AP $1.2 billion; EFE US$1.25 billion"),
        p(["Canada"], 40e6, "CAD", recipient=["UNHCR", "U.N. refugee agency", "International Organization for Migration"],
          note="about $29 million"),
        p(["Mexico", "Itzel Campos Urrutia"], 50e6, "USD", recipient=["Guatemala", "Honduras"], note="Jóvenes en Raíz"),
        p(["Mexico", "Itzel Campos Urrutia"], thing="vaccine", recipient=["Guatemala", "Honduras"],
          note="100,000 doses of measles vaccine for shelters"),
        p(US, 85e6, "USD", recipient=["migrants and refugees"]),
        p(["U.S. International Development Finance Corporation", "International Development Finance Corporation"] + US,
          200e6, "USD", thing="guarantee", optional=True, note="could, up to, needs board approval"),
        p(WB, 300e6, "USD", thing="loan", recipient=["Panama"], optional=True, note="approved in March, only recalled"),
    ], [
        a(["Ana Lucía Quesada Mora", "Quesada Mora"], host=True),
        a(["Costa Rica"], host=True, optional=True),
        a(["Bernardo Ixcot Tzul"]), a(["Guatemala"], optional=True),
        a(["Marcela Andino Reyes"]), a(["Honduras"], optional=True),
        a(["Rubén Darío Castrellón"]), a(["Panama"], optional=True),
        a(["Jorge Luis Palacios Vera"]), a(["Ecuador"], optional=True),
        a(["Itzel Campos Urrutia"]), a(["Mexico"], optional=True),
        a(["Luz Dary Mosquera Palacios"]), a(["Colombia"], optional=True),
        a(["Mariana Echeverri Salgado"]), a(IDB, optional=True),
        a(["Amarjeet Kaur Bains"]), a(["Canada"], optional=True),
        a(["Colin Ashworth-Payne"]), a(US, optional=True),
        a(["Ruth Wanjiku Salas"]), a(["International Organization for Migration", "IOM"], optional=True),
        a(["Chinedu Okafor-Lima"]), a(["UNHCR", "UN refugee agency"], optional=True),
        a(WB, optional=True),
    ], ["Rodrigo Escalante Funes", "El Salvador", "Nicaragua", "Valeria Ortiz Benavides", "Centro Paso Seguro",
        "Daniela Chacón-Webb", "Associated Press", "EFE", "Tapachula", "Mexico City", "Tabasco", "Darién",
        "San Pedro Sula", "Guatemala City", "Los Angeles Declaration", "National Theatre"]),

    case("nb8_defence", 2, [
        p(["Norway"], 1.5e9, "NOK", thing="missile", recipient=["Ukraine"], note="$136 million, air defence, joint procurement"),
        p(["Denmark"], 2.1e9, "DKK", recipient=["Ukraine"], note="29th package; AFP 2.1bn ($305m), ERR 2.3bn (€308m)"),
        p(["Finland"], 90e6, "EUR", recipient=["Ukraine"], note="31st package"),
        p(["Sweden", "Stockholm"], thing="vehicle", recipient=["Ukraine"], note="10 CV90 infantry fighting vehicles and ammunition"),
        p(["Latvia"], thing="drone", recipient=["Ukraine"], note="3,000 interceptor drones"),
        p(["Lithuania"], thing="carrier", recipient=["Ukraine"], note="another batch of M577 armoured personnel carriers"),
        p(["Estonia"], 12e6, "EUR", thing="ammunition", recipient=["Ukraine"], note="from Defence Forces' stocks"),
        p(["Estonia"], thing="aid", recipient=["Ukraine"], optional=True, note="reaffirmed 0.25% of GDP a year"),
        p(["Iceland"], 500e6, "ISK", recipient=["Comprehensive Assistance Package", "Ukraine"], note="$3.6 million, NATO CAP trust fund"),
    ], [
        a(["Sigrun Aasheim Vik", "Aasheim Vik"], host=True),
        a(["Norway"], host=True, optional=True),
        a(["Troels Kjærgaard Holm"]), a(["Denmark"], optional=True),
        a(["Aino-Kaisa Rautiainen"]), a(["Finland"], optional=True),
        a(["Erik Strandberg-Nyqvist"]), a(["Sweden"], optional=True),
        a(["Ilze Kalniņa-Bērziņa"]), a(["Latvia"], optional=True),
        a(["Rūta Žemaitytė"]), a(["Lithuania"], optional=True),
        a(["Margus Tammepõld"]), a(["Estonia"], optional=True),
        a(["Iceland"]),
        a(["Oleksii Bondarenko-Lysenko"]), a(["Ukraine"], optional=True),
        a(["Kwabena Ofori-Hartley"]), a(["Britain"], optional=True),
        a(["Teodora Lazăr"]), a(["NATO"], optional=True),
    ], ["Dovydas Kairėnas", "Yelena Koroleva", "Kiel Institute for the World Economy", "Kari Haugstad Lunde",
        "NTB", "AFP", "ERR News", "Raul Kõrvemaa", "Russia", "Moscow", "Germany", "Vilnius", "Kyiv", "Riga",
        "Ørland"]),

    case("dam_cofinancing", 2, [
        p(WB + ["International Development Association", "IDA"], 300e6, "USD", thing="grant", recipient=MW),
        p(WB + ["International Development Association", "IDA"], 120e6, "USD", thing="credit", recipient=MW),
        p(WB + ["International Development Association", "IDA"], 420e6, "USD", recipient=MW, optional=True,
          note="sum of IDA grant and credit"),
        p(WB + ["International Development Association", "IDA"], 95e6, "USD", thing="guarantee", recipient=MW + ["ESCOM"],
          note="up to; Reuters $95m, press release US$100m"),
        p(AFDB + ["African Development Fund", "African Development Bank Group"], 210e6, "USD", thing="loan", recipient=MW),
        p(["Sustainable Energy Fund for Africa", "SEFA"] + AFDB, 30e6, "USD", thing="grant", recipient=MW),
        p(WB + AFDB + ["World Bank Group", ""], 660e6, "USD", recipient=MW, optional=True, note="total signed, K1.14 trillion"),
        p(["European Investment Bank"], 100e6, "EUR", thing="loan", recipient=MW, optional=True,
          note="up to, expected to consider in December"),
        p(["Malawi", "Government", "Malawi's government"], 60e6, "USD", recipient=["Chitete Gorge Hydropower Project", "Chitete Gorge"],
          optional=True, note="own counterpart contribution, K104 billion"),
        p(["Nyasa Hydro Partners"], 250e6, "USD", recipient=["Chitete Gorge"], optional=True, note="planned equity investment"),
        p(["IMF"], 175e6, "USD", recipient=["Malawi"], optional=True, note="2023 programme, background"),
    ], [
        a(["Chikondi Banda-Mhango"], host=True),
        a(["Malawi", "Government of the Republic of Malawi"], host=True, optional=True),
        a(["Ministry of Finance and Economic Affairs"], host=True, optional=True),
        a(["Lusungu Mwafulirwa"], host=True),
        a(["Gift Chimwemwe Phiri"], host=True),
        a(["Blessings Kumwenda-Mhone"], host=True),
        a(["Haruna Abdulkadir Bello"]), a(WB, optional=True),
        a(["Nnenna Obiageli-Ross"]), a(AFDB, optional=True),
        a(["Celso Mabunda Nhantumbo"]), a(["Mozambique"], optional=True),
        a(["Norway"]),
    ], ["Tamara Zulu-Nkhoma", "Citizens Alliance for Energy Justice", "IMF", "European Investment Bank",
        "Nyasa Hydro Partners", "Grace Chirwa-Lungu", "Mark Potter-Hughes", "Reuters", "Thokozani Mbewe",
        "Ministry of Information", "Cyclone Freddy", "ESCOM", "Zambezi", "Shire River", "Southern African Power Pool",
        "Public Relations Office", "Chikwawa"]),

    case("dominica_roundtable", 3, [
        p(CDB, 50e6, "USD", recipient=DM),
        p(CDB, 10e6, "USD", thing="grant", recipient=DM, optional=True, note="part of the $50m"),
        p(CDB, 40e6, "USD", thing="loan", recipient=DM, optional=True, note="part of the $50m"),
        p(WB, 35e6, "USD", recipient=DM, note="immediate release under contingent credit line / Cat DDO"),
        p(WB, 100e6, "USD", recipient=DM, optional=True, note="preparing up to $100m more"),
        p(["Canada", "Government of Canada"], 10e6, "CAD", recipient=DM),
        p(["Canada", "Government of Canada"], 2e6, "CAD", recipient=DM, optional=True, note="announced 8 October, part of the 10m"),
        p(UK, 5e6, "GBP", recipient=DM, note="US$6.7 million in CMC"),
        p(UK, thing="supplies", recipient=DM, optional=True, note="relief supplies already delivered by RFA vessel"),
        p(EU, 3e6, "EUR", recipient=DM),
        p(["China", "People's Republic of China"], 2e6, "USD", recipient=DM, note="AFP $2m; GIS US$3m"),
        p(["China", "People's Republic of China"], thing="generator", recipient=DM, optional=True,
          note="generators (60 per GIS), given with the cash"),
        p(["Cuba", "Republic of Cuba"], thing="doctor", recipient=DM, note="40 doctors and nurses"),
        p(UAE_D + ["Abu Dhabi Fund for Development"], 5e6, "USD", recipient=DM),
        p(["India", "Republic of India"], 1e6, "USD", recipient=DM),
        p(["India", "Republic of India"], thing="medicine", recipient=DM, optional=True, note="with the $1m"),
        p(["Guyana", "Rajendra Persaud-Khan"], 2e6, "USD", recipient=DM),
        p(["Guyana", "Rajendra Persaud-Khan"], thing="rice", recipient=DM, optional=True, note="500 tonnes, with the $2m"),
        p(["Trinidad and Tobago", "T&T"], 10e6, "TTD", recipient=DM, note="US$1.47 million"),
        p(["OECS", "member states"], thing="worker", recipient=DM, note="120 construction workers"),
        p(["Caribbean Disaster Emergency Management Agency", "CDEMA"], thing="team", recipient=DM, optional=True,
          note="keep its response team on the island"),
        p(["CCRIF SPC", "CCRIF"], 18.6e6, "USD", recipient=DM, optional=True, note="insurance payout already made"),
        p(["Development partners", "Donors", "donors", ""], 530e6, "XCD", recipient=DM, optional=True,
          note="total; AFP nearly $200m, CMC about US$210m"),
    ], [
        a(["Lennox Baptiste-Auguiste", "Baptiste-Auguiste"], host=True),
        a(DM, host=True, optional=True),
        a(["CARICOM", "Caribbean Community", "CARICOM Secretariat"], host=True, optional=True),
        a(["United Nations Development Programme", "UNDP", "UN Development Programme"], host=True, optional=True),
        a(["Desmond Archibald-Hinds"], host=True),
        a(["Akinyi Odhiambo-Reyes"], host=True),
        a(["Sandra Holder-Best"]), a(["Barbados"], optional=True),
        a(["Marlon Quashie-Greaves"]), a(CDB, optional=True),
        a(["Esperanza Villalobos Akande"]), a(WB, optional=True),
        a(["Qin Haoran"]), a(["China", "People's Republic of China"], optional=True),
        a(["Priya Chaudhary-Lowe"]), a(UK, optional=True),
        a(["Étienne Bouchard-Mbeki"]), a(["Canada"], optional=True),
        a(["Rajendra Persaud-Khan"]), a(["Guyana"], optional=True),
        a(["Sean Hosein-Roberts"]), a(["Trinidad and Tobago", "T&T"], optional=True),
        a(["Clarence Lafond-Rémy"]), a(["OECS"], optional=True),
        a(["Cuba", "Republic of Cuba"], optional=True), a(EU, optional=True), a(UAE_D, optional=True),
        a(["India", "Republic of India"], optional=True),
    ], ["Joel St Hilaire-Pierre", "United Workers Party", "Q95", "National Hurricane Center", "Ricardo Amaral-Joseph",
        "AFP", "CMC", "Government Information Service", "Hurricane Maria", "Pointe Michel", "Grand Bay",
        "Georgetown", "Washington", "Douglas-Charles", "Fort Young Hotel", "COP31"]),

    case("india_africa", 2, [
        p(["India", "Harish Chandra Varma"], 10e9, "USD", thing="credit", recipient=AFRICA,
          note="about ₹83,000 crore, concessional lines of credit over five years"),
        p(["India", "Harish Chandra Varma"], 600e6, "USD", thing="grant", recipient=AFRICA,
          note="The Hindu-style $600m; Graphic US$700m"),
        p(["India", "India-Africa Development Fund"], 100e6, "USD", recipient=AFRICA, optional=True, note="part of the grants"),
        p(["India", "India-Africa Health Fund"], 10e6, "USD", recipient=AFRICA, optional=True, note="part of the grants"),
        p(["India", "Harish Chandra Varma"], thing="scholarship", recipient=AFRICA, note="50,000 over five years"),
        p(EXIM, 250e6, "USD", thing="credit", recipient=["Ghana", "Western Railway Line"], note="01 $250m; 02 US$275m"),
        p(EXIM, 180e6, "USD", thing="credit", recipient=["Tanzania"]),
        p(EXIM, 120e6, "USD", thing="credit", recipient=["Senegal"]),
        p(["India"], thing="rice", recipient=["Sudan"], note="50,000 tonnes as humanitarian assistance"),
        p(["India"], thing="pump", recipient=["Ghana"], note="1,000 solar-powered irrigation pumps"),
        p(["India"], 10e9, "USD", thing="credit", recipient=AFRICA, optional=True, note="the 2015 summit pledge, background"),
        p(["China"], 360e9, "CNY", recipient=["Africa"], optional=True, note="FOCAC 2024, background comparison"),
    ], [
        a(["Harish Chandra Varma", "Varma"], host=True),
        a(["India"], host=True, optional=True),
        a(["Anil Kumar Sethuraman"], host=True),
        a(["Joaquim Matola"], host=True),
        a(["Mozambique"], optional=True),
        a(["African Union", "AU"], host=True, optional=True),
        a(["Abdirahman Hassan Dualeh"]), a(["AU Commission"], optional=True),
        a(["Wanjiru Kamau-Ndegwa"]), a(["Kenya"], optional=True),
        a(["Kwabena Osei-Tutu Addo"]), a(["Ghana"], optional=True),
        a(["Mamadou Lamine Ndiaye-Sarr"]), a(["Senegal"], optional=True),
        a(["Getachew Alemu Desta"]), a(["Ethiopia"], optional=True),
        a(["Egypt"]),
        a(["Aminu Bello Danjuma"]), a(["Nigeria"], optional=True),
        a(["Sipho Mthembu-Dlamini"]), a(["South Africa"], optional=True),
        a(["Adjoa Frimpong-Manso"]),
        a(["Rajeshwari Subramaniam"]), a(["Export-Import Bank of India", "India Exim Bank"], optional=True),
        a(["Tanzania"], optional=True),
    ], ["Chukwuemeka Obiora-Nwosu", "Ritika Dasgupta", "Congress", "AICC", "Forum on China-Africa Cooperation",
        "China", "PTI", "Meenakshi Raghunathan", "Efua Amponsah-Boakye", "Graphic Online", "Yaw Boateng-Asiedu",
        "Ghana Railway Development Authority", "Kojo Ampem-Darko", "Sudan", "Bharat Mandapam", "Beijing", "Accra",
        "Takoradi", "Kumasi", "Dodoma", "Tabora", "Parliament"]),
]

with open("/work/heldout9/facts_heldout9.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
