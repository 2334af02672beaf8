"""Write /work/heldout10/facts_heldout10.jsonl (gold for the heldout10 split)."""
import json

UK = ["United Kingdom", "Britain", "UK"]
US = ["United States", "U.S.", "US"]
WB = ["World Bank"]
UAE = ["United Arab Emirates", "UAE"]


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
    return {"case": f"h10_{name}", "split": "heldout10",
            "articles": [f"tests/data/facts/heldout10_{name}/{i:02d}.txt" for i in range(1, n + 1)],
            "pledges": pledges, "attendees": attendees, "absent": absent}


PERU = ["Peru", "Government of Peru"]
IDB = ["Inter-American Development Bank", "IDB"]
CAF = ["CAF", "CAF - Development Bank of Latin America and the Caribbean",
       "Development Bank of Latin America and the Caribbean"]
SPAIN = ["Spain", "Kingdom of Spain", "AECID"]
JAPAN_P = ["Japan", "Japan International Cooperation Agency", "JICA"]
CHINA_P = ["China", "People's Republic of China"]
CHILE = ["Chile", "Republic of Chile"]
KOREA_P = ["Republic of Korea", "Korea", "South Korea"]

YEMEN = ["Yemen", "Republic of Yemen", "Central Bank of Yemen"]
SA = ["Saudi Arabia", "the Kingdom", "Riyadh"]
GCC = ["Gulf Cooperation Council", "GCC", "Supreme Council"]

PRF = ["Pacific Resilience Facility"]
UKR = ["Ukraine"]
EC = ["European Commission", "EU"]
EIB = ["European Investment Bank", "EIB"]
CHOL = ["Malawi", "Mozambique"]
WHO = ["World Health Organization", "WHO"]
IDA = ["International Development Association", "IDA", "IDA22"]
KOREA_I = ["Republic of Korea", "Korea", "South Korea"]

