"""Write /work/heldout8/facts_heldout8.jsonl (gold for the heldout8 split)."""
import json


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
    return {"case": f"h8_{name}", "split": "heldout8",
            "articles": [f"tests/data/facts/heldout8_{name}/{i:02d}.txt" for i in range(1, n + 1)],
            "pledges": pledges, "attendees": attendees, "absent": absent}


EU = ["European Union", "EU"]
WB = ["World Bank"]
AFDB = ["African Development Bank"]
UAE = ["United Arab Emirates"]

# --- cyclone_recon --------------------------------------------------------------------------------------
MOZ = ["Mozambique", "Government of Mozambique"]
WB_MZ = ["World Bank", "World Bank Group", "International Development Association"]
UNDP = ["United Nations Development Programme", "UNDP"]
FACILITY = ["Ilona Resilient Recovery Facility", "Mozambique"]
KR_MZ = ["Republic of Korea", "Korea International Cooperation Agency", "KOICA"]
cyclone = case("cyclone_recon", 3, [
    p(WB_MZ, 500e6, "USD", recipient=MOZ, note="IDA; committed"),
    p(WB_MZ, 350e6, "USD", thing="grant", recipient=MOZ, optional=True, note="part of the $500m"),
    p(WB_MZ, 150e6, "USD", thing="credit", recipient=MOZ, optional=True, note="part of the $500m"),
    p(["Multilateral Investment Guarantee Agency", "MIGA", "World Bank"], 200e6, "USD", thing="guarantee",
      recipient=MOZ, note="up to, Beira port; separately from the $500m"),
    p(EU, 200e6, "EUR", recipient=MOZ, note="($216 million)"),
    p(AFDB, 120e6, "USD", recipient=MOZ),
    p(["Japan"], 10e9, "JPY", thing="loan", recipient=MOZ, note="about $65 million / about 4.2 billion meticais"),
    p(UAE, 50e6, "USD", thing="housing", recipient=MOZ, note="AFP $50m; Maputo outlet $55m"),
    p(UAE, 55e6, "USD", recipient=MOZ, optional=True, note="the outlet's figure for the same pledge"),
    p(["China", "Beijing"], thing="rice", recipient=MOZ, note="2,000 tonnes"),
    p(["China", "Beijing"], thing="classroom", recipient=MOZ, note="prefabricated classrooms for 40 schools"),
    p(["Portugal", "Lisbon"], 15e6, "EUR", recipient=MOZ),
    p(["Portugal", "Lisbon"], thing="engineer", recipient=MOZ, optional=True, note="team of engineers"),
    p(["Britain"], 12e6, "GBP", recipient=MOZ, note="through UN agencies"),
    p(["Norway"], 150e6, "NOK", thing="grant", recipient=MOZ, note="approximately US$14 million"),
    p(UNDP, 10e6, "USD", recipient=FACILITY, note="from core resources"),
    p(KR_MZ, 5e6, "USD", recipient=FACILITY),
    p(["Italy", "Government of Italy"], 3e6, "EUR", recipient=FACILITY, optional=True,
      note="earlier contribution announced in April, confirmed"),
    p(["International donors", "donors", "Development partners"], 1.4e9, "USD", recipient=MOZ, optional=True,
      note="total, about / more than"),
    p(["International donors", "donors", "Development partners"], 1.37e9, "USD", recipient=MOZ, optional=True,
      note="total per finance minister"),
], [
    a("Armando Mucavele", host=True),
    a(MOZ, host=True, optional=True),
    a(WB_MZ, host=True),
    a(UNDP, host=True),
    a("Carla Nhamússua", host=True),
    a("Ana Cristina Mabunda", host=True),
    a(["National Institute for Disaster Risk Management", "INGD"], host=True, optional=True),
    a("Halima Oyelaran-Bello"),
    a("Idrissa Mbaye-Touré"),
    a("Katrin Vaheri"),
    a("Wang Lijun"),
    a("Rui Carvalhal Mendes"),
    a("Gareth Pennington"),
    a("Chikondi Banda-Phiri"),
    a("Aminata Sow-Kamara"),
    a("Tomás Valdivieso-Arce"),
    a(EU, optional=True), a(AFDB, optional=True), a(["Japan"], optional=True), a(UAE, optional=True),
    a(["China"], optional=True), a(["Portugal"], optional=True), a(["Britain"], optional=True),
    a(["Malawi"], optional=True), a(["Norway"], optional=True), a(["Sweden"], optional=True),
    a(["Ireland"], optional=True), a(KR_MZ, optional=True), a(["Italy", "Government of Italy"], optional=True),
    a(["Multilateral Investment Guarantee Agency", "MIGA"], optional=True),
], ["United States", "Lurdes Cossa", "Oxfam", "Joaquim Sitoe", "Alfredo Zunguze", "AFP", "Celso Matsinhe",
    "Fernando Macuácua", "Renamo", "Ernesto Chaúque", "Beatriz Nhantumbo", "International Organization for Migration",
    "IOM", "Joaquim Chissano", "Beira", "Buzi", "Dondo", "Cabo Delgado", "Praia Nova", "Parliament"])