cases = [
    case("peru_quake", 2, [
        p(IDB, 400e6, "USD", recipient=PERU, note="loan, housing and water"),
        p(CAF, 300e6, "USD", recipient=PERU, note="credit line; the press release says US$ 350 million"),
        p(WB, 150e6, "USD", recipient=PERU, note="a further / additional financing for schools and clinics"),
        p(WB, 250e6, "USD", recipient=PERU, optional=True, note="contingent financing already released after the quake"),
        p(SPAIN, 30e6, "EUR", recipient=PERU, note="grants, $32.6 million"),
        p(JAPAN_P, 5e9, "JPY", recipient=PERU, note="concessional loan, 5,000 million yen in the release"),
        p(JAPAN_P, thing="water", recipient=PERU, note="mobile water treatment units / water purification equipment"),
        p(CHINA_P, 100e6, "CNY", recipient=PERU, note="emergency assistance"),
        p(CHINA_P, thing="classroom", recipient=PERU, optional=True, note="prefabricated / modular classrooms, same sentence"),
        p(CHILE, thing="machinery", recipient=PERU, note="40 excavators and other heavy machinery"),
        p(KOREA_P, 5e6, "USD", recipient=PERU, note="humanitarian assistance, press release only"),
        p(["European Union"], 12e6, "EUR", recipient=PERU, optional=True, note="announced in February, recalled"),
        p(["Governments and development banks", "donors", ""], 900e6, "USD", recipient=PERU, optional=True,
          note="total, more than; release: US$ 960 million"),
    ], [
        a("Gustavo Alarcón Quispe", host=True),
        a("Rosa Elena Huamán Ccori", host=True),
        a("Raúl Ticona Mamani", host=True),
        a("Yenny Condori Salas", host=True),
        a(PERU, host=True, optional=True),
        a("Marcelo Dantas Ferreira"),
        a("Sebastián Arriagada Moll"),
        a("Eva Granados Soler"),
        a("Antonia Lagos Vidal"),
        a("Park Seon-woo"),
        a(["Ecuador"]), a(["Bolivia"]), a(["United States"]),
        a(IDB, optional=True), a(CAF, optional=True), a(WB, optional=True), a(["Spain", "Kingdom of Spain"], optional=True),
        a(["Japan"], optional=True), a(CHINA_P, optional=True), a(CHILE, optional=True), a(KOREA_P, optional=True),
        a(["European Union"], optional=True),
        a(["Presidency of the Council of Ministers"], optional=True),
    ], ["Víctor Paucar Llanos", "Lucía Chambi", "Geophysical Institute of Peru", "Carla Mendoza-Ruiz",
        "Diego Ferrer", "Paul Whitcombe", "Reuters", "Colca valley", "Moquegua", "Tacna", "Pisco", "Caylloma",
        "Castilla", "Washington", "Torre Tagle"]),
    case("gcc_summit", 3, [
        p(SA, 1e9, "USD", recipient=YEMEN, note="deposit with the central bank"),
        p(SA, 1.2e9, "USD", recipient=YEMEN, optional=True, note="earlier package, August 2023"),
        p(["King Salman Humanitarian Aid and Relief Centre", "KSrelief", "Saudi Arabia"], thing="project",
          recipient=YEMEN, note="40 new water and health projects"),
        p(UAE + ["Emirati"], 500e6, "USD", recipient=YEMEN, note="budget support; 03 cites an official's $600 million"),
        p(["Kuwait", "Kuwait Fund for Arab Economic Development"], 100e6, "KWD", recipient=YEMEN,
          note="$325 million, KD100 million, over three years"),
        p(["Qatar"], thing="diesel", recipient=YEMEN, note="120,000 tons of diesel / fuel for power stations"),
        p(GCC + ["Gulf Arab leaders"], 2e9, "USD", recipient=YEMEN, optional=True, note="total, more than"),
        p(GCC, thing="support", recipient=["Presidential Leadership Council"], optional=True, note="'full support', declaration"),
        p(["Bahrain"], thing="train", recipient=YEMEN, optional=True, note="offer to train customs officers, 'not a pledge'"),
    ], [
        a("Faisal bin Turki", host=True),
        a(["Saudi Arabia"], host=True, optional=True),
        a(GCC, host=True, optional=True),
        a("Abdulrahman Saleh Al-Otaibi"),
        a(["Sheikh Mohammed bin Jaber Al Thani", "Mohammed bin Jaber Al Thani"]),
        a(["Sheikh Nawaf al-Salem Al-Sabah", "Nawaf al-Salem Al-Sabah"]),
        a(["Sheikh Isa bin Ali Al Khalifa", "Isa bin Ali Al Khalifa"]),
        a(["Sheikh Saif bin Hazza Al Nahyan", "Saif bin Hazza Al Nahyan"]),
        a(["Sayyid Taimur bin Fahd Al Said", "Taimur bin Fahd Al Said"]),
        a("Abdullah Nasser al-Mikhlafi"),
        a("Karim Abdel-Moneim"),
        a("Ayman Haddadin"),
        a("Tariq Mahmood Khattak"),
        a(["Qatar"], optional=True), a(["Kuwait"], optional=True), a(["Bahrain"], optional=True),
        a(UAE, optional=True), a(["Oman", "Muscat"], optional=True), a(["Yemen"], optional=True),
        a(["Egypt"], optional=True), a(["Jordan"], optional=True), a(["Pakistan"], optional=True),
        a(["Presidential Leadership Council"], optional=True),
    ], ["Samir Haddad-Aoun", "Associated Press", "AP", "Houthi", "Yahya al-Mahdi", "Iran", "Tehran",
        "Pekka Laitinen", "Noura el-Khatib", "Leila Mansour-Tabet", "Rashid al-Haddad", "Chatham House",
        "United States", "European Union", "State Department", "Saleh al-Obeidi", "AFP", "SPA",
        "International Court of Justice", "Sanaa", "Amman", "Arab News", "Diriyah Palace"]),
    case("pacific_forum", 2, [
        p(["Australia"], 150e6, "AUD", recipient=PRF, note="over four years, US$99 million"),
        p(["Australia"], 400e6, "AUD", recipient=["Pacific Policing Initiative"], optional=True,
          note="announced in Tonga in 2024"),
        p(["New Zealand"], 40e6, "NZD", recipient=PRF),
        p(["New Zealand"], 10e6, "NZD", recipient=PRF, optional=True, note="'could follow'"),
        p(["Japan", "Tokyo"], 2e9, "JPY", recipient=PRF, note="about US$13.5 million, 02 only"),
        p(["United States", "Washington"], 25e6, "USD", recipient=["Marshall Islands", "Palau"],
          note="coastal protection; 02 says $20 million"),
    ], [
        a("Surangel Iyar Remengesau", host=True),
        a(["Palau"], host=True, optional=True),
        a(["Pacific Islands Forum"], host=True, optional=True),
        a("Daniel Carmody"), a("Hemi Tawhai"), a("Ratu Josaia Vosailagi"), a("Fiamē Leota Ta'ase"),
        a("Seve Paeniu Taafaki"), a("Mark Tangitoru"), a("Lionel Adeang"), a("Baron Waqa-Lautoka"),
        a("Julia Ransford"), a("Qian Bo-wen"), a("Kenji Morimoto"), a("Peter Kenilorea Wale"),
        a(["Australia"], optional=True), a(["New Zealand"], optional=True), a(["Fiji"], optional=True),
        a(["Samoa"], optional=True), a(["Tuvalu"], optional=True), a(["Cook Islands"], optional=True),
        a(["Nauru"], optional=True), a(["Solomon Islands"], optional=True), a(["United States"], optional=True),
        a(["China", "Beijing"], optional=True), a(["Japan", "Tokyo"], optional=True),
    ], ["Kiribati", "Taiwan", "Ta'afa Sapolu", "Pacific Climate Warriors", "Talei Vunivalu", "Sione Fifita",
        "RNZ", "AFP", "Tonga", "Apia"]),
    case("ukraine_recovery", 3, [
        p(["Poland"], 500e6, "PLN", recipient=UKR, note="$137 million; 03 says PLN 450 million"),
        p(EIB, 600e6, "EUR", recipient=UKR, note="loan, district heating"),
        p(["European Bank for Reconstruction and Development"], 1.5e9, "EUR", recipient=UKR, optional=True,
          note="on track to invest this year, target set in January"),
        p(["Norway"], 2e9, "NOK", recipient=UKR, note="about $190 million"),
        p(["United Kingdom", "British", "UK Export Finance"], 250e6, "GBP", thing="guarantee", recipient=UKR,
          note="loan guarantees"),
        p(["Japan"], thing="transformer", recipient=UKR, note="100 large transformers"),
        p(EC, 2.3e9, "EUR", recipient=UKR, note="Ukraine Investment Framework agreements"),
        p(EC, 1.8e9, "EUR", thing="guarantee", recipient=UKR, optional=True, note="part of the 2.3 billion"),
        p(EC, 500e6, "EUR", thing="grant", recipient=UKR, optional=True, note="part of the 2.3 billion"),
        p(EC, 120e6, "EUR", recipient=UKR, note="humanitarian assistance for winter"),
        p(["Germany"], 150e6, "EUR", recipient=UKR, note="energy repairs, 03 only"),
        p(["Canada"], 60e6, "CAD", recipient=UKR, note="demining, 03 only"),
        p(["Western governments and lenders", "allies", ""], 10e9, "EUR", recipient=UKR, optional=True,
          note="expected total incl. private deals"),
        p(["G7"], 50e9, "USD", recipient=UKR, optional=True, note="agreed in 2024"),
        p(EC, 50e9, "EUR", recipient=UKR, optional=True, note="Ukraine Facility budget, background"),
        p(["EU and its Member States", "EU"], 160e9, "EUR", recipient=UKR, optional=True, note="made available since invasion"),
    ], [
        a("Tomasz Wierzbicki", host=True),
        a("Oksana Hrytsenko", host=True),
        a(["Poland"], host=True, optional=True),
        a(["Ukraine"], host=True, optional=True),
        a("Serhii Tkachenko-Vovk", host=True),
        a("Vitalii Oliinyk", host=True),
        a(["Carlos Benitez Arrieta"]),
        a("Ingrid Solheim Berg"), a("Andrew Pemberton"), a("Hiroshi Takeda"), a("Mark Ellison"),
        a("Maja Kos Petrović"), a("Lena Hoffmeister"), a("Priya Sandhu"),
        a(["Hungary"]),
        a(EIB, optional=True), a(["European Bank for Reconstruction and Development"], optional=True),
        a(EC, optional=True), a(["Norway"], optional=True), a(["United Kingdom", "British"], optional=True),
        a(["Japan"], optional=True), a(["United States", "U.S."], optional=True), a(["Germany"], optional=True),
        a(["Canada"], optional=True), a(["Council of Europe Development Bank"], optional=True),
        a(["KfW"], optional=True),
    ], ["Russia", "Kremlin", "Grigory Lavrentyev", "Moscow", "Anna Koziol", "Pavel Sytnyk", "Marta Wisniewska",
        "Helen Pryce", "Reuters", "Jonas Lindqvist", "Iryna Bondarchuk", "Yaroslav Zhelezniak-Hrin",
        "Oleksii Samsonenko", "United Nations", "World Bank", "Telegram"]),
    case("cholera_appeal", 2, [
        p(WHO + ["Contingency Fund for Emergencies"], 2.5e6, "USD", recipient=CHOL, note="released from the CFE"),
        p(["Central Emergency Response Fund", "CERF", "UN Central Emergency Response Fund"], 6e6, "USD",
          recipient=["WHO", "UNICEF", "World Food Programme"], note="allocated"),
        p(["Gavi", "Gavi, the Vaccine Alliance", "International Coordinating Group on Vaccine Provision"],
          thing="vaccine", recipient=CHOL, note="3 million doses of oral cholera vaccine from the stockpile"),
        p(["United Kingdom"], 5e6, "GBP", recipient=CHOL, note="US$ 6.3 million; 02 says £6 million"),
        p(["Germany"], 4e6, "EUR", recipient=CHOL),
        p(["African Development Bank"], 1.5e6, "USD", thing="grant", recipient=CHOL),
        p(["Africa Centres for Disease Control and Prevention", "Africa CDC"], thing="expert", recipient=CHOL,
          note="35 epidemiologists and laboratory experts"),
        p(["Bill & Melinda Gates Foundation"], 3e6, "USD", thing="grant", recipient=CHOL, note="02 only"),
        p(["UNICEF", "United Nations Children's Fund"], thing="chlorine", recipient=CHOL, optional=True,
          note="scale up water trucking, chlorine tablets"),
    ], [
        a(["Nkosazana Bwalya", "Dr Nkosazana Bwalya"], host=True),
        a(WHO, host=True, optional=True),
        a("Khumbo Chisale-Banda"),
        a("Lourenço Matsinhe"),
        a("Ahmed Jama-Warsame"),
        a(["Jean-Claude Mbemba", "Dr Jean-Claude Mbemba"]),
        a(["Malawi"], optional=True), a(["Mozambique"], optional=True),
        a(["UNICEF", "United Nations Children's Fund"], optional=True),
        a(["Africa CDC", "Africa Centres for Disease Control and Prevention"], optional=True),
        a(["United Kingdom"], optional=True), a(["Germany"], optional=True),
        a(["African Development Bank"], optional=True), a(["Bill & Melinda Gates Foundation"], optional=True),
    ], ["United States", "Washington", "Médecins Sans Frontières", "MSF", "Hannah Oduya", "Yamikani Phiri",
        "Kamuzu Central Hospital", "Tiyamike Nkhoma", "Gift Kachingwe", "Chipo Mwale-Tembo", "Nsanje",
        "Chikwawa", "Blantyre", "World Food Programme"]),
    case("ida_pledging", 2, [
        p(["Japan"], 520e9, "JPY", recipient=IDA, note="$3.5bn"),
        p(UK[:2], 1.75e9, "GBP", recipient=IDA, note="02 says £1.7bn"),
        p(["Germany"], 1.45e9, "EUR", recipient=IDA),
        p(["France"], 1.1e9, "EUR", recipient=IDA),
        p(["Spain"], 400e6, "EUR", recipient=IDA),
        p(KOREA_I, 700e9, "KRW", recipient=IDA),
        p(["China"], 600e6, "USD", recipient=IDA),
        p(["Saudi Arabia"], 300e6, "USD", recipient=IDA),
        p(["Denmark"], 2.9e9, "DKK", recipient=IDA),
        p(US + ["US Treasury", "Washington"], 3.2e9, "USD", recipient=IDA, optional=True,
          note="intended, subject to appropriation by Congress"),
        p(UAE, thing="pledge", recipient=IDA, optional=True, note="no figure"),
        p(["donor countries", "Donor governments", "Development partners", ""], 26.8e9, "USD", recipient=IDA,
          optional=True, note="total contributions; 'just under $27bn'"),
        p(["Development partners", ""], 112e9, "USD", recipient=IDA, optional=True, note="total package incl. borrowing"),
    ], [
        a("Carmen Aldecoa Ruiz", host=True),
        a(["Spain"], host=True, optional=True),
        a("Rafael Okonkwo-Mendes", host=True),
        a(["World Bank", "World Bank Group"], host=True, optional=True),
        a(IDA, optional=True),
        a("Faisal al-Qahtani"), a("Nathaniel Brooks"), a("Kwabena Asante-Mensah"), a("Sushila Koirala Thapa"),
        a("Rupa Chaudhry"), a("Kenichiro Sato"),
        a(["Kenya"]),
        a(["Japan"], optional=True), a(UK[:2], optional=True), a(["Germany"], optional=True),
        a(["France"], optional=True), a(KOREA_I, optional=True), a(["China"], optional=True),
        a(["Saudi Arabia"], optional=True), a(["Denmark"], optional=True), a(US, optional=True),
        a(["Ghana"], optional=True), a(["Nepal"], optional=True), a(UAE, optional=True),
    ], ["Dale Whitford", "Congress", "U.S. Congress", "Marisol Trent", "Jubilee USA", "Oxfam",
        "Ayodele Fashola-Grant", "Harriet Coombe", "Tom Raines", "Lucía Berenguer", "David Osei-Tutu"]),
]

with open("/work/heldout10/facts_heldout10.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