# --- asean3_finance -------------------------------------------------------------------------------------
KR = ["South Korea", "Korea"]
CGIF = ["Credit Guarantee and Investment Facility", "CGIF"]
AMRO = ["ASEAN+3 Macroeconomic Research Office", "AMRO"]
ADB = ["Asian Development Bank"]
asean = case("asean3_finance", 2, [
    p(["Japan"], 300e6, "USD", recipient=CGIF),
    p(KR, 200e6, "USD", recipient=CGIF, note="280 billion won (US$200 million)"),
    p(["China"], 150e6, "USD", recipient=CGIF, note="Reuters $150m; Yonhap $100m"),
    p(["China"], 100e6, "USD", recipient=CGIF, optional=True, note="Yonhap's figure for the same pledge"),
    p(ADB, 50e6, "USD", recipient=CGIF),
    p(["Japan"], 3e9, "JPY", thing="grant", recipient=["Southeast Asia Disaster Risk Insurance Facility"],
      note="($20 million)"),
    p(["Japan"], 5e9, "USD", thing="swap", recipient=["ASEAN"], optional=True,
      note="ready to expand swap lines by up to $5bn if partners request it"),
    p(KR, 5e6, "USD", recipient=AMRO, note="over five years, technical assistance"),
], [
    a("Ramon Villaluz Ocampo", host=True),
    a(["Philippines"], host=True, optional=True),
    a("Park Sang-woo"),
    a("Tetsuya Morikawa"),
    a("Zhou Hanqing"),
    a("Tan Yuhong"),
    a("Bambang Setiadi Purnomo"),
    a("Chanida Wongsuwan"),
    a("Choi Yoon-ha"),
    a(["Myanmar"]),
    a("Adaeze Nwosu-Hart"),
    a("Nguyen Thi Lan Phuong"),
    a("Sangita Rao-Menon"),
    a(["International Monetary Fund"], optional=True), a(AMRO, optional=True), a(ADB, optional=True),
    a(["Japan"], optional=True), a(KR, optional=True), a(["China"], optional=True), a(["Indonesia"], optional=True),
    a(["Thailand"], optional=True), a(["People's Bank of China"], optional=True), a(["Bank of Korea"], optional=True),
    a(["ASEAN+3", "ASEAN"], optional=True),
], ["United States", "U.S. Treasury", "Karthik Raghunathan", "Maybank Investment Bank", "Regine Dumalagan",
    "Kaori Matsuda", "Simon Ashcroft-Reyes", "Reuters", "Yonhap", "Washington", "Tokyo",
    "Chiang Mai Initiative Multilateralisation"])

# --- famine_appeal --------------------------------------------------------------------------------------
SS = ["South Sudan"]
OCHA = ["Office for the Coordination of Humanitarian Affairs", "OCHA", "United Nations", "U.N.", "UN"]
CERF = ["Central Emergency Response Fund", "CERF", "Emergency Relief Coordinator", "OCHA", "United Nations"]
WFP = ["World Food Programme"]
famine = case("famine_appeal", 3, [
    p(["United States", "Washington"], 150e6, "USD", recipient=SS),
    p(EU + ["Brussels"], 62e6, "EUR", recipient=SS, note="Reuters EUR 62m ($72m); Juba outlet EUR 60m"),
    p(EU + ["Brussels"], 60e6, "EUR", recipient=SS, optional=True, note="the outlet's figure for the same pledge"),
    p(EU + ["Brussels"], thing="nutrition", recipient=SS, optional=True, note="nutrition supplies by air bridge"),
    p(["Germany"], 50e6, "EUR", recipient=SS),
    p(["Britain"], 45e6, "GBP", recipient=SS, note="($60 million)"),
    p(["Norway"], 300e6, "NOK", recipient=SS, note="300 million crowns ($29 million)"),
    p(["Qatar"], 10e6, "USD", recipient=SS, note="each pledged"),
    p(["Kuwait"], 10e6, "USD", recipient=SS, note="each pledged"),
    p(UAE, 10e6, "USD", recipient=SS, note="each pledged"),
    p(["Saudi Arabia", "KSrelief"], thing="basket", recipient=SS, note="10,000 food baskets"),
    p(["Japan"], 8e6, "USD", recipient=WFP + SS, note="for rice purchases"),
    p(CERF, 20e6, "USD", recipient=SS, note="CERF allocation"),
    p(WB, 100e6, "USD", recipient=SS, optional=True, note="preparing up to, subject to board approval"),
    p(["Kenya"], thing="maize", recipient=SS, note="5,000 tonnes from strategic reserve"),
    p(["Kenya"], thing="corridor", recipient=SS, optional=True, note="keep Mombasa-Juba corridor open"),
    p(["Sweden"], 200e6, "SEK", recipient=SS),
    p(["Canada"], 30e6, "CAD", recipient=SS),
    p(["Ireland"], 5e6, "EUR", recipient=SS, optional=True, note="reconfirmed, announced in August"),
    p(SS + ["government"], thing="fee", optional=True, note="waive fees on aid convoys"),
    p(["Donors"], 912e6, "USD", recipient=SS, optional=True, note="total per OCHA"),
    p(["Donors"], 900e6, "USD", recipient=SS, optional=True, note="total per Reuters, nearly"),
], [
    a(OCHA, host=True),
    a(["Norway"], host=True),
    a(["Kenya"], host=True),
    a("Anjali Ramaswamy", host=True),
    a("Sigrun Haugland", host=True),
    a("Ruth Chepkoech Sang", host=True),
    a("Deng Akol Mayen"),
    a("Daniel Whitcombe"),
    a("Harriet Oduya-Blake"),
    a("Lotte Verbruggen"),
    a("Omar Baraka-Hassan"),
    a(["Sudan"]),
    a(["Uganda"]),
    a(["Ethiopia"]),
    a(SS, optional=True), a(["United States"], optional=True), a(["Britain"], optional=True), a(EU, optional=True),
    a(WFP, optional=True), a(["Germany"], optional=True), a(["Qatar"], optional=True), a(["Kuwait"], optional=True),
    a(UAE, optional=True), a(["Saudi Arabia", "KSrelief"], optional=True), a(["Japan"], optional=True),
    a(WB, optional=True), a(["Sweden"], optional=True), a(["Canada"], optional=True), a(["Ireland"], optional=True),
    a(CERF[:2], optional=True),
], ["Medecins Sans Frontieres", "MSF", "Gabriel Lual Makuei", "Peter Lam Kuol-Nyang", "Matthias Okeke-Brandt",
    "Olivia Lemaire-Tan", "Conor Whitfield-Nash", "Reuters", "Akuot Chol Deng", "Financial Tracking Service", "FTS",
    "Radio Malakal", "Malakal", "Nasir", "Juba", "Mombasa", "Upper Nile", "Jonglei", "IPC"])

# --- air_defence ----------------------------------------------------------------------------------------
UA = ["Ukraine"]
air = case("air_defence", 2, [
    p(["Germany"], thing="iris-t", recipient=UA, note="two more IRIS-T (SLM fire units) with missiles"),
    p(["Norway"], 5e9, "NOK", recipient=UA, note="($470 million) / (approximately EUR 430 million)"),
    p(["Netherlands"], 300e6, "EUR", recipient=UA, note="Patriot interceptors, ($325 million)"),
    p(["Denmark"], 1.2e9, "DKK", recipient=UA, note="AP 1.2 billion kroner ($175m); ministry DKK 1.1 billion"),
    p(["Denmark"], 1.1e9, "DKK", recipient=UA, optional=True, note="the press release's figure for the same pledge"),
    p(["Sweden"], thing="launcher", recipient=UA, note="RBS 70 launchers, no numbers"),
    p(["Finland", "Sweden"], thing="equipment", recipient=UA, optional=True, note="joint undisclosed package"),
    p(["Canada"], 150e6, "CAD", recipient=UA),
    p(["Lithuania"], 10e6, "EUR", recipient=UA, optional=True, note="previously announced, confirmed"),
], [
    a("Torstein Eidsvåg", host=True),
    a(["Norway"], host=True, optional=True),
    a("Matthias Lohmeyer", host=True),
    a(["Germany"], host=True, optional=True),
    a("Denys Karpenko"),
    a("Femke Jansen-Bakker"),
    a("Jakob Rønne-Lindholm"),
    a("Connor Whitlock"),
    a("Radmila Petković"),
    a("Priya Rahman-Lowe"),
    a(UA, optional=True), a(["Netherlands"], optional=True), a(["Denmark"], optional=True),
    a(["United States", "U.S."], optional=True), a(["NATO"], optional=True), a(["Britain"], optional=True),
    a(["Sweden"], optional=True), a(["Canada"], optional=True), a(["Finland"], optional=True),
    a(["Lithuania"], optional=True), a(["Ministry of Defence"], optional=True),
], ["Hungary", "Gábor Lendvai-Tóth", "Kristóf Szalai-Benedek", "Budapest", "Kharkiv", "Russia",
    "Kongsberg Defence & Aerospace", "Ingrid Solbakken", "AP", "Associated Press", "LARS NYGAARD-HOLM",
    "Siri Fossheim", "Forsvaret", "Berlin", "Warsaw", "Ukraine Defense Contact Group"])

# --- pandemic_fund --------------------------------------------------------------------------------------
PF = ["Pandemic Fund", "The Pandemic Fund"]
pandemic = case("pandemic_fund", 2, [
    p(["European Commission"], 100e6, "EUR", recipient=PF),
    p(["Germany"], 75e6, "EUR", recipient=PF),
    p(["Spain"], 60e6, "EUR", recipient=PF),
    p(["Japan"], 50e6, "USD", recipient=PF, note="¥7.5 billion ($50 million)"),
    p(["Saudi Arabia"], 50e6, "USD", recipient=PF),
    p(["Republic of Korea"], 30e6, "USD", recipient=PF),
    p(["China"], 25e6, "USD", recipient=PF),
    p(["United Kingdom"], 20e6, "GBP", recipient=PF),
    p(["Norway"], 300e6, "NOK", recipient=PF),
    p(["India"], 10e6, "USD", recipient=PF, note="each pledged"),
    p(["Indonesia"], 10e6, "USD", recipient=PF, note="each pledged"),
    p(["South Africa"], 150e6, "ZAR", recipient=PF),
    p(["Wellcome"], 20e6, "GBP", recipient=PF),
    p(["Gates Foundation"], 80e6, "USD", recipient=PF, optional=True, note="up to, one-to-one match"),
    p(["Italy"], 60e6, "EUR", recipient=PF, optional=True, note="announced in 2025, confirmed"),
    p(["donors"] + PF, 1.1e9, "USD", recipient=PF, optional=True, note="total per the Fund"),
    p(["donors"] + PF, 1.06e9, "USD", recipient=PF, optional=True, note="total per the outlet, about"),
], [
    a(["South Africa"], host=True),
    a(["Spain"], host=True),
    a("Sibusiso Radebe-Mokoena", host=True),
    a("Elena Ruiz-Azcona", host=True),
    a("Lindiwe Moagi-Ferraz"),
    a(PF, optional=True),
    a("Ratna Dewi Kusumastuti"),
    a("Farida Osei-Mensah"),
    a("Moussa Kaboré-Diallo"),
    a("Tomasz Wierzbicki-Lund"),
    a(["Indonesia"], optional=True), a(["WHO", "World Health Organization"], optional=True),
    a(["Africa CDC"], optional=True), a(WB, optional=True),
    a(["European Commission"], optional=True), a(["Germany"], optional=True), a(["Japan"], optional=True),
    a(["Saudi Arabia"], optional=True), a(["Republic of Korea"], optional=True), a(["China"], optional=True),
    a(["United Kingdom"], optional=True), a(["Norway"], optional=True), a(["India"], optional=True),
    a(["Wellcome"], optional=True), a(["Gates Foundation"], optional=True), a(["Italy"], optional=True),
], ["United States", "US", "Washington", "State Department", "Rahel Tsegaye-Moore", "Equitable Health Network",
    "Nokuthula Zwane-Pillay", "Thabo Nkosi-Reyes", "Joanna Fairweather-Okafor", "G20"])

# --- imf_debt -------------------------------------------------------------------------------------------
MW = ["Malawi"]
IMF = ["International Monetary Fund", "IMF"]
imf = case("imf_debt", 2, [
    p(IMF, 180e6, "USD", thing="credit", recipient=MW,
      note="ECF arrangement SDR 131.25 million (about US$180 million / about K315 billion), approved"),
    p(IMF, 27e6, "USD", recipient=MW, optional=True, note="immediate disbursement SDR 19.7 million, part of the ECF"),
    p(WB, 100e6, "USD", thing="support", recipient=MW, note="budget support, committed"),
    p(AFDB, 25e6, "USD", recipient=MW),
    p(EU, 22e6, "EUR", thing="grant", recipient=MW, note="(about K45 billion) budget support grant, approved"),
    p(["India"], 48e6, "USD", thing="reschedul", recipient=MW, optional=True, note="debt rescheduling"),
    p(["Export-Import Bank of China", "China"], thing="extension", recipient=MW, optional=True,
      note="five-year maturity extension, no amount"),
    p(["Saudi Fund for Development", "Saudi Arabia"], 12e6, "USD", recipient=MW, optional=True, note="deferral"),
    p(["China", "India", "Saudi Arabia", "creditors"], thing="assurance", recipient=MW, optional=True,
      note="financing assurances from official bilateral creditors"),
    p(["partners"], 330e6, "USD", recipient=MW, optional=True, note="total budget support unlocked, about"),
], [
    a("Eduardo Villaseñor-Paz"),
    a(["IMF Executive Board", "Executive Board"] + IMF, optional=True),
    a("Mehmet Ayhan Karaca", optional=True),
    a("Gospel Kaunda-Msiska", host=True),
    a(MW, host=True, optional=True),
    a(["Treasury"], host=True, optional=True),
    a("Lusungu Mhango-Phiri"),
    a(["Reserve Bank of Malawi"], optional=True),
    a("Aissatou Gueye-Lindström"),
], ["Yohane Mkandawire-Banda", "Parliament", "Bertha Chikadza-Mvula", "Economics Association of Malawi", "ECAMA",
    "Chisomo Lungu", "Tiyamike Chirwa-Gondwe", "Katarzyna Obuya-Lindqvist", "Capital Hill", "Lilongwe",
    "IMF Communications Department"])

# --- state_visit ----------------------------------------------------------------------------------------
KOR = ["South Korea", "Republic of Korea", "Korea", "Seoul", "Korean side"]
UZ = ["Uzbekistan"]
EDCF = ["Economic Development Cooperation Fund", "EDCF"]
visit = case("state_visit", 2, [
    p(KOR + EDCF, 1e9, "USD", thing="loan", recipient=UZ,
      note="up to, 2026-2030; Uzbek press service: up to $1.5bn incl. previously approved"),
    p(KOR + EDCF, 1.5e9, "USD", thing="loan", recipient=UZ, optional=True,
      note="the press service's figure, includes earlier approved projects"),
    p(KOR + ["Korea International Cooperation Agency", "KOICA"], 30e6, "USD", thing="grant", recipient=UZ + ["Samarkand"]),
    p(["Korean companies", "Korean and Uzbek companies"], 4.3e9, "USD", recipient=UZ, optional=True,
      note="business deals, not aid"),
    p(["Korean side", "Korea"], 5.2e9, "USD", recipient=UZ, optional=True, note="agreements worth over, press service"),
    p(["Hanul Chemical"], 1.2e9, "USD", thing="plant", recipient=UZ, optional=True, note="investment"),
    p(UZ, thing="tungsten", recipient=KOR, optional=True, note="priority access to supplies"),
    p(UZ + ["Uzbek side"], thing="land", recipient=KOR, optional=True, note="200 hectares for industrial park"),
], [
    a("Rustam Nazarov", host=True),
    a(UZ, host=True, optional=True),
    a("Abdulla Kholmatov", host=True),
    a("Jamshid Usmonov", host=True),
    a("Dilnoza Rakhimova-Saidova", host=True),
    a("Kwon Min-seok"),
    a(["South Korea", "Republic of Korea", "Korea"], optional=True),
    a("Oh Jae-hyun"),
    a("Seo Hye-rin"),
    a("Baek Sung-jin"),
    a(["Korea Chamber of Commerce and Industry"], optional=True),
    a("Yoo Ji-won", optional=True),
    a(["Hanul Chemical"], optional=True),
], ["Jang Mi-kyung", "Yonhap", "Kazakhstan", "Stalin", "Koryo-saram", "Navoi", "Jizzakh",
    "Kuksaroy Presidential Palace", "Russian Far East"])

# --- ecowas_boycott -------------------------------------------------------------------------------------
FORCE = ["ECOWAS Standby Force", "ECOWAS"]
CIV = ["Ivory Coast", "Côte d'Ivoire"]
ecowas = case("ecowas_boycott", 3, [
    p(["Nigeria"], 100e6, "USD", recipient=FORCE, note="N150 billion ($100 million)"),
    p(["Nigeria"], thing="depot", recipient=FORCE, optional=True, note="offer to host logistics depot in Kaduna"),
    p(["Ghana"], thing="troop", recipient=FORCE, note="AFP 1,000 troops; Nigerian daily 1,200"),
    p(["Senegal"], thing="battalion", recipient=FORCE),
    p(CIV, 25e6, "USD", recipient=FORCE),
    p(["ECOWAS Commission", "Commission"], 40e6, "USD", recipient=FORCE, note="from the Community Levy"),
    p(["European Union"], 50e6, "EUR", recipient=FORCE, optional=True, note="ready to consider up to, via European Peace Facility"),
    p(["Member states"], 1e9, "USD", optional=True, note="earlier pledge at a 2023 summit, background"),
], [
    a("Babatunde Alao-Yusuf", host=True),
    a(["Nigeria"], host=True, optional=True),
    a("Yusuf Maitama-Ekpo", host=True),
    a(["ECOWAS", "Economic Community of West African States"], host=True, optional=True),
    a("Fatmata Kamara-Conteh"),
    a("Moussa Diop-Faye"),
    a("Kwesi Ampofo-Mensah"),
    a("Yao Kouadio-N'Guessan"),
    a("Romuald Hounkpè-Adjovi"),
    a("Lamin Jobe-Sanneh"),
    a("Komlan Edoh-Adjaho"),
    a("Cabral Nhaga Sá"),
    a("Josephine Kollie-Weah"),
    a("Ana Lúcia Fonseca-Tavares"),
    a("Mamadou Lamine Sarr-Koné"),
    a("Chiedza Moyo-Ndlovu"),
    a("Aïssata Diakhaby-Ould"),
    a(["ECOWAS Commission"], optional=True),
    a(["African Union Commission", "African Union"], optional=True),
    a(["United Nations", "UN"], optional=True),
    a(["Sierra Leone"], optional=True), a(["Senegal"], optional=True), a(["Ghana"], optional=True),
    a(CIV, optional=True), a(["Benin"], optional=True), a(["The Gambia", "Gambia"], optional=True),
    a(["Guinea-Bissau"], optional=True), a(["Liberia"], optional=True), a(["Cabo Verde"], optional=True),
    a(["Togo", "Togolese Republic"], optional=True),
], ["Mali", "Burkina Faso", "Niger", "Alliance of Sahel States", "AES", "Confederation of Sahel States",
    "Moussa Tiémoko Sangaré", "Guinea", "Femi Adeyemi-Cole", "Tunde Akinwale-Ojo", "AFP", "Chinedu Okonkwo-Bassey",
    "Bamako", "Kaduna", "Lagos", "European Peace Facility", "Chairperson of the African Union Commission"])

cases = [cyclone, asean, famine, air, pandemic, imf, visit, ecowas]

with open("/work/heldout8/facts_heldout8.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
