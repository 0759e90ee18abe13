# ruff: noqa: E501  (the data tables below hold long lists of Arabic spellings, one record per line)
"""Regenerate the place and nationality gazetteers: CLDR names (via Babel) merged with hand-written data.

    .venv/bin/python scripts/gazetteer_places.py

writes tasks/entities/gazetteer/places.tsv and tasks/entities/gazetteer/nationalities.tsv, sorted by id, and reports on
stderr every CLDR spelling it dropped and why. Where each name comes from:

- CLDR (Babel, locale "ar"): country and territory names (``Locale.territories``), UN M.49 region
  names (150 Europe ...), and time-zone exemplar cities (``Locale.time_zones[tz]["city"]``). A row
  with "*" as its Arabic name takes the CLDR name; otherwise the CLDR name is added as an alias.
- This file: every other spelling (formal names, news variants), the capitals, the cities and regions
  that news mentions, seas, regions and facilities, and nationality adjectives.
- Wikidata QIDs: countries and territories as listed by two public Wikidata-derived country tables;
  capitals and large cities where a Wikidata SPARQL export of cities (by population) gives the QID
  for the same English name; US states from a Wikidata state table (Idaho left empty: sources
  disagree); continents and oceans. Everything else is empty on purpose: a wrong QID is worse.

Precedence: hand-written spellings must be unique (a clash stops the run). A CLDR spelling that clashes
with another entity, is a common word, is too short, or is listed in CLDR_REJECT is dropped and reported:
that is how "الكويت" stays the country and Kuwait City keeps "مدينة الكويت" only.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale

from tasks.entities.gazetteer import (
    COMMON_WORDS,
    HEADER,
    MIN_KEY_LETTERS,
    NATIONALITY_FILE,
    NATIONALITY_HEADER,
)
from tasks.text.normalize import normalize_arabic

OUT_DIR = Path(__file__).resolve().parents[1] / "tasks" / "gazetteer"
PLACES_FILE = "places.tsv"

# ---------------------------------------------------------------------------------------------------
# Data. Records are "|"-separated; the Arabic field is "name / alias / alias" ("*" = the CLDR name).
# ---------------------------------------------------------------------------------------------------

# Sovereign states: code | slug | wikidata | English | capital slug ("-": none listed) | Arabic
COUNTRIES = """
AF | afghanistan | Q889 | Afghanistan | kabul | * / جمهورية أفغانستان الإسلامية / إمارة أفغانستان الإسلامية
AL | albania | Q222 | Albania | tirana | * / جمهورية ألبانيا
DZ | algeria | Q262 | Algeria | algiers | * / الجمهورية الجزائرية / الجمهورية الجزائرية الديمقراطية الشعبية
AD | andorra | Q228 | Andorra | andorra-la-vella | * / إمارة أندورا
AO | angola | Q916 | Angola | luanda | * / أنجولا
AG | antigua-and-barbuda | Q781 | Antigua and Barbuda | st-johns | * / أنتيغوا وباربودا / أنتيجوا وبربودا
AR | argentina | Q414 | Argentina | buenos-aires | * / جمهورية الأرجنتين
AM | armenia | Q399 | Armenia | yerevan | * / جمهورية أرمينيا
AU | australia | Q408 | Australia | canberra | *
AT | austria | Q40 | Austria | vienna | * / جمهورية النمسا
AZ | azerbaijan | Q227 | Azerbaijan | baku | * / جمهورية أذربيجان
BS | bahamas | Q778 | The Bahamas | nassau | * / البهاما / جزر الباهاما / الباهاماس
BH | bahrain | Q398 | Bahrain | manama | * / مملكة البحرين
BD | bangladesh | Q902 | Bangladesh | dhaka | * / بنجلاديش / بنغلادش
BB | barbados | Q244 | Barbados | bridgetown | *
BY | belarus | Q184 | Belarus | minsk | * / بيلاروسيا / روسيا البيضاء / جمهورية بيلاروس
BE | belgium | Q31 | Belgium | brussels | * / مملكة بلجيكا
BZ | belize | Q242 | Belize | belmopan | دولة بليز
BJ | benin | Q962 | Benin | porto-novo | جمهورية بنين / دولة بنين
BT | bhutan | Q917 | Bhutan | thimphu | * / مملكة بوتان
BO | bolivia | Q750 | Bolivia | sucre | *
BA | bosnia-and-herzegovina | Q225 | Bosnia and Herzegovina | sarajevo | * / البوسنة
BW | botswana | Q963 | Botswana | gaborone | *
BR | brazil | Q155 | Brazil | brasilia | * / جمهورية البرازيل الاتحادية
BN | brunei | Q921 | Brunei | bandar-seri-begawan | * / بروناي دار السلام / سلطنة بروناي
BG | bulgaria | Q219 | Bulgaria | sofia | * / جمهورية بلغاريا
BF | burkina-faso | Q965 | Burkina Faso | ouagadougou | * / بوركينافاسو
BI | burundi | Q967 | Burundi | gitega | * / جمهورية بوروندي
KH | cambodia | Q424 | Cambodia | phnom-penh | * / مملكة كمبوديا
CM | cameroon | Q1009 | Cameroon | yaounde | * / جمهورية الكاميرون
CA | canada | Q16 | Canada | ottawa | *
CV | cape-verde | Q1011 | Cape Verde | praia | * / كابو فيردي / جمهورية الرأس الأخضر
CF | central-african-republic | Q929 | Central African Republic | bangui | * / أفريقيا الوسطى
TD | chad | Q657 | Chad | ndjamena | * / جمهورية تشاد
CL | chile | Q298 | Chile | santiago | * / جمهورية تشيلي
CN | china | Q148 | China | beijing | * / جمهورية الصين الشعبية / الصين الشعبية
CO | colombia | Q739 | Colombia | bogota | * / جمهورية كولومبيا
KM | comoros | Q970 | Comoros | moroni | * / جمهورية القمر المتحدة / اتحاد جزر القمر
CG | congo | Q971 | Republic of the Congo | brazzaville | جمهورية الكونغو / الكونغو برازافيل
CD | dr-congo | Q974 | Democratic Republic of the Congo | kinshasa | جمهورية الكونغو الديمقراطية / الكونغو الديمقراطية / الكونغو كينشاسا
CR | costa-rica | Q800 | Costa Rica | san-jose | * / كوستا ريكا
CI | ivory-coast | Q1008 | Ivory Coast | yamoussoukro | * / كوت ديفوار / كوت دي فوار
HR | croatia | Q224 | Croatia | zagreb | * / جمهورية كرواتيا
CU | cuba | Q241 | Cuba | havana | * / جمهورية كوبا
CY | cyprus | Q229 | Cyprus | nicosia | * / جمهورية قبرص
CZ | czechia | Q213 | Czech Republic | prague | * / جمهورية التشيك / الجمهورية التشيكية / تشيكيا
DK | denmark | Q35 | Denmark | copenhagen | الدنمارك / الدانمارك / مملكة الدنمارك
DJ | djibouti | Q977 | Djibouti | djibouti-city | * / جمهورية جيبوتي
DM | dominica | Q784 | Dominica | roseau | * / كومنولث دومينيكا
DO | dominican-republic | Q786 | Dominican Republic | santo-domingo | * / الدومينيكان
EC | ecuador | Q736 | Ecuador | quito | *
EG | egypt | Q79 | Egypt | cairo | * / جمهورية مصر العربية / أرض الكنانة
SV | el-salvador | Q792 | El Salvador | san-salvador | *
GQ | equatorial-guinea | Q983 | Equatorial Guinea | malabo | *
ER | eritrea | Q986 | Eritrea | asmara | *
EE | estonia | Q191 | Estonia | tallinn | *
SZ | eswatini | Q1050 | Eswatini | mbabane | * / سوازيلاند / مملكة إسواتيني
ET | ethiopia | Q115 | Ethiopia | addis-ababa | * / الحبشة
FJ | fiji | Q712 | Fiji | suva | * / جزر فيجي
FI | finland | Q33 | Finland | helsinki | *
FR | france | Q142 | France | paris | * / الجمهورية الفرنسية
GA | gabon | Q1000 | Gabon | libreville | * / الجابون
GM | gambia | Q1005 | The Gambia | banjul | * / جامبيا
GE | georgia | Q230 | Georgia | tbilisi | *
DE | germany | Q183 | Germany | berlin | * / جمهورية ألمانيا الاتحادية / ألمانيا الاتحادية
GH | ghana | Q117 | Ghana | accra | *
GR | greece | Q41 | Greece | athens | *
GD | grenada | Q769 | Grenada | st-georges | * / جرينادا
GT | guatemala | Q774 | Guatemala | guatemala-city | * / جواتيمالا
GN | guinea | Q1006 | Guinea | conakry | * / غينيا كوناكري
GW | guinea-bissau | Q1007 | Guinea-Bissau | bissau | *
GY | guyana | Q734 | Guyana | georgetown | * / جويانا
HT | haiti | Q790 | Haiti | port-au-prince | * / هاييتي
HN | honduras | Q783 | Honduras | tegucigalpa | *
HU | hungary | Q28 | Hungary | budapest | المجر / هنجاريا
IS | iceland | Q189 | Iceland | reykjavik | *
IN | india | Q668 | India | new-delhi | * / جمهورية الهند
ID | indonesia | Q252 | Indonesia | jakarta | *
IR | iran | Q794 | Iran | tehran | * / الجمهورية الإسلامية الإيرانية / جمهورية إيران الإسلامية
IQ | iraq | Q796 | Iraq | baghdad | * / جمهورية العراق
IE | ireland | Q27 | Ireland | dublin | * / جمهورية أيرلندا
IL | israel | Q801 | Israel | jerusalem | * / دولة إسرائيل / الكيان الإسرائيلي / الكيان الصهيوني
IT | italy | Q38 | Italy | rome | * / الجمهورية الإيطالية
JM | jamaica | Q766 | Jamaica | kingston | * / جاميكا
JP | japan | Q17 | Japan | tokyo | *
JO | jordan | Q810 | Jordan | - | * / المملكة الأردنية الهاشمية / المملكة الأردنية
KZ | kazakhstan | Q232 | Kazakhstan | astana | * / قازاخستان / قازاقستان / جمهورية كازاخستان
KE | kenya | Q114 | Kenya | nairobi | *
KI | kiribati | Q710 | Kiribati | south-tarawa | *
KW | kuwait | Q817 | Kuwait | kuwait-city | * / دولة الكويت
KG | kyrgyzstan | Q813 | Kyrgyzstan | bishkek | * / قرغيزستان / قرغيزيا / كيرغيزستان
LA | laos | Q819 | Laos | vientiane | *
LV | latvia | Q211 | Latvia | riga | *
LB | lebanon | Q822 | Lebanon | beirut | * / الجمهورية اللبنانية
LS | lesotho | Q1013 | Lesotho | maseru | *
LR | liberia | Q1014 | Liberia | monrovia | *
LY | libya | Q1016 | Libya | tripoli | * / دولة ليبيا
LI | liechtenstein | Q347 | Liechtenstein | vaduz | * / لختنشتاين
LT | lithuania | Q37 | Lithuania | vilnius | * / لتوانيا
LU | luxembourg | Q32 | Luxembourg | luxembourg-city | * / لوكسمبورج / لوكسمبرغ / دوقية لوكسمبورغ الكبرى
MG | madagascar | Q1019 | Madagascar | antananarivo | *
MW | malawi | Q1020 | Malawi | lilongwe | * / مالاوي
MY | malaysia | Q833 | Malaysia | kuala-lumpur | *
MV | maldives | Q826 | Maldives | male | * / المالديف
ML | mali | Q912 | Mali | bamako | جمهورية مالي / دولة مالي
MT | malta | Q233 | Malta | valletta | * / مالطة
MH | marshall-islands | Q709 | Marshall Islands | majuro | *
MR | mauritania | Q1025 | Mauritania | nouakchott | * / الجمهورية الإسلامية الموريتانية
MU | mauritius | Q1027 | Mauritius | port-louis | *
MX | mexico | Q96 | Mexico | mexico-city | * / الولايات المتحدة المكسيكية
FM | micronesia | Q702 | Federated States of Micronesia | palikir | * / ولايات ميكرونيزيا المتحدة / ميكرونيسيا
MD | moldova | Q217 | Moldova | chisinau | * / مولدافيا / جمهورية مولدوفا
MC | monaco | Q235 | Monaco | monaco | * / إمارة موناكو
MN | mongolia | Q711 | Mongolia | ulaanbaatar | *
ME | montenegro | Q236 | Montenegro | podgorica | * / مونتينيغرو
MA | morocco | Q1028 | Morocco | rabat | * / المملكة المغربية
MZ | mozambique | Q1029 | Mozambique | maputo | *
MM | myanmar | Q836 | Myanmar | naypyidaw | * / بورما / ماينمار
NA | namibia | Q1030 | Namibia | windhoek | *
NR | nauru | Q697 | Nauru | yaren | *
NP | nepal | Q837 | Nepal | kathmandu | *
NL | netherlands | Q55 | Netherlands | amsterdam | * / مملكة هولندا
NZ | new-zealand | Q664 | New Zealand | wellington | * / نيو زيلندا
NI | nicaragua | Q811 | Nicaragua | managua | * / نيكاراجوا
NE | niger | Q1032 | Niger | niamey | * / جمهورية النيجر
NG | nigeria | Q1033 | Nigeria | abuja | *
KP | north-korea | Q423 | North Korea | pyongyang | * / جمهورية كوريا الديمقراطية الشعبية / كوريا الديمقراطية
MK | north-macedonia | Q221 | North Macedonia | skopje | * / مقدونيا / جمهورية مقدونيا الشمالية
NO | norway | Q20 | Norway | oslo | *
OM | oman | Q842 | Oman | muscat | * / سلطنة عمان
PK | pakistan | Q843 | Pakistan | islamabad | * / جمهورية باكستان الإسلامية
PW | palau | Q695 | Palau | ngerulmud | *
PS | palestine | Q219060 | State of Palestine | east-jerusalem | فلسطين / دولة فلسطين
PA | panama | Q804 | Panama | panama-city | * / جمهورية بنما
PG | papua-new-guinea | Q691 | Papua New Guinea | port-moresby | *
PY | paraguay | Q733 | Paraguay | asuncion | * / باراجواي
PE | peru | Q419 | Peru | lima | * / البيرو
PH | philippines | Q928 | Philippines | manila | * / الفيليبين
PL | poland | Q36 | Poland | warsaw | * / جمهورية بولندا
PT | portugal | Q45 | Portugal | lisbon | *
QA | qatar | Q846 | Qatar | doha | * / دولة قطر
RO | romania | Q218 | Romania | bucharest | *
RU | russia | Q159 | Russia | moscow | * / روسيا الاتحادية / الاتحاد الروسي
RW | rwanda | Q1037 | Rwanda | kigali | *
KN | saint-kitts-and-nevis | Q763 | Saint Kitts and Nevis | basseterre | *
LC | saint-lucia | Q760 | Saint Lucia | castries | *
VC | saint-vincent-and-the-grenadines | Q757 | Saint Vincent and the Grenadines | kingstown | *
WS | samoa | Q683 | Samoa | apia | *
SM | san-marino | Q238 | San Marino | san-marino-city | *
ST | sao-tome-and-principe | Q1039 | São Tomé and Príncipe | sao-tome | *
SA | saudi-arabia | Q851 | Saudi Arabia | riyadh | * / السعودية / العربية السعودية
SN | senegal | Q1041 | Senegal | dakar | *
RS | serbia | Q403 | Serbia | belgrade | *
SC | seychelles | Q1042 | Seychelles | victoria-seychelles | * / سيشيل
SL | sierra-leone | Q1044 | Sierra Leone | freetown | *
SG | singapore | Q334 | Singapore | singapore | *
SK | slovakia | Q214 | Slovakia | bratislava | *
SI | slovenia | Q215 | Slovenia | ljubljana | *
SB | solomon-islands | Q685 | Solomon Islands | honiara | *
SO | somalia | Q1045 | Somalia | mogadishu | *
ZA | south-africa | Q258 | South Africa | pretoria | * / جمهورية جنوب أفريقيا
KR | south-korea | Q884 | South Korea | seoul | * / جمهورية كوريا
SS | south-sudan | Q958 | South Sudan | juba | * / جمهورية جنوب السودان
ES | spain | Q29 | Spain | madrid | * / مملكة إسبانيا
LK | sri-lanka | Q854 | Sri Lanka | sri-jayawardenepura-kotte | * / سري لانكا
SD | sudan | Q1049 | Sudan | khartoum | * / جمهورية السودان
SR | suriname | Q730 | Suriname | paramaribo | *
SE | sweden | Q34 | Sweden | stockholm | * / مملكة السويد
CH | switzerland | Q39 | Switzerland | bern | * / الاتحاد السويسري
SY | syria | Q858 | Syria | damascus | * / سورية / الجمهورية العربية السورية
TW | taiwan | Q865 | Taiwan | taipei | *
TJ | tajikistan | Q863 | Tajikistan | dushanbe | * / طاجكستان
TZ | tanzania | Q924 | Tanzania | dodoma | *
TH | thailand | Q869 | Thailand | bangkok | * / تايلند
TL | east-timor | Q574 | East Timor | dili | تيمور الشرقية / تيمور ليشتي
TG | togo | Q945 | Togo | lome | *
TO | tonga | Q678 | Tonga | nukualofa | *
TT | trinidad-and-tobago | Q754 | Trinidad and Tobago | port-of-spain | * / ترينيداد
TN | tunisia | Q948 | Tunisia | tunis | * / الجمهورية التونسية
TR | turkey | Q43 | Turkey | ankara | * / الجمهورية التركية / جمهورية تركيا
TM | turkmenistan | Q874 | Turkmenistan | ashgabat | *
TV | tuvalu | Q672 | Tuvalu | funafuti | *
UG | uganda | Q1036 | Uganda | kampala | *
UA | ukraine | Q212 | Ukraine | kyiv | *
AE | united-arab-emirates | Q878 | United Arab Emirates | abu-dhabi | * / الإمارات / دولة الإمارات / دولة الإمارات العربية المتحدة
GB | united-kingdom | Q145 | United Kingdom | london | بريطانيا / بريطانيا العظمى / المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية
US | united-states | Q30 | United States | washington | * / الولايات المتحدة الأمريكية / الولايات المتحدة الأميركية / أمريكا / أميركا
UY | uruguay | Q77 | Uruguay | montevideo | الأوروغواي / أوروغواي / الأورغواي
UZ | uzbekistan | Q265 | Uzbekistan | tashkent | *
VU | vanuatu | Q686 | Vanuatu | port-vila | *
VA | vatican-city | Q237 | Vatican City | vatican-city | * / دولة الفاتيكان / مدينة الفاتيكان / دولة مدينة الفاتيكان / حاضرة الفاتيكان
VE | venezuela | Q717 | Venezuela | caracas | * / جمهورية فنزويلا البوليفارية
VN | vietnam | Q881 | Vietnam | hanoi | * / فييتنام
YE | yemen | Q805 | Yemen | sanaa | * / الجمهورية اليمنية
ZM | zambia | Q953 | Zambia | lusaka | *
ZW | zimbabwe | Q954 | Zimbabwe | harare | *
XK | kosovo | Q1246 | Kosovo | pristina | * / كوسوفا / جمهورية كوسوفو
EH | western-sahara | Q6250 | Western Sahara | laayoune | *
"""

# Dependent territories (GPE, no nationality row): code | slug | wikidata | English | Arabic
TERRITORIES = """
AI | anguilla | Q25228 | Anguilla | *
AS | american-samoa | Q16641 | American Samoa | * / ساموا الأميركية
AW | aruba | Q21203 | Aruba | *
AX | aland-islands | Q5689 | Åland Islands | *
BL | saint-barthelemy | Q25362 | Saint Barthélemy | *
BM | bermuda | Q23635 | Bermuda | * / جزر برمودا
BQ | caribbean-netherlands | Q27561 | Caribbean Netherlands | *
CC | cocos-islands | Q36004 | Cocos (Keeling) Islands | * / جزر كوكوس
CK | cook-islands | Q26988 | Cook Islands | *
CW | curacao | Q25279 | Curaçao | *
CX | christmas-island | Q31063 | Christmas Island | *
FK | falkland-islands | Q9648 | Falkland Islands | * / جزر المالوين / جزر مالفيناس
FO | faroe-islands | Q4628 | Faroe Islands | *
GF | french-guiana | Q3769 | French Guiana | * / غيانا الفرنسية
GG | guernsey | Q25230 | Guernsey | *
GI | gibraltar | Q1410 | Gibraltar | *
GL | greenland | Q223 | Greenland | * / جرينلاند / غرينلاند الدنماركية
GP | guadeloupe | Q17012 | Guadeloupe | *
GU | guam | Q16635 | Guam | * / جزيرة غوام
HK | hong-kong | Q8646 | Hong Kong | هونغ كونغ / هونج كونج / هونغكونغ
IC | canary-islands | | Canary Islands | *
IM | isle-of-man | Q9676 | Isle of Man | *
JE | jersey | Q785 | Jersey | *
KY | cayman-islands | Q5785 | Cayman Islands | *
MF | saint-martin | Q126125 | Saint Martin | *
MO | macau | Q14773 | Macau | ماكاو / مكاو
MP | northern-mariana-islands | Q16644 | Northern Mariana Islands | *
MQ | martinique | Q17054 | Martinique | * / مارتينيك
MS | montserrat | Q13353 | Montserrat | *
NC | new-caledonia | Q33788 | New Caledonia | *
NF | norfolk-island | Q31057 | Norfolk Island | *
NU | niue | Q34020 | Niue | *
PF | french-polynesia | Q30971 | French Polynesia | *
PM | saint-pierre-and-miquelon | Q34617 | Saint Pierre and Miquelon | *
PN | pitcairn-islands | Q35672 | Pitcairn Islands | *
PR | puerto-rico | Q1183 | Puerto Rico | * / بورتو ريكو
RE | reunion | Q17070 | Réunion | * / ريونيون
SH | saint-helena | | Saint Helena | *
SJ | svalbard-and-jan-mayen | Q842829 | Svalbard and Jan Mayen | *
SX | sint-maarten | Q26273 | Sint Maarten | *
TC | turks-and-caicos-islands | Q18221 | Turks and Caicos Islands | *
TK | tokelau | Q36823 | Tokelau | *
VG | british-virgin-islands | Q25305 | British Virgin Islands | *
VI | us-virgin-islands | Q11703 | United States Virgin Islands | * / جزر فيرجن الأميركية
WF | wallis-and-futuna | Q35555 | Wallis and Futuna | *
YT | mayotte | Q17063 | Mayotte | *
"""

# UN M.49 regions named by CLDR (LOC): code | slug | wikidata | English | Arabic
REGIONS = """
002 | africa | Q15 | Africa | * / إفريقيا / القارة الأفريقية / القارة السمراء
142 | asia | Q48 | Asia | * / القارة الآسيوية
150 | europe | Q46 | Europe | * / أوربا / القارة الأوروبية / القارة العجوز
003 | north-america | Q49 | North America | * / أميركا الشمالية
005 | south-america | Q18 | South America | * / أميركا الجنوبية
009 | oceania | Q55643 | Oceania | *
013 | central-america | | Central America | * / أميركا الوسطى
019 | americas | | Americas | * / الأميركتان / الأمريكتين / الأميركتين
029 | caribbean | | Caribbean | * / منطقة الكاريبي / منطقة البحر الكاريبي
419 | latin-america | | Latin America | * / أميركا اللاتينية
011 | west-africa | | West Africa | *
014 | east-africa | | East Africa | *
015 | north-africa | | North Africa | * / الشمال الأفريقي
017 | central-africa | | Central Africa | *
018 | southern-africa | | Southern Africa | * / الجنوب الأفريقي
202 | sub-saharan-africa | | Sub-Saharan Africa | * / أفريقيا جنوب الصحراء
030 | east-asia | | East Asia | *
034 | south-asia | | South Asia | *
035 | southeast-asia | | Southeast Asia | *
143 | central-asia | | Central Asia | * / آسيا الوسطى
145 | west-asia | | Western Asia | *
039 | southern-europe | | Southern Europe | *
151 | eastern-europe | | Eastern Europe | *
154 | northern-europe | | Northern Europe | *
155 | western-europe | | Western Europe | *
AQ | antarctica | Q51 | Antarctica | * / القارة القطبية الجنوبية / أنتاركتيكا الجنوبية
"""

# Bare spellings left out on purpose (each entity keeps a longer, unambiguous form such as "مدينة X"):
# عمّان (normalises to عمان = Oman; Amman is not listed), صور 'pictures', العين 'eye', الجزيرة 'island /
# the channel', الخليج, الساحل 'coast', المتوسط 'average', الأطلسي (NATO), البندقية 'rifle', الخبر 'news',
# الزاوية 'corner', الخمس 'five', البيضاء / الأبيض 'white', الكفرة 'infidels', الداخلة, الزرقاء, العقبة
# 'obstacle', معان 'meanings', الجنينة, العمارة, الحلة 'outfit', الكوت (Walcott), دوما 'always', حولي 'around
# me', سرت 'spread' (and كسرت), قنا (Qatar News Agency), قابس 'plug', مطروح 'proposed', مروي, ينبع 'springs',
# لحج (= ل + حج), أكرا (ب + أكرا = باكرا 'early'), وجدة (= و + جدة), جبيل (لل + جبيل = للجبيل), كانو (كانوا),
# هاربين 'fleeing', كرمان (Tawakkol Karman), بخارى (surname), رودس (Ben Rhodes), ممفيس (Memphis Depay),
# الجليل (عبد الجليل), تدمر 'destroys', مشهد 'scene', قم, أراك 'I see you', بالي 'my mind', الكونغو and كوريا
# (two countries each), مكسيكو, مالي 'financial', بنين 'sons', بليز, شيلي (Shelley), ديلي 'Daily', ماهي.
# Hand-written places: id | wikidata | English | Arabic. Capitals first, then by region.
PLACES = """
gpe:kabul | Q5838 | Kabul | كابل / كابول
gpe:tirana | Q19689 | Tirana | تيرانا
gpe:algiers | Q3561 | Algiers | الجزائر العاصمة / مدينة الجزائر
gpe:andorra-la-vella | Q1863 | Andorra la Vella | أندورا لا فيلا
gpe:luanda | Q3897 | Luanda | لواندا
gpe:st-johns | Q36262 | St. John's | سانت جونز
gpe:buenos-aires | Q1486 | Buenos Aires | بوينس آيرس / بوينس أيرس / بوينوس آيرس
gpe:yerevan | Q1953 | Yerevan | يريفان
gpe:canberra | Q3114 | Canberra | كانبرا
gpe:vienna | Q1741 | Vienna | فيينا
gpe:baku | Q9248 | Baku | باكو
gpe:nassau | Q2467 | Nassau | ناساو
gpe:manama | Q3882 | Manama | المنامة
gpe:dhaka | Q1354 | Dhaka | دكا / داكا
gpe:bridgetown | Q36168 | Bridgetown | بريدجتاون
gpe:minsk | Q2280 | Minsk | مينسك
gpe:brussels | Q239 | Brussels | بروكسل
gpe:belmopan | Q3043 | Belmopan | بلموبان
gpe:porto-novo | Q3799 | Porto-Novo | بورتو نوفو
gpe:thimphu | Q9270 | Thimphu | تيمفو / ثيمفو
gpe:sucre | Q2907 | Sucre | سوكري
gpe:sarajevo | Q11194 | Sarajevo | سراييفو
gpe:gaborone | Q3919 | Gaborone | غابورون / غابوروني / جابورون
gpe:brasilia | Q2844 | Brasília | برازيليا
gpe:bandar-seri-begawan | Q9279 | Bandar Seri Begawan | بندر سري بكاوان / بندر سيري بيغاوان
gpe:sofia | Q472 | Sofia | صوفيا
gpe:ouagadougou | Q3777 | Ouagadougou | واغادوغو / واجادوجو
gpe:gitega | Q167551 | Gitega | جيتيغا / غيتيغا
gpe:phnom-penh | Q1850 | Phnom Penh | بنوم بنه / بنوم بين
gpe:yaounde | Q3808 | Yaoundé | ياوندي
gpe:ottawa | Q1930 | Ottawa | أوتاوا
gpe:praia | Q3751 | Praia | برايا
gpe:bangui | Q3832 | Bangui | بانغي / بانجي
gpe:ndjamena | Q3659 | N'Djamena | نجامينا / إنجامينا
gpe:santiago | Q2887 | Santiago | سانتياغو / سانتياجو / سانتياغو دي تشيلي
gpe:beijing | Q956 | Beijing | بكين / بيجين / بيجينغ / بيكين
gpe:bogota | Q2841 | Bogotá | بوغوتا / بوجوتا
gpe:moroni | Q3901 | Moroni | موروني
gpe:brazzaville | Q3844 | Brazzaville | برازافيل
gpe:kinshasa | Q3838 | Kinshasa | كينشاسا
gpe:san-jose | Q3070 | San José | سان خوسيه
gpe:yamoussoukro | Q3768 | Yamoussoukro | ياموسوكرو
gpe:zagreb | Q1435 | Zagreb | زغرب / زاغرب
gpe:havana | Q1563 | Havana | هافانا
gpe:nicosia | Q3856 | Nicosia | نيقوسيا
gpe:prague | Q1085 | Prague | براغ
gpe:copenhagen | Q1748 | Copenhagen | كوبنهاغن / كوبنهاجن
gpe:djibouti-city | Q3604 | Djibouti City | مدينة جيبوتي
gpe:roseau | Q36281 | Roseau | روزو
gpe:santo-domingo | Q34820 | Santo Domingo | سانتو دومينغو / سانتو دومينجو
gpe:quito | Q2900 | Quito | كيتو
gpe:cairo | Q85 | Cairo | القاهرة
gpe:san-salvador | Q3110 | San Salvador | سان سلفادور
gpe:malabo | Q3818 | Malabo | مالابو
gpe:asmara | Q3642 | Asmara | أسمرة / أسمرا
gpe:tallinn | Q1770 | Tallinn | تالين
gpe:mbabane | | Mbabane | مباباني
gpe:addis-ababa | Q3624 | Addis Ababa | أديس أبابا / أديس أببا
gpe:suva | Q38807 | Suva | سوفا
gpe:helsinki | Q1757 | Helsinki | هلسنكي / هلسينكي
gpe:paris | Q90 | Paris | باريس
gpe:libreville | Q3825 | Libreville | ليبرفيل
gpe:banjul | Q3726 | Banjul | بانجول
gpe:tbilisi | Q994 | Tbilisi | تبليسي
gpe:berlin | Q64 | Berlin | برلين
gpe:accra | Q3761 | Accra | مدينة أكرا / العاصمة الغانية أكرا
gpe:athens | Q1524 | Athens | أثينا
gpe:st-georges | Q41547 | St. George's | سانت جورجز
gpe:guatemala-city | Q1555 | Guatemala City | مدينة غواتيمالا / غواتيمالا سيتي
gpe:conakry | Q3733 | Conakry | كوناكري
gpe:bissau | Q3739 | Bissau | بيساو
gpe:georgetown | Q10717 | Georgetown | جورجتاون
gpe:port-au-prince | Q34261 | Port-au-Prince | بورت أو برنس / بور أو برنس / بورتو برنس
gpe:tegucigalpa | Q3238 | Tegucigalpa | تيغوسيغالبا
gpe:budapest | Q1781 | Budapest | بودابست
gpe:reykjavik | Q1764 | Reykjavík | ريكيافيك / ريكيافيك / ريكجافيك
gpe:new-delhi | Q987 | New Delhi | نيودلهي / نيو دلهي
gpe:jakarta | Q3630 | Jakarta | جاكرتا
gpe:tehran | Q3616 | Tehran | طهران
gpe:baghdad | Q1530 | Baghdad | بغداد
gpe:dublin | Q1761 | Dublin | دبلن
gpe:jerusalem | Q1218 | Jerusalem | القدس / القدس المحتلة / بيت المقدس / أورشليم / أورشليم القدس
gpe:rome | Q220 | Rome | روما
gpe:kingston | Q34692 | Kingston | كينغستون / كنغستون
gpe:tokyo | Q1490 | Tokyo | طوكيو
gpe:astana | Q1520 | Astana | أستانا / أستانة / نور سلطان
gpe:nairobi | Q3870 | Nairobi | نيروبي
gpe:south-tarawa | Q131233 | South Tarawa | تاراوا الجنوبية / تاراوا
gpe:kuwait-city | Q35178 | Kuwait City | مدينة الكويت / الكويت العاصمة
gpe:bishkek | Q9361 | Bishkek | بشكيك
gpe:vientiane | Q9326 | Vientiane | فيينتيان / فيينتيان
gpe:riga | Q1773 | Riga | ريغا / ريجا
gpe:beirut | Q3820 | Beirut | بيروت
gpe:maseru | Q3909 | Maseru | ماسيرو
gpe:monrovia | Q3748 | Monrovia | مونروفيا
gpe:tripoli | Q3579 | Tripoli | طرابلس / طرابلس الغرب / طرابلس الليبية
gpe:vaduz | Q1844 | Vaduz | فادوز
gpe:vilnius | Q216 | Vilnius | فيلنيوس
gpe:luxembourg-city | Q1842 | Luxembourg City | مدينة لوكسمبورغ / مدينة لوكسمبورج
gpe:antananarivo | Q3915 | Antananarivo | أنتاناناريفو
gpe:lilongwe | Q3876 | Lilongwe | ليلونغوي
gpe:kuala-lumpur | Q1865 | Kuala Lumpur | كوالالمبور / كوالا لمبور / كوالا لامبور
gpe:male | Q9347 | Malé | مدينة ماليه
gpe:bamako | Q3703 | Bamako | باماكو
gpe:valletta | Q23800 | Valletta | فاليتا
gpe:majuro | Q12919 | Majuro | ماجورو
gpe:nouakchott | Q3688 | Nouakchott | نواكشوط
gpe:port-louis | Q3929 | Port Louis | بورت لويس
gpe:mexico-city | Q1489 | Mexico City | مكسيكو سيتي / مدينة مكسيكو / مدينة المكسيك
gpe:palikir | Q42751 | Palikir | باليكير
gpe:chisinau | Q21197 | Chișinău | كيشيناو / كيشينيف / تشيسيناو
gpe:ulaanbaatar | Q23430 | Ulaanbaatar | أولان باتور / أولانباتار / أولان باتار
gpe:podgorica | Q23564 | Podgorica | بودغوريتسا / بودغوريكا
gpe:rabat | Q3551 | Rabat | الرباط
gpe:maputo | Q3889 | Maputo | مابوتو
gpe:naypyidaw | Q37400 | Naypyidaw | نايبيداو / نايبيتاو / ناي بي داو
gpe:windhoek | Q3935 | Windhoek | ويندهوك
gpe:yaren | Q31026 | Yaren | يارين
gpe:kathmandu | Q3037 | Kathmandu | كاتماندو
gpe:amsterdam | Q727 | Amsterdam | أمستردام
gpe:wellington | Q23661 | Wellington | ولينغتون / ويلينغتون
gpe:managua | Q3274 | Managua | ماناغوا / ماناجوا
gpe:niamey | Q3674 | Niamey | نيامي
gpe:abuja | Q3787 | Abuja | أبوجا
gpe:pyongyang | Q18808 | Pyongyang | بيونغ يانغ / بيونغيانغ / بيونج يانج
gpe:skopje | Q384 | Skopje | سكوبيه / سكوبيي / سكوبي
gpe:oslo | Q585 | Oslo | أوسلو
gpe:muscat | Q3826 | Muscat | مسقط
gpe:islamabad | Q1362 | Islamabad | إسلام آباد
gpe:ngerulmud | Q515229 | Ngerulmud | نغيرولمود
gpe:east-jerusalem | | East Jerusalem | القدس الشرقية / القدس الشرقية المحتلة
gpe:panama-city | Q3306 | Panama City | مدينة بنما / بنما سيتي
gpe:port-moresby | Q36526 | Port Moresby | بورت مورسبي / بور مورسبي
gpe:asuncion | Q2933 | Asunción | أسونسيون
gpe:lima | Q2868 | Lima | ليما
gpe:manila | Q1461 | Manila | مانيلا
gpe:warsaw | Q270 | Warsaw | وارسو / فرصوفيا
gpe:lisbon | Q597 | Lisbon | لشبونة
gpe:doha | Q3861 | Doha | الدوحة
gpe:bucharest | Q19660 | Bucharest | بوخارست
gpe:moscow | Q649 | Moscow | موسكو
gpe:kigali | Q3859 | Kigali | كيغالي / كيجالي
gpe:basseterre | Q41295 | Basseterre | باستير
gpe:castries | Q41699 | Castries | كاستريس
gpe:kingstown | Q41474 | Kingstown | كينغستاون
gpe:apia | Q36260 | Apia | أبيا
gpe:san-marino-city | Q1848 | City of San Marino | مدينة سان مارينو
gpe:sao-tome | Q3932 | São Tomé | ساو تومي
gpe:riyadh | Q3692 | Riyadh | الرياض
gpe:dakar | Q3718 | Dakar | داكار
gpe:belgrade | Q3711 | Belgrade | بلغراد
gpe:victoria-seychelles | Q3940 | Victoria | مدينة فيكتوريا
gpe:freetown | Q3780 | Freetown | فريتاون
gpe:bratislava | Q1780 | Bratislava | براتيسلافا
gpe:ljubljana | Q437 | Ljubljana | ليوبليانا / لوبليانا
gpe:honiara | Q40921 | Honiara | هونيارا
gpe:mogadishu | Q2449 | Mogadishu | مقديشو
gpe:pretoria | Q3926 | Pretoria | بريتوريا
gpe:seoul | Q8684 | Seoul | سول / سيئول
gpe:juba | Q1947 | Juba | جوبا
gpe:madrid | Q2807 | Madrid | مدريد
gpe:sri-jayawardenepura-kotte | Q41963 | Sri Jayawardenepura Kotte | سري جاياواردنابورا كوتي
gpe:khartoum | Q1963 | Khartoum | الخرطوم
gpe:paramaribo | Q3001 | Paramaribo | باراماريبو
gpe:stockholm | Q1754 | Stockholm | ستوكهولم
gpe:bern | Q70 | Bern | برن / بيرن
gpe:damascus | Q3766 | Damascus | دمشق
gpe:taipei | Q1867 | Taipei | تايبيه / تايبي
gpe:dushanbe | Q9365 | Dushanbe | دوشانبي / دوشنبه
gpe:dodoma | Q3866 | Dodoma | دودوما
gpe:bangkok | Q1861 | Bangkok | بانكوك
gpe:dili | Q9310 | Dili | مدينة ديلي
gpe:lome | Q3792 | Lomé | لومي
gpe:nukualofa | Q38834 | Nuku'alofa | نوكوالوفا / نوكو ألوفا
gpe:port-of-spain | Q39178 | Port of Spain | بورت أوف سبين
gpe:tunis | Q3572 | Tunis | تونس العاصمة / مدينة تونس
gpe:ankara | Q3640 | Ankara | أنقرة
gpe:ashgabat | Q23438 | Ashgabat | عشق آباد
gpe:funafuti | Q34126 | Funafuti | فونافوتي
gpe:kampala | Q3894 | Kampala | كمبالا
gpe:kyiv | Q1899 | Kyiv | كييف
gpe:abu-dhabi | Q1519 | Abu Dhabi | أبوظبي / أبو ظبي
gpe:london | Q84 | London | لندن
gpe:washington | Q61 | Washington, D.C. | واشنطن / واشنطن العاصمة / واشنطن دي سي / العاصمة الأمريكية / العاصمة الأميركية
gpe:montevideo | Q1335 | Montevideo | مونتيفيديو
gpe:tashkent | Q269 | Tashkent | طشقند
gpe:port-vila | Q37806 | Port Vila | بورت فيلا
gpe:caracas | Q1533 | Caracas | كاراكاس
gpe:hanoi | Q1858 | Hanoi | هانوي
gpe:sanaa | Q2471 | Sanaa | صنعاء
gpe:lusaka | Q3881 | Lusaka | لوساكا
gpe:harare | Q3921 | Harare | هراري
gpe:pristina | | Pristina | بريشتينا / برشتينا
gpe:laayoune | | Laayoune | مدينة العيون
gpe:jeddah | Q374365 | Jeddah | جدة
gpe:mecca | | Mecca | مكة المكرمة / مكة
gpe:medina | Q35484 | Medina | المدينة المنورة
gpe:dammam | Q160320 | Dammam | الدمام
gpe:khobar | | Khobar | مدينة الخبر
gpe:dhahran | | Dhahran | الظهران
gpe:taif | | Taif | الطائف
gpe:tabuk | Q244232 | Tabuk | تبوك
gpe:abha | | Abha | أبها
gpe:najran | | Najran | نجران
gpe:jazan | | Jazan | جازان / جيزان
gpe:hail | | Ha'il | حائل
gpe:qassim | | Al-Qassim | القصيم / منطقة القصيم
gpe:buraidah | | Buraidah | بريدة
gpe:unaizah | | Unaizah | عنيزة
gpe:yanbu | | Yanbu | محافظة ينبع / مدينة ينبع / ينبع الصناعية / ينبع البحر
gpe:al-ahsa | | Al-Ahsa | الأحساء
gpe:hofuf | | Hofuf | الهفوف
gpe:qatif | | Qatif | القطيف
gpe:jubail | | Jubail | الجبيل
gpe:khamis-mushait | | Khamis Mushait | خميس مشيط
gpe:al-baha | | Al-Baha | الباحة
gpe:arar | | Arar | عرعر
gpe:sakaka | | Sakakah | سكاكا
gpe:neom | | Neom | نيوم
gpe:alula | | AlUla | العلا
gpe:al-kharj | | Al-Kharj | الخرج
gpe:diriyah | | Diriyah | الدرعية
gpe:asir | | Asir Province | منطقة عسير
gpe:northern-borders | | Northern Borders Province | منطقة الحدود الشمالية
gpe:hafar-al-batin | | Hafar Al-Batin | حفر الباطن
gpe:al-jawf-saudi | | Al-Jawf Province | منطقة الجوف
gpe:dubai | Q612 | Dubai | دبي
gpe:sharjah | Q289693 | Sharjah | الشارقة
gpe:ajman | | Ajman | عجمان
gpe:ras-al-khaimah | | Ras Al Khaimah | رأس الخيمة
gpe:fujairah | | Fujairah | الفجيرة
gpe:umm-al-quwain | | Umm Al Quwain | أم القيوين
gpe:al-ain | Q234600 | Al Ain | مدينة العين
gpe:jahra | | Jahra | الجهراء
gpe:hawalli | | Hawalli | محافظة حولي
gpe:farwaniya | | Farwaniya | الفروانية
gpe:al-wakrah | | Al Wakrah | الوكرة
gpe:lusail | | Lusail | لوسيل
gpe:ras-laffan | | Ras Laffan | رأس لفان
gpe:muharraq | | Muharraq | المحرق
gpe:riffa | | Riffa | الرفاع
gpe:salalah | | Salalah | صلالة
gpe:sohar | | Sohar | صحار
gpe:nizwa | | Nizwa | نزوى
gpe:duqm | | Duqm | الدقم
gpe:dhofar | | Dhofar | ظفار / محافظة ظفار
gpe:musandam | | Musandam | مسندم
gpe:taiz | | Taiz | تعز
gpe:hodeidah | | Hodeidah | الحديدة
gpe:marib | | Marib | مأرب
gpe:hadramaut | | Hadhramaut | حضرموت
gpe:mukalla | | Mukalla | المكلا
gpe:ibb | | Ibb | محافظة إب / مدينة إب
gpe:dhamar | | Dhamar | ذمار
gpe:saada | | Saada | صعدة
gpe:lahij | | Lahij | محافظة لحج
gpe:abyan | | Abyan | أبين
gpe:shabwa | | Shabwah | شبوة
gpe:al-mahra | | Al Mahrah | محافظة المهرة
gpe:hajjah | | Hajjah | محافظة حجة
gpe:amran | | Amran | محافظة عمران
gpe:mocha | | Mocha | المخا
gpe:socotra | | Socotra | سقطرى / سقطرة
gpe:dhale | | Al Dhale | الضالع
gpe:seiyun | | Seiyun | سيئون
gpe:basra | Q48195 | Basra | البصرة
gpe:mosul | Q83317 | Mosul | الموصل
gpe:erbil | Q132754 | Erbil | أربيل / هولير
gpe:kirkuk | Q173310 | Kirkuk | كركوك
gpe:najaf | Q168193 | Najaf | النجف
gpe:karbala | Q199909 | Karbala | كربلاء
gpe:sulaymaniyah | Q191204 | Sulaymaniyah | السليمانية
gpe:fallujah | | Fallujah | الفلوجة
gpe:ramadi | Q192961 | Ramadi | الرمادي
gpe:tikrit | | Tikrit | تكريت
gpe:samarra | | Samarra | سامراء
gpe:baqubah | | Baqubah | بعقوبة
gpe:nasiriyah | | Nasiriyah | الناصرية
gpe:amarah | | Amarah | مدينة العمارة
gpe:hillah | | Hillah | مدينة الحلة
gpe:kut | | Kut | مدينة الكوت
gpe:diwaniyah | | Diwaniyah | الديوانية
gpe:samawah | | Samawah | السماوة
gpe:duhok | | Duhok | دهوك
gpe:anbar | | Anbar | الأنبار / محافظة الأنبار
gpe:nineveh | | Nineveh | نينوى / محافظة نينوى
gpe:diyala | | Diyala | ديالى
gpe:salah-al-din | | Saladin Governorate | محافظة صلاح الدين
gpe:babil | | Babil | محافظة بابل
gpe:wasit | | Wasit | محافظة واسط
gpe:maysan | | Maysan | ميسان
gpe:dhi-qar | | Dhi Qar | ذي قار / ذيقار
gpe:kurdistan-region | | Kurdistan Region | إقليم كردستان / إقليم كردستان العراق / كردستان العراق / كردستان
gpe:sinjar | | Sinjar | سنجار
gpe:tal-afar | | Tal Afar | تلعفر / تل عفر
gpe:umm-qasr | | Umm Qasr | أم قصر
gpe:zakho | | Zakho | زاخو
gpe:halabja | | Halabja | حلبجة
gpe:hawija | | Hawija | الحويجة
gpe:aleppo | Q41183 | Aleppo | حلب
gpe:homs | Q131301 | Homs | حمص
gpe:hama | Q173545 | Hama | حماة
gpe:latakia | Q200030 | Latakia | اللاذقية
gpe:tartus | | Tartus | طرطوس
gpe:idlib | | Idlib | إدلب
gpe:deir-ez-zor | | Deir ez-Zor | دير الزور
gpe:raqqa | | Raqqa | الرقة
gpe:hasakah | | Al-Hasakah | الحسكة
gpe:qamishli | | Qamishli | القامشلي
gpe:daraa | | Daraa | درعا
gpe:suwayda | | As-Suwayda | السويداء
gpe:quneitra | | Quneitra | القنيطرة
gpe:palmyra | | Palmyra | مدينة تدمر
gpe:manbij | | Manbij | منبج
gpe:afrin | | Afrin | عفرين
gpe:kobani | | Kobani | كوباني / عين العرب
gpe:jarabulus | | Jarabulus | جرابلس
gpe:azaz | | Azaz | أعزاز
gpe:douma | | Douma | مدينة دوما / دوما السورية
gpe:jableh | | Jableh | جبلة
gpe:baniyas | | Baniyas | بانياس
gpe:abu-kamal | | Abu Kamal | البوكمال / أبو كمال
gpe:tal-abyad | | Tell Abyad | تل أبيض
gpe:ras-al-ayn | | Ras al-Ayn | رأس العين
gpe:maarat-al-numan | | Maarat al-Numan | معرة النعمان
gpe:saraqib | | Saraqib | سراقب
gpe:khan-shaykhun | | Khan Shaykhun | خان شيخون
gpe:tripoli-lebanon | | Tripoli (Lebanon) | طرابلس اللبنانية / طرابلس لبنان / طرابلس الشام
gpe:sidon | | Sidon | صيدا
gpe:tyre | | Tyre | مدينة صور
gpe:baalbek | | Baalbek | بعلبك
gpe:nabatieh | | Nabatieh | النبطية
gpe:jounieh | | Jounieh | جونيه
gpe:zahle | | Zahle | زحلة
gpe:dahieh | | Dahieh | الضاحية الجنوبية / الضاحية الجنوبية لبيروت
gpe:byblos | | Byblos | مدينة جبيل / جبيل اللبنانية
gpe:zarqa | | Zarqa | مدينة الزرقاء
gpe:irbid | Q194165 | Irbid | إربد
gpe:aqaba | | Aqaba | مدينة العقبة
gpe:maan | | Ma'an | مدينة معان
gpe:karak | | Karak | الكرك
gpe:salt | | Salt | السلط
gpe:jerash | | Jerash | جرش
gpe:madaba | | Madaba | مادبا
gpe:ramtha | | Ramtha | الرمثا
gpe:gaza-strip | Q39760 | Gaza Strip | قطاع غزة / غزة
gpe:gaza | | Gaza City | مدينة غزة
gpe:rafah | | Rafah | رفح
gpe:khan-yunis | | Khan Yunis | خان يونس / خانيونس
gpe:deir-al-balah | | Deir al-Balah | دير البلح
gpe:jabalia | | Jabalia | جباليا / مخيم جباليا
gpe:beit-lahia | | Beit Lahia | بيت لاهيا
gpe:beit-hanoun | | Beit Hanoun | بيت حانون
gpe:nuseirat | | Nuseirat | النصيرات / مخيم النصيرات
gpe:bureij | | Bureij | البريج / مخيم البريج
gpe:maghazi | | Maghazi | مخيم المغازي
gpe:shujaiya | | Shuja'iyya | الشجاعية / حي الشجاعية
gpe:al-shati | | Al-Shati camp | مخيم الشاطئ
gpe:zeitoun | | Zeitoun | حي الزيتون
gpe:tal-al-hawa | | Tal al-Hawa | تل الهوى
gpe:al-mawasi | | Al-Mawasi | المواصي
gpe:west-bank | | West Bank | الضفة الغربية / الضفة الغربية المحتلة
gpe:ramallah | | Ramallah | رام الله
gpe:nablus | | Nablus | نابلس
gpe:jenin | | Jenin | جنين
gpe:tulkarm | | Tulkarm | طولكرم
gpe:qalqilya | | Qalqilya | قلقيلية
gpe:hebron | | Hebron | الخليل / مدينة الخليل
gpe:bethlehem | | Bethlehem | بيت لحم
gpe:jericho | | Jericho | أريحا
gpe:salfit | | Salfit | سلفيت
gpe:tubas | | Tubas | طوباس
gpe:beit-jala | | Beit Jala | بيت جالا
gpe:beit-sahour | | Beit Sahour | بيت ساحور
gpe:tel-aviv | | Tel Aviv | تل أبيب / تل أبيب يافا
gpe:haifa | | Haifa | حيفا
gpe:jaffa | | Jaffa | يافا
gpe:acre | | Acre | عكا
gpe:nazareth | | Nazareth | الناصرة
gpe:beersheba | | Beersheba | بئر السبع
gpe:eilat | | Eilat | إيلات / أم الرشراش
gpe:ashdod | | Ashdod | أسدود / أشدود
gpe:ashkelon | | Ashkelon | عسقلان / أشكلون
gpe:sderot | | Sderot | سديروت
gpe:lod | | Lod | اللد
gpe:ramla | | Ramla | الرملة
gpe:dimona | | Dimona | ديمونا
gpe:herzliya | | Herzliya | هرتسليا
gpe:netanya | | Netanya | نتانيا
gpe:safed | | Safed | صفد
gpe:tiberias | | Tiberias | طبريا
gpe:umm-al-fahm | | Umm al-Fahm | أم الفحم
gpe:kiryat-shmona | | Kiryat Shmona | كريات شمونة
gpe:nahariya | | Nahariya | نهاريا
gpe:alexandria | Q87 | Alexandria | الإسكندرية
gpe:giza | Q81788 | Giza | الجيزة
gpe:port-said | | Port Said | بورسعيد / بور سعيد
gpe:suez | | Suez | السويس
gpe:ismailia | | Ismailia | الإسماعيلية
gpe:luxor | | Luxor | الأقصر
gpe:aswan | | Aswan | أسوان
gpe:mansoura | | Mansoura | المنصورة
gpe:tanta | | Tanta | طنطا
gpe:zagazig | | Zagazig | الزقازيق
gpe:damietta | | Damietta | دمياط
gpe:minya | | Minya | المنيا
gpe:asyut | | Asyut | أسيوط
gpe:sohag | | Sohag | سوهاج
gpe:qena | | Qena | محافظة قنا / مدينة قنا
gpe:faiyum | | Faiyum | الفيوم
gpe:beni-suef | | Beni Suef | بني سويف
gpe:sharm-el-sheikh | | Sharm El Sheikh | شرم الشيخ
gpe:hurghada | | Hurghada | الغردقة
gpe:arish | | Arish | العريش
gpe:marsa-matruh | | Marsa Matruh | مرسى مطروح / محافظة مطروح
gpe:north-sinai | | North Sinai | شمال سيناء / محافظة شمال سيناء
gpe:south-sinai | | South Sinai | جنوب سيناء / محافظة جنوب سيناء
gpe:dakahlia | | Dakahlia | الدقهلية
gpe:sharqia | | Sharqia | محافظة الشرقية
gpe:beheira | | Beheira | محافظة البحيرة
gpe:monufia | | Monufia | المنوفية
gpe:gharbia | | Gharbia | محافظة الغربية
gpe:qalyubia | | Qalyubia | القليوبية
gpe:kafr-el-sheikh | | Kafr El Sheikh | كفر الشيخ
gpe:el-alamein | | El Alamein | العلمين
gpe:new-administrative-capital | | New Administrative Capital | العاصمة الإدارية الجديدة / العاصمة الإدارية
gpe:helwan | | Helwan | حلوان
gpe:shubra-el-kheima | Q269960 | Shubra El Kheima | شبرا الخيمة
gpe:new-valley | | New Valley | الوادي الجديد
gpe:ain-sokhna | | Ain Sokhna | العين السخنة
gpe:benghazi | | Benghazi | بنغازي
gpe:misrata | | Misrata | مصراتة
gpe:derna | | Derna | درنة
gpe:sirte | | Sirte | مدينة سرت
gpe:sabha | | Sabha | سبها
gpe:zawiya | | Zawiya | مدينة الزاوية
gpe:khoms | | Khoms | مدينة الخمس
gpe:zliten | | Zliten | زليتن
gpe:gharyan | | Gharyan | غريان
gpe:tobruk | | Tobruk | طبرق
gpe:ajdabiya | | Ajdabiya | أجدابيا
gpe:brega | | Brega | البريقة
gpe:ras-lanuf | | Ras Lanuf | راس لانوف / رأس لانوف
gpe:tarhuna | | Tarhuna | ترهونة
gpe:bani-walid | | Bani Walid | بني وليد
gpe:ubari | | Ubari | أوباري
gpe:sabratha | | Sabratha | صبراتة
gpe:ghadames | | Ghadames | غدامس
gpe:kufra | | Kufra | مدينة الكفرة
gpe:jufra | | Jufra | الجفرة
gpe:sfax | | Sfax | صفاقس
gpe:sousse | | Sousse | سوسة
gpe:kairouan | | Kairouan | القيروان
gpe:bizerte | | Bizerte | بنزرت
gpe:gabes | | Gabès | مدينة قابس / ولاية قابس
gpe:monastir | | Monastir | المنستير
gpe:nabeul | | Nabeul | نابل
gpe:gafsa | | Gafsa | قفصة
gpe:djerba | | Djerba | جربة
gpe:tozeur | | Tozeur | توزر
gpe:sidi-bouzid | | Sidi Bouzid | سيدي بوزيد
gpe:kasserine | | Kasserine | القصرين
gpe:medenine | | Medenine | مدنين
gpe:ben-guerdane | | Ben Guerdane | بن قردان
gpe:oran | Q131818 | Oran | وهران
gpe:constantine | | Constantine | قسنطينة
gpe:annaba | | Annaba | عنابة
gpe:setif | | Sétif | سطيف
gpe:blida | | Blida | البليدة
gpe:batna | | Batna | باتنة
gpe:tlemcen | | Tlemcen | تلمسان
gpe:bejaia | | Béjaïa | بجاية
gpe:ouargla | | Ouargla | ورقلة
gpe:tamanrasset | | Tamanrasset | تمنراست
gpe:ghardaia | | Ghardaïa | غرداية
gpe:biskra | | Biskra | بسكرة
gpe:tizi-ouzou | | Tizi Ouzou | تيزي وزو
gpe:chlef | | Chlef | الشلف
gpe:hassi-messaoud | | Hassi Messaoud | حاسي مسعود
gpe:tindouf | | Tindouf | تندوف
gpe:in-amenas | | In Amenas | عين أميناس
gpe:casablanca | Q7903 | Casablanca | الدار البيضاء / كازابلانكا
gpe:fez | Q80985 | Fez | فاس
gpe:marrakesh | Q101625 | Marrakesh | مراكش
gpe:tangier | Q126148 | Tangier | طنجة
gpe:agadir | | Agadir | أكادير / أغادير
gpe:meknes | | Meknes | مكناس
gpe:oujda | | Oujda | مدينة وجدة
gpe:tetouan | | Tétouan | تطوان
gpe:nador | | Nador | الناظور
gpe:al-hoceima | | Al Hoceima | الحسيمة
gpe:dakhla | | Dakhla | مدينة الداخلة
gpe:sale | Q466046 | Salé | سلا
gpe:essaouira | | Essaouira | الصويرة
gpe:safi | | Safi | آسفي
gpe:nouadhibou | | Nouadhibou | نواذيبو
gpe:omdurman | Q180921 | Omdurman | أم درمان
gpe:port-sudan | | Port Sudan | بورتسودان / بور سودان / بورت سودان
gpe:el-fasher | | El Fasher | الفاشر
gpe:nyala | | Nyala | نيالا
gpe:el-obeid | | El-Obeid | مدينة الأبيض
gpe:kassala | | Kassala | كسلا
gpe:gedaref | | Gedaref | القضارف
gpe:wad-madani | | Wad Madani | ود مدني
gpe:el-geneina | | El Geneina | مدينة الجنينة
gpe:north-darfur | | North Darfur | شمال دارفور / ولاية شمال دارفور
gpe:south-darfur | | South Darfur | جنوب دارفور / ولاية جنوب دارفور
gpe:west-darfur | | West Darfur | غرب دارفور / ولاية غرب دارفور
gpe:north-kordofan | | North Kordofan | شمال كردفان / ولاية شمال كردفان
gpe:south-kordofan | | South Kordofan | جنوب كردفان / ولاية جنوب كردفان
gpe:gezira-state | | Gezira State | ولاية الجزيرة
gpe:blue-nile-state | | Blue Nile State | ولاية النيل الأزرق
gpe:river-nile-state | | River Nile State | ولاية نهر النيل
gpe:sennar | | Sennar | سنار
gpe:kadugli | | Kadugli | كادقلي / كادوقلي
gpe:atbara | | Atbara | عطبرة
gpe:damazin | | Ad-Damazin | الدمازين
gpe:khartoum-north | Q310114 | Khartoum North | الخرطوم بحري
gpe:zalingei | | Zalingei | زالنجي
gpe:ed-daein | | Ed Daein | الضعين
gpe:babanusa | | Babanusa | بابنوسة
gpe:dilling | | Dilling | الدلنج
gpe:merowe | | Merowe | مدينة مروي
gpe:el-fula | | El Fula | الفولة
gpe:malakal | | Malakal | ملكال
gpe:hargeisa | Q168652 | Hargeisa | هرجيسا / هرجيسة
gpe:kismayo | | Kismayo | كيسمايو
gpe:berbera | | Berbera | بربرة
gpe:bosaso | | Bosaso | بوصاصو
gpe:baidoa | | Baidoa | بيدوا
gpe:somaliland | | Somaliland | أرض الصومال / صوماليلاند
gpe:puntland | | Puntland | بونتلاند
gpe:tigray | | Tigray | تيغراي / تجراي / إقليم تيغراي
gpe:mekelle | | Mekelle | ميكيلي
gpe:bahir-dar | | Bahir Dar | بحر دار
gpe:massawa | | Massawa | مصوع
gpe:mombasa | Q225641 | Mombasa | مومباسا
gpe:lagos | Q8673 | Lagos | لاغوس
gpe:kano | Q182984 | Kano | مدينة كانو / ولاية كانو
gpe:maiduguri | Q221436 | Maiduguri | مايدوغوري
gpe:kumasi | Q182059 | Kumasi | كوماسي
gpe:abidjan | Q1515 | Abidjan | أبيدجان / أبيجان
gpe:timbuktu | | Timbuktu | تمبكتو / تمبكتو
gpe:gao | | Gao | مدينة غاو
gpe:kidal | | Kidal | كيدال
gpe:mopti | | Mopti | موبتي
gpe:agadez | | Agadez | أغاديز
gpe:goma | Q204381 | Goma | غوما
gpe:lubumbashi | Q187593 | Lubumbashi | لوبومباشي
gpe:bukavu | | Bukavu | بوكافو
gpe:bujumbura | Q3854 | Bujumbura | بوجومبورا
gpe:dar-es-salaam | Q1960 | Dar es Salaam | دار السلام
gpe:zanzibar | | Zanzibar | زنجبار
gpe:cabo-delgado | | Cabo Delgado | كابو ديلغادو
gpe:durban | | Durban | ديربان
gpe:cape-town | Q5465 | Cape Town | كيب تاون / كيبتاون
gpe:johannesburg | Q34647 | Johannesburg | جوهانسبرغ / جوهانسبرج
gpe:bulawayo | Q193250 | Bulawayo | بولاوايو
gpe:douala | Q132830 | Douala | دوالا
gpe:pointe-noire | Q223920 | Pointe-Noire | بوانت نوار
gpe:cotonou | Q43595 | Cotonou | كوتونو
gpe:la-paz | Q1491 | La Paz | لاباز / لا باز
gpe:colombo | Q35381 | Colombo | كولومبو
gpe:kharkiv | | Kharkiv | خاركيف / خاركوف / خاركيو
gpe:odesa | | Odesa | أوديسا / أوديسة
gpe:dnipro | Q48256 | Dnipro | دنيبرو / دنيبروبيتروفسك / دنيبرو بتروفسك
gpe:zaporizhzhia | Q157835 | Zaporizhzhia | زابوريجيا / زابوروجيا / زابوريجيه / زاباروجيا
gpe:kherson | | Kherson | خيرسون
gpe:mykolaiv | | Mykolaiv | ميكولايف / ميكولاييف / نيكولاييف / نيكولايف
gpe:lviv | | Lviv | لفيف / لفوف
gpe:donetsk | | Donetsk | دونيتسك / دونتسك
gpe:luhansk | | Luhansk | لوغانسك / لوهانسك / لوجانسك
gpe:mariupol | | Mariupol | ماريوبول
gpe:bakhmut | | Bakhmut | باخموت / أرتيوموفسك / أرتيموفسك
gpe:avdiivka | | Avdiivka | أفدييفكا / أفديفكا
gpe:pokrovsk | | Pokrovsk | بوكروفسك / كراسنوأرميسك
gpe:kramatorsk | | Kramatorsk | كراماتورسك
gpe:sloviansk | | Sloviansk | سلوفيانسك / سلافيانسك
gpe:sumy | | Sumy | سومي
gpe:chernihiv | | Chernihiv | تشيرنيهيف / تشيرنيغيف
gpe:poltava | | Poltava | بولتافا
gpe:vinnytsia | | Vinnytsia | فينيتسا / فينيتسيا
gpe:zhytomyr | | Zhytomyr | جيتومير
gpe:kryvyi-rih | | Kryvyi Rih | كريفي ريه / كريفوي روغ
gpe:khmelnytskyi | | Khmelnytskyi | خملنيتسكي / خميلنيتسكي
gpe:ivano-frankivsk | | Ivano-Frankivsk | إيفانو فرانكيفسك
gpe:uzhhorod | | Uzhhorod | أوجهورود
gpe:chernobyl | | Chernobyl | تشيرنوبيل / تشرنوبل / تشيرنوبل
gpe:melitopol | | Melitopol | ميليتوبول
gpe:berdiansk | | Berdiansk | بيرديانسك / بيرديانسك
gpe:sievierodonetsk | | Sievierodonetsk | سيفيرودونيتسك
gpe:lysychansk | | Lysychansk | ليسيتشانسك
gpe:toretsk | | Toretsk | توريتسك
gpe:chasiv-yar | | Chasiv Yar | تشاسيف يار
gpe:kupiansk | | Kupiansk | كوبيانسك
gpe:lyman | | Lyman | مدينة ليمان
gpe:izium | | Izium | إيزيوم
gpe:bucha | | Bucha | بوتشا
gpe:irpin | | Irpin | إيربين
gpe:crimea | | Crimea | القرم / شبه جزيرة القرم / جزيرة القرم / جمهورية القرم
gpe:sevastopol | | Sevastopol | سيفاستوبول / سيباستوبول / سيفاستوبل
gpe:simferopol | | Simferopol | سيمفروبول
gpe:kerch | | Kerch | كيرتش
gpe:yalta | | Yalta | يالطا
gpe:donetsk-oblast | | Donetsk Oblast | منطقة دونيتسك / مقاطعة دونيتسك / إقليم دونيتسك / جمهورية دونيتسك الشعبية
gpe:luhansk-oblast | | Luhansk Oblast | منطقة لوغانسك / مقاطعة لوغانسك / منطقة لوهانسك / جمهورية لوغانسك الشعبية
gpe:zaporizhzhia-oblast | | Zaporizhzhia Oblast | منطقة زابوريجيا / مقاطعة زابوريجيا
gpe:kherson-oblast | | Kherson Oblast | منطقة خيرسون / مقاطعة خيرسون
gpe:kharkiv-oblast | | Kharkiv Oblast | منطقة خاركيف / مقاطعة خاركيف
gpe:sumy-oblast | | Sumy Oblast | منطقة سومي / مقاطعة سومي
gpe:dnipropetrovsk-oblast | | Dnipropetrovsk Oblast | منطقة دنيبروبيتروفسك / مقاطعة دنيبروبيتروفسك
gpe:odesa-oblast | | Odesa Oblast | منطقة أوديسا / مقاطعة أوديسا
gpe:saint-petersburg | Q656 | Saint Petersburg | سانت بطرسبرغ / سان بطرسبرغ / بطرسبرغ / سانت بطرسبورغ / سان بطرسبورغ / بطرسبورغ / سانت بطرسبرج / سانت بيترسبرغ / لينينغراد
gpe:kursk | | Kursk | كورسك
gpe:belgorod | | Belgorod | بيلغورود / بلغورود / بيلجورود
gpe:bryansk | | Bryansk | بريانسك
gpe:rostov-on-don | Q908 | Rostov-on-Don | روستوف / روستوف على الدون / روستوف أون دون / روستوف نا دونو
gpe:voronezh | Q3426 | Voronezh | فورونيج / فورونيش
gpe:samara | Q894 | Samara | سامارا / سمارا
gpe:orenburg | | Orenburg | أورينبورغ / أورينبورج / أورنبورغ / أورنبورج
gpe:kazan | Q900 | Kazan | قازان / كازان
gpe:nizhny-novgorod | Q891 | Nizhny Novgorod | نيجني نوفغورود / نيجني نوفجورود
gpe:yekaterinburg | Q887 | Yekaterinburg | يكاترينبورغ / إيكاترينبورغ / يكاترينبرغ
gpe:novosibirsk | Q883 | Novosibirsk | نوفوسيبيرسك
gpe:chelyabinsk | Q906 | Chelyabinsk | تشيليابينسك / تشيليابنسك
gpe:omsk | Q898 | Omsk | أومسك
gpe:krasnodar | Q3646 | Krasnodar | كراسنودار
gpe:sochi | | Sochi | سوتشي
gpe:volgograd | Q914 | Volgograd | فولغوغراد / فولجوجراد / ستالينغراد
gpe:saratov | Q5332 | Saratov | ساراتوف
gpe:astrakhan | | Astrakhan | أستراخان
gpe:kaliningrad | | Kaliningrad | كالينينغراد / كالينينجراد
gpe:murmansk | | Murmansk | مورمانسك
gpe:arkhangelsk | | Arkhangelsk | أرخانغيلسك
gpe:vladivostok | | Vladivostok | فلاديفوستوك
gpe:khabarovsk | | Khabarovsk | خاباروفسك
gpe:irkutsk | | Irkutsk | إيركوتسك
gpe:krasnoyarsk | Q919 | Krasnoyarsk | كراسنويارسك
gpe:tula | | Tula | مدينة تولا
gpe:ryazan | | Ryazan | ريازان
gpe:smolensk | | Smolensk | سمولينسك / سمولنسك
gpe:ufa | Q911 | Ufa | أوفا
gpe:tyumen | Q5815 | Tyumen | تيومين
gpe:novorossiysk | | Novorossiysk | نوفوروسيسك
gpe:tver | | Tver | تفير
gpe:pskov | | Pskov | بسكوف
gpe:tolyatti | Q1341 | Tolyatti | توغلياتي
gpe:chechnya | | Chechnya | الشيشان / جمهورية الشيشان
gpe:grozny | | Grozny | غروزني
gpe:dagestan | | Dagestan | داغستان
gpe:makhachkala | Q5168 | Makhachkala | محج قلعة / محاج قلعة / ماخاتشكالا
gpe:tatarstan | | Tatarstan | تتارستان
gpe:bashkortostan | | Bashkortostan | باشكورتوستان / بشكيريا
gpe:ingushetia | | Ingushetia | إنغوشيا / أنغوشيا
gpe:north-ossetia | | North Ossetia | أوسيتيا الشمالية
gpe:kamchatka | | Kamchatka | كامتشاتكا
gpe:sakhalin | | Sakhalin | سخالين
gpe:kursk-oblast | | Kursk Oblast | منطقة كورسك / مقاطعة كورسك
gpe:belgorod-oblast | | Belgorod Oblast | منطقة بيلغورود / مقاطعة بيلغورود
gpe:bryansk-oblast | | Bryansk Oblast | منطقة بريانسك / مقاطعة بريانسك
gpe:rostov-oblast | | Rostov Oblast | منطقة روستوف / مقاطعة روستوف
gpe:krasnodar-krai | | Krasnodar Krai | إقليم كراسنودار / منطقة كراسنودار
gpe:moscow-oblast | | Moscow Oblast | منطقة موسكو / مقاطعة موسكو / ضواحي موسكو
gpe:abkhazia | | Abkhazia | أبخازيا
gpe:south-ossetia | | South Ossetia | أوسيتيا الجنوبية
gpe:transnistria | | Transnistria | ترانسنيستريا / بريدنيستروفيه
gpe:nagorno-karabakh | | Nagorno-Karabakh | ناغورنو كاراباخ / ناغورني قره باغ / قره باغ / كاراباخ / إقليم قره باغ
gpe:almaty | Q35493 | Almaty | ألماتي / ألما آتا
gpe:oral | | Oral | أورالسك
gpe:aktau | | Aktau | أكتاو
gpe:aktobe | | Aktobe | أكتوبي
gpe:atyrau | | Atyrau | أتيراو
gpe:shymkent | Q485496 | Shymkent | شيمكنت
gpe:karaganda | | Karaganda | كاراغاندا / قرغندي
gpe:baikonur | | Baikonur | بايكونور
gpe:samarkand | | Samarkand | سمرقند
gpe:bukhara | | Bukhara | مدينة بخارى
gpe:istanbul | Q406 | Istanbul | إسطنبول / إستانبول
gpe:izmir | | İzmir | إزمير / أزمير
gpe:antalya | Q6487 | Antalya | أنطاليا
gpe:bursa | Q40738 | Bursa | مدينة بورصة
gpe:adana | Q38545 | Adana | أضنة / أدنة
gpe:gaziantep | Q93338 | Gaziantep | غازي عنتاب / عنتاب
gpe:diyarbakir | Q83387 | Diyarbakır | ديار بكر / دياربكر
gpe:hatay | | Hatay | هاتاي / ولاية هاتاي
gpe:kahramanmaras | | Kahramanmaraş | كهرمان مرعش / مرعش
gpe:sanliurfa | Q133118 | Şanlıurfa | شانلي أورفا / أورفا / الرها
gpe:trabzon | Q45301 | Trabzon | طرابزون
gpe:konya | Q79857 | Konya | قونية
gpe:mersin | Q134291 | Mersin | مرسين
gpe:kilis | | Kilis | كلس
gpe:iskenderun | | İskenderun | الإسكندرونة / إسكندرون
gpe:malatya | | Malatya | ملاطية
gpe:eskisehir | Q168866 | Eskişehir | إسكي شهير
gpe:erzurum | Q122803 | Erzurum | أرضروم
gpe:mashhad | | Mashhad | مدينة مشهد
gpe:isfahan | Q42053 | Isfahan | أصفهان
gpe:shiraz | | Shiraz | شيراز
gpe:tabriz | | Tabriz | تبريز
gpe:qom | | Qom | مدينة قم
gpe:ahvaz | Q170366 | Ahvaz | الأهواز / أهواز
gpe:bandar-abbas | | Bandar Abbas | بندر عباس
gpe:natanz | | Natanz | نطنز
gpe:bushehr | | Bushehr | بوشهر
gpe:abadan | | Abadan | عبادان
gpe:kerman | | Kerman | مدينة كرمان / محافظة كرمان
gpe:kermanshah | Q180078 | Kermanshah | كرمانشاه
gpe:yazd | | Yazd | يزد
gpe:arak | | Arak | مدينة أراك
gpe:khuzestan | | Khuzestan | خوزستان / إقليم خوزستان
gpe:sistan-and-baluchestan | | Sistan and Baluchestan | سيستان وبلوشستان / سيستان وبلوتشستان
gpe:kharg-island | | Kharg Island | جزيرة خرج
gpe:kish-island | | Kish Island | جزيرة كيش
gpe:abu-musa | | Abu Musa | جزيرة أبو موسى
gpe:urmia | Q179665 | Urmia | أرومية
gpe:rasht | Q178373 | Rasht | رشت
gpe:chabahar | | Chabahar | تشابهار / جابهار
gpe:zahedan | | Zahedan | زاهدان
gpe:kandahar | | Kandahar | قندهار
gpe:herat | | Herat | هرات
gpe:mazar-i-sharif | | Mazar-i-Sharif | مزار شريف
gpe:jalalabad | | Jalalabad | جلال آباد
gpe:kunduz | | Kunduz | قندوز
gpe:karachi | Q8660 | Karachi | كراتشي
gpe:lahore | Q11739 | Lahore | لاهور
gpe:peshawar | Q1113311 | Peshawar | بيشاور
gpe:quetta | Q185458 | Quetta | كويتا
gpe:rawalpindi | Q93230 | Rawalpindi | راولبندي
gpe:faisalabad | Q173985 | Faisalabad | فيصل آباد
gpe:multan | Q185453 | Multan | ملتان
gpe:balochistan | | Balochistan | بلوشستان / إقليم بلوشستان
gpe:khyber-pakhtunkhwa | | Khyber Pakhtunkhwa | خيبر بختونخوا
gpe:gwadar | | Gwadar | جوادر / غوادر
gpe:mumbai | Q1156 | Mumbai | مومباي / بومباي
gpe:delhi | Q1353 | Delhi | دلهي
gpe:kolkata | Q1348 | Kolkata | كولكاتا / كلكتا
gpe:chennai | Q1352 | Chennai | تشيناي / شيناي / مدراس
gpe:bengaluru | Q1355 | Bengaluru | بنغالور / بنغالورو / بنجالور
gpe:ahmedabad | Q1070 | Ahmedabad | أحمد آباد
gpe:agra | Q42941 | Agra | أغرا
gpe:lucknow | Q47916 | Lucknow | لكناو
gpe:jaipur | Q66485 | Jaipur | جايبور
gpe:srinagar | Q170115 | Srinagar | سريناغار / سرينغار
gpe:amritsar | Q48403 | Amritsar | أمريتسار
gpe:kerala | | Kerala | كيرالا / ولاية كيرالا
gpe:gujarat | | Gujarat | غوجارات / ولاية غوجارات
gpe:uttar-pradesh | | Uttar Pradesh | أوتار براديش
gpe:goa | | Goa | ولاية غوا
gpe:pahalgam | | Pahalgam | باهالغام
gpe:chittagong | | Chittagong | شيتاغونغ
gpe:coxs-bazar | | Cox's Bazar | كوكس بازار
gpe:yangon | Q37995 | Yangon | يانغون / رنغون
gpe:mandalay | Q185518 | Mandalay | ماندالاي
gpe:rakhine | | Rakhine State | ولاية راخين / راخين / أراكان / إقليم أراكان
gpe:shanghai | Q8686 | Shanghai | شنغهاي / شانغهاي / شنغاي
gpe:guangzhou | Q16572 | Guangzhou | قوانغتشو / غوانزو / غوانغتشو
gpe:shenzhen | Q15174 | Shenzhen | شنتشن / شينزين / شنجن الصينية
gpe:wuhan | Q11746 | Wuhan | ووهان
gpe:tianjin | Q11736 | Tianjin | تيانجين
gpe:chongqing | Q11725 | Chongqing | تشونغتشينغ / تشونغ تشينغ
gpe:chengdu | Q30002 | Chengdu | تشنغدو / تشنجدو
gpe:nanjing | Q16666 | Nanjing | نانجينغ / نانكين
gpe:xian | Q5826 | Xi'an | شيان
gpe:hangzhou | Q4970 | Hangzhou | هانغتشو / هانغجو
gpe:urumqi | Q16959 | Ürümqi | أورومتشي / أورومكي
gpe:xinjiang | | Xinjiang | شينجيانغ / إقليم شينجيانغ / سنجان / تركستان الشرقية
gpe:tibet | | Tibet | التبت / التيبت
gpe:harbin | Q42956 | Harbin | مدينة هاربين
gpe:dalian | Q74881 | Dalian | داليان
gpe:qingdao | Q170322 | Qingdao | تشينغداو
gpe:xiamen | Q68744 | Xiamen | شيامن
gpe:lhasa | Q5869 | Lhasa | لاسا
gpe:shenyang | Q11720 | Shenyang | شنيانغ
gpe:inner-mongolia | | Inner Mongolia | منغوليا الداخلية
gpe:hainan | | Hainan | هاينان / جزيرة هاينان
gpe:fujian | | Fujian | فوجيان
gpe:guangdong | | Guangdong | قوانغدونغ / غوانغدونغ
gpe:osaka | Q35765 | Osaka | أوساكا
gpe:kyoto | Q34600 | Kyoto | كيوتو
gpe:hiroshima | Q34664 | Hiroshima | هيروشيما
gpe:nagasaki | | Nagasaki | ناغازاكي / ناجازاكي
gpe:okinawa | | Okinawa | أوكيناوا
gpe:yokohama | Q38283 | Yokohama | يوكوهاما
gpe:sapporo | Q37951 | Sapporo | سابورو / سابورو
gpe:nagoya | Q11751 | Nagoya | ناغويا
gpe:fukuoka | Q26600 | Fukuoka | فوكوكا / فوكوأوكا
gpe:fukushima | | Fukushima | فوكوشيما
gpe:busan | Q16520 | Busan | بوسان
gpe:incheon | Q20934 | Incheon | إنتشون / إنشيون
gpe:daegu | Q20927 | Daegu | دايغو
gpe:gwangju | Q41283 | Gwangju | غوانغجو
gpe:panmunjom | | Panmunjom | بانمونجوم
gpe:kaesong | | Kaesong | كايسونغ
gpe:kaohsiung | Q181557 | Kaohsiung | كاوشيونغ
gpe:taichung | Q245023 | Taichung | تايتشونغ
gpe:ho-chi-minh-city | Q1854 | Ho Chi Minh City | مدينة هو تشي منه / سايغون / سايجون
gpe:da-nang | Q25282 | Da Nang | دا نانغ
gpe:haiphong | Q72818 | Haiphong | هايفونغ
gpe:bali | | Bali | جزيرة بالي
gpe:surabaya | | Surabaya | سورابايا
gpe:bandung | | Bandung | باندونغ
gpe:aceh | | Aceh | آتشيه / إقليم آتشيه
gpe:mindanao | | Mindanao | مينداناو / ميندناو
gpe:davao | Q1473 | Davao City | دافاو / مدينة دافاو
gpe:cebu | Q1467 | Cebu City | سيبو
gpe:penang | | Penang | بينانغ
gpe:johor | | Johor | جوهور
gpe:chiang-mai | Q52028 | Chiang Mai | شيانغ ماي / تشيانغ ماي
gpe:phuket | | Phuket | بوكيت
gpe:pattaya | | Pattaya | باتايا
gpe:new-york | Q60 | New York City | نيويورك / نيو يورك / مدينة نيويورك
gpe:los-angeles | Q65 | Los Angeles | لوس أنجلوس / لوس أنجليس
gpe:chicago | Q1297 | Chicago | شيكاغو / شيكاجو
gpe:houston | Q16555 | Houston | هيوستن / هيوستون
gpe:phoenix | Q16556 | Phoenix | فينيكس
gpe:philadelphia | Q1345 | Philadelphia | فيلادلفيا
gpe:san-antonio | Q975 | San Antonio | سان أنطونيو
gpe:san-diego | Q16552 | San Diego | سان دييغو / سان دييجو
gpe:dallas | Q16557 | Dallas | دالاس
gpe:jacksonville | Q16568 | Jacksonville | جاكسونفيل
gpe:fort-worth | Q16558 | Fort Worth | فورت وورث
gpe:indianapolis | Q6346 | Indianapolis | إنديانابوليس
gpe:san-francisco | Q62 | San Francisco | سان فرانسيسكو
gpe:seattle | Q5083 | Seattle | سياتل
gpe:denver | Q16554 | Denver | دنفر
gpe:boston | Q100 | Boston | بوسطن
gpe:el-paso | Q16562 | El Paso | إل باسو
gpe:nashville | Q23197 | Nashville | ناشفيل
gpe:oklahoma-city | Q34863 | Oklahoma City | أوكلاهوما سيتي
gpe:las-vegas | | Las Vegas | لاس فيغاس / لاس فيجاس
gpe:detroit | | Detroit | ديترويت
gpe:portland | | Portland | بورتلاند
gpe:memphis | | Memphis | مدينة ممفيس
gpe:baltimore | | Baltimore | بالتيمور
gpe:milwaukee | | Milwaukee | ميلووكي
gpe:atlanta | | Atlanta | أتلانتا
gpe:miami | | Miami | ميامي
gpe:west-palm-beach | | West Palm Beach | ويست بالم بيتش
gpe:palm-beach | | Palm Beach | بالم بيتش
gpe:anchorage | | Anchorage | أنكوريج / أنكوراج
gpe:juneau | | Juneau | جونو
gpe:fairbanks | | Fairbanks | فيربانكس
gpe:honolulu | | Honolulu | هونولولو
gpe:new-orleans | | New Orleans | نيو أورليانز / نيو أورلينز
gpe:pittsburgh | | Pittsburgh | بيتسبرغ / بيتسبيرغ
gpe:cleveland | | Cleveland | كليفلاند
gpe:minneapolis | | Minneapolis | مينيابوليس
gpe:st-louis | | St. Louis | سانت لويس
gpe:kansas-city | | Kansas City | كانساس سيتي
gpe:tampa | | Tampa | تامبا
gpe:salt-lake-city | | Salt Lake City | سولت ليك سيتي
gpe:sacramento | | Sacramento | ساكرامنتو
gpe:newark | | Newark | نيوارك
gpe:annapolis | | Annapolis | أنابوليس
gpe:manhattan | | Manhattan | مانهاتن
gpe:brooklyn | | Brooklyn | بروكلين
gpe:hollywood | | Hollywood | هوليوود
gpe:alabama | Q173 | Alabama | ألاباما
gpe:alaska | Q797 | Alaska | ألاسكا / ولاية ألاسكا
gpe:arizona | Q816 | Arizona | أريزونا
gpe:arkansas | Q1612 | Arkansas | أركنساس
gpe:california | Q99 | California | كاليفورنيا
gpe:colorado | Q1261 | Colorado | كولورادو
gpe:connecticut | Q779 | Connecticut | كونيتيكت
gpe:delaware | Q1393 | Delaware | ديلاوير
gpe:florida | Q812 | Florida | فلوريدا / ولاية فلوريدا
gpe:georgia-us | Q1428 | Georgia (U.S. state) | ولاية جورجيا / جورجيا الأمريكية / جورجيا الأميركية
gpe:hawaii | Q782 | Hawaii | هاواي
gpe:idaho | | Idaho | أيداهو / آيداهو
gpe:illinois | Q1204 | Illinois | إلينوي / إلينوى
gpe:indiana | Q1415 | Indiana | إنديانا
gpe:iowa | Q1546 | Iowa | ولاية أيوا
gpe:kansas | Q1558 | Kansas | كانساس
gpe:kentucky | Q1603 | Kentucky | كنتاكي
gpe:louisiana | Q1588 | Louisiana | لويزيانا
gpe:maine | Q724 | Maine | ولاية مين
gpe:maryland | Q1391 | Maryland | ماريلاند / ميريلاند
gpe:massachusetts | Q771 | Massachusetts | ماساتشوستس
gpe:michigan | Q1166 | Michigan | ميشيغان
gpe:minnesota | Q1527 | Minnesota | مينيسوتا
gpe:mississippi | Q1494 | Mississippi | ولاية ميسيسيبي / ميسيسيبي
gpe:missouri | Q1581 | Missouri | ميزوري
gpe:montana | Q1212 | Montana | مونتانا
gpe:nebraska | Q1553 | Nebraska | نبراسكا
gpe:nevada | Q1227 | Nevada | نيفادا
gpe:new-hampshire | Q759 | New Hampshire | نيوهامبشير / نيو هامبشير
gpe:new-jersey | Q1408 | New Jersey | نيوجيرسي / نيو جيرسي
gpe:new-mexico | Q1522 | New Mexico | نيو مكسيكو / نيومكسيكو
gpe:new-york-state | Q1384 | New York (state) | ولاية نيويورك
gpe:north-carolina | Q1454 | North Carolina | كارولاينا الشمالية / نورث كارولاينا
gpe:north-dakota | Q1207 | North Dakota | داكوتا الشمالية / نورث داكوتا
gpe:ohio | Q1397 | Ohio | أوهايو
gpe:oklahoma | Q1649 | Oklahoma | أوكلاهوما
gpe:oregon | Q824 | Oregon | أوريغون / أوريجون
gpe:pennsylvania | Q1400 | Pennsylvania | بنسلفانيا
gpe:rhode-island | Q1387 | Rhode Island | رود آيلاند
gpe:south-carolina | Q1456 | South Carolina | كارولاينا الجنوبية / ساوث كارولاينا
gpe:south-dakota | Q1211 | South Dakota | داكوتا الجنوبية / ساوث داكوتا
gpe:tennessee | Q1509 | Tennessee | تينيسي / تينسي
gpe:texas | Q1439 | Texas | تكساس / ولاية تكساس
gpe:utah | Q829 | Utah | يوتا
gpe:vermont | Q16551 | Vermont | فيرمونت
gpe:virginia | Q1370 | Virginia | فرجينيا / فيرجينيا
gpe:washington-state | Q1223 | Washington (state) | ولاية واشنطن
gpe:west-virginia | Q1371 | West Virginia | فرجينيا الغربية / فيرجينيا الغربية / ويست فرجينيا
gpe:wisconsin | Q1537 | Wisconsin | ويسكونسن
gpe:wyoming | Q1214 | Wyoming | وايومنغ
gpe:toronto | Q172 | Toronto | تورونتو / تورنتو
gpe:montreal | Q340 | Montreal | مونتريال
gpe:vancouver | Q24639 | Vancouver | فانكوفر
gpe:calgary | Q36312 | Calgary | كالغاري
gpe:edmonton | Q2096 | Edmonton | إدمونتون
gpe:winnipeg | Q2135 | Winnipeg | وينيبيغ
gpe:quebec | | Quebec | كيبيك / كيبك
gpe:ontario | | Ontario | أونتاريو
gpe:british-columbia | | British Columbia | كولومبيا البريطانية
gpe:alberta | | Alberta | ألبرتا
gpe:guadalajara | Q9022 | Guadalajara | غوادالاخارا
gpe:monterrey | Q81033 | Monterrey | مونتيري
gpe:tijuana | Q124739 | Tijuana | تيخوانا
gpe:cancun | Q8969 | Cancún | كانكون
gpe:acapulco | Q81398 | Acapulco | أكابولكو
gpe:ciudad-juarez | Q26590 | Ciudad Juárez | سيوداد خواريز
gpe:sinaloa | | Sinaloa | سينالوا
gpe:rio-de-janeiro | Q8678 | Rio de Janeiro | ريو دي جانيرو / ريودي جانيرو
gpe:sao-paulo | Q174 | São Paulo | ساو باولو
gpe:manaus | Q40236 | Manaus | ماناوس
gpe:medellin | Q48278 | Medellín | ميديلين
gpe:guayaquil | Q43509 | Guayaquil | غواياكيل
gpe:cordoba-argentina | Q44210 | Córdoba (Argentina) | كوردوبا
gpe:maracaibo | Q171632 | Maracaibo | ماراكايبو
gpe:valparaiso | | Valparaíso | فالبارايسو
gpe:hamburg | Q1055 | Hamburg | هامبورغ / هامبورج
gpe:munich | Q1726 | Munich | ميونخ / ميونيخ
gpe:frankfurt | Q1794 | Frankfurt | فرانكفورت
gpe:stuttgart | | Stuttgart | شتوتغارت / شتوتجارت
gpe:dusseldorf | | Düsseldorf | دوسلدورف
gpe:bonn | | Bonn | مدينة بون
gpe:dresden | | Dresden | دريسدن
gpe:leipzig | | Leipzig | لايبزيغ / لايبزيج
gpe:bremen | Q1209 | Bremen | بريمن
gpe:hanover | | Hanover | هانوفر
gpe:nuremberg | | Nuremberg | نورنبرغ
gpe:marseille | Q23482 | Marseille | مرسيليا
gpe:nice | | Nice | مدينة نيس
gpe:strasbourg | | Strasbourg | ستراسبورغ / ستراسبورج
gpe:toulouse | | Toulouse | تولوز
gpe:bordeaux | | Bordeaux | بوردو
gpe:calais | | Calais | كاليه
gpe:versailles | | Versailles | فرساي
gpe:corsica | | Corsica | كورسيكا
gpe:manchester | | Manchester | مانشستر
gpe:liverpool | | Liverpool | ليفربول
gpe:birmingham | Q2256 | Birmingham | برمنغهام / برمنجهام
gpe:glasgow | | Glasgow | غلاسكو / جلاسكو
gpe:edinburgh | | Edinburgh | إدنبرة / أدنبرة
gpe:belfast | | Belfast | بلفاست
gpe:cardiff | | Cardiff | كارديف
gpe:oxford | | Oxford | أكسفورد
gpe:cambridge | | Cambridge | كامبريدج
gpe:leeds | Q39121 | Leeds | ليدز
gpe:scotland | | Scotland | اسكتلندا / إسكتلندا
gpe:england | | England | إنجلترا / إنكلترا
gpe:wales | | Wales | ويلز
gpe:northern-ireland | | Northern Ireland | أيرلندا الشمالية / إيرلندا الشمالية
gpe:milan | Q490 | Milan | ميلانو
gpe:naples | Q2634 | Naples | نابولي
gpe:venice | | Venice | فينيسيا / البندقية الإيطالية
gpe:florence | | Florence | فلورنسا
gpe:turin | Q495 | Turin | تورينو
gpe:genoa | | Genoa | جنوة
gpe:palermo | | Palermo | باليرمو
gpe:sicily | | Sicily | صقلية / جزيرة صقلية
gpe:sardinia | | Sardinia | سردينيا / جزيرة سردينيا
gpe:lampedusa | | Lampedusa | لامبيدوزا / جزيرة لامبيدوزا
gpe:barcelona | Q1492 | Barcelona | برشلونة
gpe:valencia | Q54880 | Valencia | فالنسيا / بلنسية
gpe:seville | | Seville | إشبيلية
gpe:granada | | Granada | غرناطة
gpe:cordoba-spain | | Córdoba (Spain) | قرطبة
gpe:malaga | | Málaga | مالقة / ملقة / مالاغا
gpe:bilbao | | Bilbao | بلباو
gpe:catalonia | | Catalonia | كتالونيا / كاتالونيا / إقليم كتالونيا
gpe:basque-country | | Basque Country | إقليم الباسك / بلاد الباسك
gpe:ceuta | | Ceuta | سبتة / سبتة المحتلة
gpe:melilla | | Melilla | مليلية / مليلية المحتلة
gpe:porto | | Porto | بورتو
gpe:rotterdam | Q34370 | Rotterdam | روتردام
gpe:the-hague | | The Hague | لاهاي
gpe:antwerp | | Antwerp | أنتويرب / أنفرس
gpe:geneva | | Geneva | جنيف
gpe:zurich | | Zurich | زيورخ
gpe:basel | | Basel | بازل
gpe:davos | | Davos | دافوس
gpe:lausanne | | Lausanne | لوزان
gpe:salzburg | | Salzburg | سالزبورغ
gpe:krakow | Q31487 | Kraków | كراكوف
gpe:gdansk | | Gdańsk | غدانسك
gpe:wroclaw | Q1799 | Wrocław | فروتسواف
gpe:lodz | Q580 | Łódź | لودز
gpe:rzeszow | | Rzeszów | جيشوف / رجيشوف
gpe:thessaloniki | | Thessaloniki | سالونيك / تسالونيكي
gpe:crete | | Crete | كريت / جزيرة كريت
gpe:rhodes | | Rhodes | جزيرة رودس
gpe:lesbos | | Lesbos | ليسبوس / جزيرة ليسبوس
gpe:gothenburg | | Gothenburg | غوتنبرغ / يوتبوري
gpe:malmo | | Malmö | مالمو
gpe:bergen | | Bergen | بيرغن
gpe:mostar | | Mostar | موستار
gpe:srebrenica | | Srebrenica | سريبرنيتسا / سربرنيتسا
gpe:banja-luka | | Banja Luka | بانيا لوكا
gpe:narva | | Narva | نارفا
gpe:sydney | Q3130 | Sydney | سيدني
gpe:melbourne | Q3141 | Melbourne | ملبورن
gpe:brisbane | Q34932 | Brisbane | بريسبان / بريزبن
gpe:perth | Q3183 | Perth | بيرث
gpe:adelaide | Q5112 | Adelaide | أديلايد
gpe:auckland | Q37100 | Auckland | أوكلاند
loc:middle-east | Q7204 | Middle East | الشرق الأوسط / منطقة الشرق الأوسط
loc:arctic | | Arctic | القطب الشمالي / المنطقة القطبية الشمالية / منطقة القطب الشمالي
loc:south-pole | | South Pole | القطب الجنوبي
loc:arabian-gulf | | Persian Gulf | الخليج العربي / الخليج الفارسي
loc:red-sea | | Red Sea | البحر الأحمر
loc:black-sea | | Black Sea | البحر الأسود
loc:mediterranean | | Mediterranean Sea | البحر المتوسط / البحر الأبيض المتوسط
loc:eastern-mediterranean | | Eastern Mediterranean | شرق المتوسط / شرق البحر المتوسط / شرق البحر الأبيض المتوسط
loc:caspian-sea | | Caspian Sea | بحر قزوين
loc:arabian-sea | | Arabian Sea | بحر العرب
loc:baltic-sea | | Baltic Sea | بحر البلطيق / البلطيق
loc:north-sea | | North Sea | بحر الشمال
loc:south-china-sea | | South China Sea | بحر الصين الجنوبي
loc:east-china-sea | | East China Sea | بحر الصين الشرقي
loc:sea-of-japan | | Sea of Japan | بحر اليابان
loc:sea-of-azov | | Sea of Azov | بحر آزوف
loc:aegean-sea | | Aegean Sea | بحر إيجه
loc:caribbean-sea | | Caribbean Sea | البحر الكاريبي / بحر الكاريبي
loc:atlantic-ocean | Q97 | Atlantic Ocean | المحيط الأطلسي / المحيط الأطلنطي
loc:pacific-ocean | Q98 | Pacific Ocean | المحيط الهادئ / المحيط الهادي / المحيط الباسيفيكي
loc:indian-ocean | | Indian Ocean | المحيط الهندي
loc:arctic-ocean | | Arctic Ocean | المحيط المتجمد الشمالي
loc:strait-of-hormuz | | Strait of Hormuz | مضيق هرمز
loc:bab-el-mandeb | | Bab-el-Mandeb | باب المندب / مضيق باب المندب
loc:taiwan-strait | | Taiwan Strait | مضيق تايوان
loc:bosphorus | | Bosphorus | مضيق البوسفور / البوسفور
loc:dardanelles | | Dardanelles | الدردنيل / مضيق الدردنيل
loc:kerch-strait | | Kerch Strait | مضيق كيرتش
loc:strait-of-gibraltar | | Strait of Gibraltar | مضيق جبل طارق
loc:strait-of-malacca | | Strait of Malacca | مضيق ملقا
loc:gulf-of-aden | | Gulf of Aden | خليج عدن
loc:gulf-of-oman | | Gulf of Oman | خليج عمان
loc:gulf-of-mexico | | Gulf of Mexico | خليج المكسيك / خليج أمريكا / خليج أميركا
loc:gulf-of-aqaba | | Gulf of Aqaba | خليج العقبة
loc:gulf-of-suez | | Gulf of Suez | خليج السويس
loc:english-channel | | English Channel | بحر المانش / القنال الإنجليزي
loc:nile | | Nile | نهر النيل / النيل
loc:blue-nile | | Blue Nile | النيل الأزرق
loc:white-nile | | White Nile | النيل الأبيض
loc:euphrates | | Euphrates | نهر الفرات / الفرات
loc:tigris | | Tigris | نهر دجلة / دجلة
loc:jordan-river | | Jordan River | نهر الأردن
loc:dnieper | | Dnieper | نهر دنيبر / نهر الدنيبر / دنيبر
loc:rhine | | Rhine | نهر الراين
loc:danube | | Danube | نهر الدانوب / الدانوب
loc:litani | | Litani River | نهر الليطاني / الليطاني
loc:amazon | | Amazon | الأمازون / نهر الأمازون / غابات الأمازون
loc:volga | | Volga | نهر الفولغا / الفولغا
loc:mississippi-river | | Mississippi River | نهر المسيسيبي / نهر ميسيسيبي
loc:alps | | Alps | جبال الألب / الألب
loc:urals | | Ural Mountains | جبال الأورال / الأورال
loc:himalayas | | Himalayas | جبال الهيمالايا / الهيمالايا / الهملايا
loc:andes | | Andes | جبال الأنديز
loc:atlas-mountains | | Atlas Mountains | جبال الأطلس
loc:caucasus | | Caucasus | القوقاز / منطقة القوقاز / جبال القوقاز
loc:balkans | | Balkans | البلقان / منطقة البلقان
loc:sahel | | Sahel | منطقة الساحل / الساحل الأفريقي / منطقة الساحل الأفريقي
loc:maghreb | | Maghreb | المغرب العربي / المغرب الكبير / منطقة المغرب العربي
loc:mashriq | | Mashriq | المشرق العربي
loc:levant | | Levant | الشام / بلاد الشام
loc:arabian-peninsula | | Arabian Peninsula | شبه الجزيرة العربية / الجزيرة العربية
loc:korean-peninsula | | Korean Peninsula | شبه الجزيرة الكورية
loc:sinai | | Sinai Peninsula | سيناء / شبه جزيرة سيناء
loc:horn-of-africa | | Horn of Africa | القرن الأفريقي / منطقة القرن الأفريقي
loc:sahara | | Sahara | الصحراء الكبرى / الصحراء الأفريقية الكبرى
loc:far-east | | Far East | الشرق الأقصى
loc:eurasia | | Eurasia | أوراسيا
loc:scandinavia | | Scandinavia | الدول الاسكندنافية / اسكندنافيا
loc:siberia | | Siberia | سيبيريا
loc:donbas | | Donbas | دونباس / الدونباس / حوض دونباس / إقليم دونباس
loc:dead-sea | | Dead Sea | البحر الميت
loc:sea-of-galilee | | Sea of Galilee | بحيرة طبريا
loc:golan-heights | | Golan Heights | الجولان / هضبة الجولان / مرتفعات الجولان / الجولان السوري المحتل
loc:jordan-valley | | Jordan Valley | غور الأردن / وادي الأردن
loc:negev | | Negev | النقب / صحراء النقب
loc:galilee | | Galilee | منطقة الجليل / الجليل الأعلى / الجليل الغربي
loc:gaza-envelope | | Gaza Envelope | غلاف غزة
loc:philadelphi-corridor | | Philadelphi Corridor | محور فيلادلفيا
loc:netzarim-corridor | | Netzarim Corridor | محور نتساريم / ممر نتساريم
loc:bekaa | | Beqaa Valley | البقاع / سهل البقاع
loc:south-lebanon | | South Lebanon | جنوب لبنان
loc:darfur | | Darfur | دارفور / إقليم دارفور
loc:kordofan | | Kordofan | كردفان / إقليم كردفان
loc:fezzan | | Fezzan | فزان / إقليم فزان
loc:cyrenaica | | Cyrenaica | برقة / إقليم برقة
loc:kashmir | | Kashmir | كشمير / إقليم كشمير / جامو وكشمير
loc:punjab | | Punjab | البنجاب / إقليم البنجاب
loc:ghouta | | Ghouta | الغوطة / الغوطة الشرقية / الغوطة الغربية
loc:andalusia | | Andalusia | الأندلس
loc:normandy | | Normandy | النورماندي / نورماندي
loc:silicon-valley | | Silicon Valley | وادي السيليكون
loc:fertile-crescent | | Fertile Crescent | الهلال الخصيب
loc:mesopotamia | | Mesopotamia | بلاد الرافدين / بلاد ما بين النهرين
loc:anatolia | | Anatolia | الأناضول
loc:indian-subcontinent | | Indian subcontinent | شبه القارة الهندية
loc:persian-gulf-region | | Gulf region | منطقة الخليج / منطقة الخليج العربي / دول الخليج
fac:elmendorf-richardson | | Joint Base Elmendorf-Richardson | قاعدة إلمندورف-ريتشاردسون / إلمندورف-ريتشاردسون / القاعدة المشتركة إلمندورف-ريتشاردسون / قاعدة إلمندورف ريتشاردسون المشتركة / قاعدة إلمندورف
fac:red-square | | Red Square | الميدان الأحمر / الساحة الحمراء
fac:great-hall-of-the-people | | Great Hall of the People | قاعة الشعب الكبرى
fac:karachaganak-field | | Karachaganak Field | حقل كاراشاجاناك / كاراشاجاناك / كاراتشاغاناك / حقل كاراتشاغاناك / كاراتشاجاناك
fac:king-khalid-airport | | King Khalid International Airport | مطار الملك خالد الدولي / مطار الملك خالد
fac:king-abdulaziz-airport | | King Abdulaziz International Airport | مطار الملك عبدالعزيز الدولي / مطار الملك عبد العزيز الدولي
fac:king-fahd-airport | | King Fahd International Airport | مطار الملك فهد الدولي
fac:dubai-airport | | Dubai International Airport | مطار دبي الدولي
fac:hamad-airport | | Hamad International Airport | مطار حمد الدولي
fac:cairo-airport | | Cairo International Airport | مطار القاهرة الدولي
fac:ben-gurion-airport | | Ben Gurion Airport | مطار بن غوريون / مطار بن جوريون / مطار اللد
fac:beirut-airport | | Beirut–Rafic Hariri International Airport | مطار رفيق الحريري الدولي / مطار بيروت الدولي / مطار بيروت
fac:damascus-airport | | Damascus International Airport | مطار دمشق الدولي
fac:baghdad-airport | | Baghdad International Airport | مطار بغداد الدولي
fac:kabul-airport | | Kabul International Airport | مطار حامد كرزاي الدولي / مطار كابل
fac:mitiga-airport | | Mitiga International Airport | مطار معيتيقة / مطار معيتيقة الدولي
fac:sanaa-airport | | Sanaa International Airport | مطار صنعاء الدولي / مطار صنعاء
fac:sheremetyevo | | Sheremetyevo Airport | مطار شيريميتيفو
fac:vnukovo | | Vnukovo Airport | مطار فنوكوفو
fac:jfk-airport | | John F. Kennedy International Airport | مطار جون إف كينيدي / مطار جون كينيدي
fac:heathrow | | Heathrow Airport | مطار هيثرو
fac:al-aqsa-mosque | | Al-Aqsa Mosque | المسجد الأقصى / الحرم القدسي / الحرم القدسي الشريف
fac:dome-of-the-rock | | Dome of the Rock | قبة الصخرة / مسجد قبة الصخرة
fac:holy-sepulchre | | Church of the Holy Sepulchre | كنيسة القيامة
fac:masjid-al-haram | | Masjid al-Haram | المسجد الحرام / الحرم المكي
fac:prophets-mosque | | Prophet's Mosque | المسجد النبوي / الحرم النبوي
fac:kaaba | | Kaaba | الكعبة / الكعبة المشرفة
fac:rafah-crossing | | Rafah Border Crossing | معبر رفح
fac:kerem-shalom | | Kerem Shalom Crossing | معبر كرم أبو سالم / معبر كيرم شالوم
fac:erez-crossing | | Erez Crossing | معبر بيت حانون / معبر إيريز / حاجز إيرز
fac:allenby-bridge | | Allenby Bridge | جسر الملك حسين / معبر الكرامة / جسر اللنبي
fac:suez-canal | | Suez Canal | قناة السويس
fac:panama-canal | | Panama Canal | قناة بنما
fac:crimean-bridge | | Crimean Bridge | جسر القرم / جسر كيرتش
fac:zaporizhzhia-npp | | Zaporizhzhia Nuclear Power Plant | محطة زابوريجيا للطاقة النووية / محطة زابوريجيا النووية
fac:bushehr-npp | | Bushehr Nuclear Power Plant | محطة بوشهر النووية / مفاعل بوشهر
fac:natanz-facility | | Natanz nuclear facility | منشأة نطنز / منشأة نطنز النووية
fac:fordow | | Fordow Fuel Enrichment Plant | منشأة فوردو / فوردو
fac:guantanamo | | Guantanamo Bay detention camp | معتقل غوانتانامو / غوانتانامو / سجن غوانتانامو / قاعدة غوانتانامو
fac:camp-david | | Camp David | كامب ديفيد / منتجع كامب ديفيد
fac:mar-a-lago | | Mar-a-Lago | مار إيه لاغو / مار-إيه-لاغو / مارالاغو / منتجع مار إيه لاغو
fac:ramstein | | Ramstein Air Base | قاعدة رامشتاين / رامشتاين
fac:incirlik | | Incirlik Air Base | قاعدة إنجرليك / إنجرليك / إنجيرليك
fac:bagram | | Bagram Airfield | قاعدة باغرام / باغرام
fac:hmeimim | | Khmeimim Air Base | قاعدة حميميم / حميميم
fac:al-udeid | | Al Udeid Air Base | قاعدة العديد / قاعدة العديد الجوية
fac:ain-al-asad | | Al Asad Airbase | قاعدة عين الأسد
fac:diego-garcia | | Diego Garcia base | قاعدة دييغو غارسيا / دييغو غارسيا
fac:tahrir-square | | Tahrir Square | ميدان التحرير
fac:tiananmen-square | | Tiananmen Square | ساحة تيانانمن / ميدان تيانانمن
fac:palais-des-nations | | Palace of Nations | قصر الأمم
fac:king-fahd-causeway | | King Fahd Causeway | جسر الملك فهد
fac:jebel-ali-port | | Port of Jebel Ali | ميناء جبل علي
fac:hodeidah-port | | Port of Hodeidah | ميناء الحديدة
fac:beirut-port | | Port of Beirut | مرفأ بيروت / ميناء بيروت
fac:gerd | | Grand Ethiopian Renaissance Dam | سد النهضة / سد النهضة الإثيوبي / سد الألفية
fac:aswan-high-dam | | Aswan High Dam | السد العالي / سد أسوان
fac:al-shifa-hospital | | Al-Shifa Hospital | مجمع الشفاء الطبي / مستشفى الشفاء
fac:al-ahli-hospital | | Al-Ahli Arab Hospital | المستشفى الأهلي العربي / المستشفى المعمداني
fac:nasser-medical-complex | | Nasser Medical Complex | مجمع ناصر الطبي
"""

# CLDR spellings never to use, with the reason (keys: territory code or time-zone id).
CLDR_REJECT: dict[str, str] = {
    "BJ": "بنين also means 'sons'",
    "BZ": "بليز: the footballer Blaise (Matuidi), 'please'; Belize is دولة بليز",
    "America/Belize": "بليز (Belize City): see BZ",
    "Africa/Accra": "أكرا: ب+أكرا reads باكرا 'early'; Accra is مدينة أكرا",
    "Africa/Ceuta": "سيتا is the company SITA; Ceuta is سبتة",
    "ML": "مالي also means 'financial' / 'my money'",
    "Europe/Samara": "سمراء means 'brunette'; Samara is سامارا",
    "America/Nome": "نوم means 'sleep'",
    "America/North_Dakota/Center": "سنتر 'center'",
    "Pacific/Truk": "ترك 'left (verb)' / Turks",
    "Pacific/Wake": "واك",
    "Pacific/Easter": "استر 'cover' / Esther",
    "Pacific/Kanton": "كانتون: Swiss canton / Guangzhou",
    "Atlantic/Canary": "كناري is the bird; the islands are جزر الكناري",
    "America/Belem": "بلم",
    "America/Thule": "ثيل",
    "America/Juneau": "جوني is the name Johnny; Juneau is جونو",
    "America/Regina": "ريجينا is a person name",
    "America/Boise": "بويس is a person name",
    "America/Merida": "ميريدا: Mexico, Venezuela and Spain",
    "Australia/Darwin": "دارون: Darwin the person",
    "Australia/Perth": "برثا 'Bertha'; Perth is بيرث",
    "Asia/Makassar": "ماكسار is the satellite-imagery company Maxar",
    "Asia/Dili": "ديلي 'Daily' (ديلي ميل، ديلي تلغراف); Dili is مدينة ديلي",
    "Indian/Mahe": "ماهي reads as ما هي 'what is'",
    "Africa/El_Aaiun": "العيون means 'the eyes'",
    "Asia/Oral": "أورال is the Urals; Oral is أورالسك",
    "Pacific/Norfolk": "نورفولك: Norfolk (Virginia / England) vs the island",
    "America/St_Johns": "سانت جونس (Newfoundland) is too close to سانت جونز (Antigua)",
    "America/Indiana/Petersburg": "بيترسبرغ would read as Saint Petersburg",
    "Asia/Saigon": "مدينة هو تشي منة: ة-final variant of the city's hand-written name",
    "Asia/Amman": "عمّان normalises to عمان, which is Oman",
    "Indian/Christmas": "كريسماس means 'Christmas'; the island is جزيرة كريسماس",
    "Atlantic/Stanley": "استانلي is a person name",
}
# Small places whose CLDR spellings are unusual in news (several are plain mistransliterations).
CLDR_MINOR = frozenset(
    (
        "America/Adak",
        "America/Araguaina",
        "America/Bahia_Banderas",
        "America/Blanc-Sablon",
        "America/Cambridge_Bay",
        "America/Catamarca",
        "America/Coral_Harbour",
        "America/Creston",
        "America/Cuiaba",
        "America/Danmarkshavn",
        "America/Dawson",
        "America/Dawson_Creek",
        "America/Eirunepe",
        "America/Fort_Nelson",
        "America/Glace_Bay",
        "America/Godthab",
        "America/Goose_Bay",
        "America/Grand_Turk",
        "America/Inuvik",
        "America/Iqaluit",
        "America/Jujuy",
        "America/Lower_Princes",
        "America/Maceio",
        "America/Matamoros",
        "America/Menominee",
        "America/Metlakatla",
        "America/Miquelon",
        "America/Moncton",
        "America/Noronha",
        "America/Ojinaga",
        "America/Rankin_Inlet",
        "America/Resolute",
        "America/Santarem",
        "America/Scoresbysund",
        "America/Sitka",
        "America/Swift_Current",
        "America/Whitehorse",
        "America/Yakutat",
        "Asia/Hovd",
        "Asia/Khandyga",
        "Asia/Kuching",
        "Asia/Magadan",
        "Asia/Srednekolymsk",
        "Asia/Ust-Nera",
        "Australia/Broken_Hill",
        "Australia/Eucla",
        "Australia/Lindeman",
        "Australia/Lord_Howe",
        "Europe/Busingen",
        "Pacific/Chatham",
        "Pacific/Enderbury",
        "Pacific/Ponape",
        "Pacific/Wallis",
    )
)
# Whole groups of exemplar cities left out: research stations, small North American and Argentine
# towns whose CLDR spellings are unusual in news.
CLDR_REJECT_PREFIXES = (
    "Etc/",
    "Antarctica/",
    "America/Indiana/",
    "America/Kentucky/",
    "America/North_Dakota/",
    "America/Argentina/",
)

# Time-zone exemplar cities whose hand-written entry has another slug (the rest match by slug).
TZ_TO_ID = {
    "Asia/Calcutta": "gpe:kolkata",
    "Asia/Rangoon": "gpe:yangon",
    "Europe/Kiev": "gpe:kyiv",
    "Asia/Katmandu": "gpe:kathmandu",
    "Asia/Hong_Kong": "gpe:hong-kong",
    "Asia/Kuwait": "gpe:kuwait-city",
    "Pacific/Tarawa": "gpe:south-tarawa",
    "Asia/Gaza": "gpe:gaza",
    "Europe/Luxembourg": "gpe:luxembourg-city",
    "America/Mexico_City": "gpe:mexico-city",
    "America/Panama": "gpe:panama-city",
    "America/Anchorage": "gpe:anchorage",
    "America/Guatemala": "gpe:guatemala-city",
    "Africa/Djibouti": "gpe:djibouti-city",
    "Europe/Rome": "gpe:rome",
    "Europe/San_Marino": "gpe:san-marino-city",
    "America/Cordoba": "gpe:cordoba-argentina",
    "Asia/Bahrain": "gpe:manama",
    "Asia/Qatar": "gpe:doha",
    "Asia/Brunei": "gpe:bandar-seri-begawan",
    "America/Belize": "gpe:belmopan",
    "Europe/Vatican": "gpe:vatican-city",
    "Asia/Singapore": "gpe:singapore",
    "Europe/Monaco": "gpe:monaco",
    "Asia/Ulaanbaatar": "gpe:ulaanbaatar",
    "Asia/Urumqi": "gpe:urumqi",
    "Europe/Volgograd": "gpe:volgograd",
    "America/Los_Angeles": "gpe:los-angeles",
    "America/New_York": "gpe:new-york",
    "Europe/Zurich": "gpe:zurich",
    "Africa/Mogadishu": "gpe:mogadishu",
    "Asia/Yekaterinburg": "gpe:yekaterinburg",
    "Asia/Tbilisi": "gpe:tbilisi",
    "America/Antigua": "gpe:antigua-and-barbuda",
    "America/Cayman": "gpe:cayman-islands",
    "Indian/Cocos": "gpe:cocos-islands",
    "Pacific/Pitcairn": "gpe:pitcairn-islands",
    "Atlantic/Faeroe": "gpe:faroe-islands",
    "America/St_Kitts": "gpe:saint-kitts-and-nevis",
    "America/St_Lucia": "gpe:saint-lucia",
    "America/St_Vincent": "gpe:saint-vincent-and-the-grenadines",
    "America/St_Barthelemy": "gpe:saint-barthelemy",
    "Asia/Aqtobe": "gpe:aktobe",
    "Asia/Aqtau": "gpe:aktau",
    "Africa/Asmera": "gpe:asmara",
    "Europe/Tirane": "gpe:tirana",
    "Indian/Comoro": "gpe:comoros",
    "Atlantic/St_Helena": "gpe:saint-helena",
    "Atlantic/South_Georgia": "gpe:south-georgia-island",
}

# Nationalities: country slug | stems (masculine singular without ال) | extra forms | forms to leave out
NATIONALITIES = """
afghanistan | أفغاني | الأفغان |
albania | ألباني | الألبان |
algeria | جزائري | |
andorra | أندوري | |
angola | أنغولي | |
argentina | أرجنتيني | |
armenia | أرميني / أرمني | الأرمن |
australia | أسترالي | |
austria | نمساوي | |
azerbaijan | أذربيجاني / أذري | |
bahamas | باهامي | |
bahrain | بحريني | |
bangladesh | بنغلاديشي | |
barbados | بربادوسي | |
belarus | بيلاروسي | |
belgium | بلجيكي | |
belize | بليزي | |
benin | بنيني | |
bhutan | بوتاني | |
bolivia | بوليفي | |
bosnia-and-herzegovina | بوسني | |
botswana | بوتسواني | |
brazil | برازيلي | |
brunei | بروناوي | |
bulgaria | بلغاري | البلغار |
burkina-faso | بوركيني | |
burundi | بوروندي | |
cambodia | كمبودي | |
cameroon | كاميروني | |
canada | كندي | | كندي
chad | تشادي | |
chile | تشيلي | |
china | صيني | |
colombia | كولومبي | |
costa-rica | كوستاريكي | |
croatia | كرواتي | الكروات |
cuba | كوبي | |
cyprus | قبرصي | |
czechia | تشيكي | التشيك |
denmark | دنماركي / دانماركي | |
djibouti | جيبوتي | |
dominican-republic | دومينيكاني | |
ecuador | إكوادوري | |
egypt | مصري | |
el-salvador | سلفادوري | |
equatorial-guinea | | الغيني الاستوائي / الغينية الاستوائية |
eritrea | إريتري | |
estonia | إستوني | |
ethiopia | إثيوبي | |
fiji | فيجي | |
finland | فنلندي | |
france | فرنسي | |
gabon | غابوني | |
gambia | غامبي | |
georgia | جورجي | | جورجي
germany | ألماني | الألمان |
ghana | غاني | | غاني
greece | يوناني | |
grenada | غرينادي | |
guatemala | غواتيمالي | |
guinea | غيني | |
guinea-bissau | | الغيني البيساوي / الغينية البيساوية |
guyana | غياني / غوياني | |
haiti | هايتي | |
honduras | هندوراسي | |
hungary | مجري | | مجري
iceland | آيسلندي | |
india | هندي | | هندي
indonesia | إندونيسي | |
iran | إيراني | |
iraq | عراقي | |
ireland | أيرلندي | |
israel | إسرائيلي | |
italy | إيطالي | |
ivory-coast | إيفواري | |
jamaica | جامايكي | |
japan | ياباني | |
jordan | أردني | |
kazakhstan | كازاخستاني / كازاخي / قازاقي / قازاخستاني | الكازاخ |
kenya | كيني | | كيني
kosovo | كوسوفي / كوسوفاري | |
kuwait | كويتي | |
kyrgyzstan | قيرغيزي / قرغيزي | القرغيز |
laos | لاوسي | |
latvia | لاتفي | |
lebanon | لبناني | |
lesotho | ليسوتي | |
liberia | ليبيري | |
liechtenstein | ليختنشتايني | |
libya | ليبي | | ليبي
lithuania | ليتواني / لتواني | |
luxembourg | لوكسمبورغي / لوكسمبورجي | |
madagascar | مدغشقري / ملغاشي | |
malawi | ملاوي | |
malaysia | ماليزي | |
maldives | مالديفي | |
malta | مالطي | |
mauritania | موريتاني | |
mauritius | موريشيوسي | |
mexico | مكسيكي | |
micronesia | ميكرونيزي | |
moldova | مولدوفي / مولدافي | |
monaco | موناكي | |
mongolia | منغولي | |
montenegro | مونتينيغري | |
morocco | مغربي | المغاربة | مغربي
mozambique | موزمبيقي | |
myanmar | ميانماري / بورمي | |
namibia | ناميبي | |
nauru | ناوروي | |
nepal | نيبالي | |
netherlands | هولندي | |
new-zealand | نيوزيلندي | |
nicaragua | نيكاراغوي | |
niger | نيجري | |
nigeria | نيجيري | |
north-korea | | الكوري الشمالي / الكورية الشمالية / الكوريون الشماليون / الكوريين الشماليين / كوري شمالي / كورية شمالية |
north-macedonia | مقدوني | |
norway | نرويجي | |
oman | عماني | |
pakistan | باكستاني | |
palau | بالاوي | |
palestine | فلسطيني | |
panama | بنمي | |
paraguay | باراغوياني | |
peru | بيروفي | |
philippines | فلبيني | |
poland | بولندي | |
portugal | برتغالي | |
qatar | قطري | |
romania | روماني | | الرومانية / رومانية
russia | روسي | الروس |
rwanda | رواندي | |
samoa | ساموي | |
saudi-arabia | سعودي | |
senegal | سنغالي | |
serbia | صربي | الصرب |
seychelles | سيشيلي | |
sierra-leone | سيراليوني | |
singapore | سنغافوري | |
slovakia | سلوفاكي | السلوفاك |
slovenia | سلوفيني | |
somalia | صومالي | |
south-africa | | الجنوب أفريقي / الجنوب أفريقية / الجنوب أفريقيون / الجنوب أفريقيين |
south-korea | | الكوري الجنوبي / الكورية الجنوبية / الكوريون الجنوبيون / الكوريين الجنوبيين / كوري جنوبي / كورية جنوبية |
south-sudan | | الجنوب سوداني / الجنوب سودانية / الجنوب سودانيون / الجنوب سودانيين |
spain | إسباني | الإسبان |
sri-lanka | سريلانكي | |
sudan | سوداني | |
suriname | سورينامي | |
sweden | سويدي | |
switzerland | سويسري | |
syria | سوري | |
taiwan | تايواني | |
tajikistan | طاجيكي / طاجيكستاني | الطاجيك |
tanzania | تنزاني | |
thailand | تايلاندي / تايلندي | |
east-timor | تيموري | |
togo | توغولي | |
tonga | تونغي | |
trinidad-and-tobago | ترينيدادي | |
tunisia | تونسي | |
turkey | تركي | الأتراك | تركي
turkmenistan | تركمانستاني | |
tuvalu | توفالي | |
uganda | أوغندي | |
ukraine | أوكراني | |
united-arab-emirates | إماراتي | |
united-kingdom | بريطاني | |
united-states | أمريكي / أميركي | الأمريكان / الأميركان |
uruguay | أوروغواياني / أورغواياني | |
uzbekistan | أوزبكي / أوزبكستاني | الأوزبك |
vanuatu | فانواتي | |
vatican-city | فاتيكاني | |
venezuela | فنزويلي | |
vietnam | فيتنامي | |
yemen | يمني | |
zambia | زامبي | |
zimbabwe | زيمبابوي | |
"""

# Spellings the sample news files use: the run fails if one of them is missing.
REQUIRED = (
    "روسيا",
    "الولايات المتحدة",
    "أوكرانيا",
    "موسكو",
    "واشنطن",
    "كييف",
    "بودابست",
    "المجر",
    "ألاسكا",
    "أنكوريج",
    "إلمندورف-ريتشاردسون",
    "الصين",
    "بكين",
    "ألمانيا",
    "فرنسا",
    "أوروبا",
    "آسيا",
    "الشرق الأوسط",
    "غزة",
    "إسرائيل",
    "لوكسمبورغ",
    "دونباس",
    "أورينبورج",
    "قازاخستان",
    "كاراشاجاناك",
    "سامارا",
    "روستوف",
    "بريانسك",
    "القرم",
    "جنيف",
    "ميامي",
    "ويست بالم بيتش",
    "فلوريدا",
    "لندن",
    "القطب الشمالي",
    "قاعة الشعب الكبرى",
    "الميدان الأحمر",
    "أمريكا",
    "أميركا",
)


# ---------------------------------------------------------------------------------------------------
# Code
# ---------------------------------------------------------------------------------------------------

CLDR_MARK = "*"
ARABIC = re.compile(r"[\u0600-\u06FF]")
PAREN = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")


class GazetteerDataError(ValueError):
    """The hand-written data contradicts itself (a clash, a missing capital, a bad record)."""


@dataclass
class Place:
    id: str
    name_en: str
    wikidata: str
    hand: list[str]  # hand-written spellings, in order
    cldr_first: bool = False  # the CLDR name is the canonical name_ar
    spellings: list[str] = field(default_factory=list)  # accepted, canonical first

    def has(self, key: str) -> bool:
        return any(normalize_arabic(s) == key for s in self.spellings)

    @property
    def type(self) -> str:
        return self.id.split(":", 1)[0].upper()


def _records(block: str, width: int) -> list[list[str]]:
    rows = []
    for line in block.strip().splitlines():
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != width:
            raise GazetteerDataError(f"expected {width} fields: {line!r}")
        rows.append(fields)
    return rows


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _arabic_names(field_text: str) -> tuple[list[str], bool]:
    """'* / alias / alias' -> (hand-written names, whether the CLDR name comes first)."""
    names = [n.strip() for n in field_text.split("/") if n.strip()]
    cldr_first = bool(names) and names[0] == CLDR_MARK
    return [n for n in names if n != CLDR_MARK], cldr_first


def _cldr_spellings(name: str, *, keep_parenthesis: bool) -> list[str]:
    """'هيبرون (مدينة الخليل)' -> both parts for cities; territories keep only the main part."""
    match = PAREN.match(name)
    if not match:
        return [name.strip()]
    parts = [match["main"].strip()]
    if keep_parenthesis:
        parts.append(match["inner"].strip())
    return parts


def _load_places() -> tuple[dict[str, Place], dict[str, str], dict[str, str]]:
    """Places in data order, their CLDR keys (territory / region code), and each country's capital."""
    places: dict[str, Place] = {}
    cldr_key: dict[str, str] = {}
    capitals: dict[str, str] = {}

    def add(place: Place) -> None:
        if place.id in places:
            raise GazetteerDataError(f"duplicate id {place.id}")
        places[place.id] = place

    for code, slug, qid, english, capital, arabic in _records(COUNTRIES, 6):
        names, first = _arabic_names(arabic)
        add(Place(f"gpe:{slug}", english, qid, names, first))
        cldr_key[f"gpe:{slug}"] = code
        capitals[f"gpe:{slug}"] = "" if capital == "-" else f"gpe:{capital}"
    for code, slug, qid, english, arabic in _records(TERRITORIES, 5):
        names, first = _arabic_names(arabic)
        add(Place(f"gpe:{slug}", english, qid, names, first))
        cldr_key[f"gpe:{slug}"] = code
    for code, slug, qid, english, arabic in _records(REGIONS, 5):
        names, first = _arabic_names(arabic)
        add(Place(f"loc:{slug}", english, qid, names, first))
        cldr_key[f"loc:{slug}"] = code
    for place_id, qid, english, arabic in _records(PLACES, 4):
        names, first = _arabic_names(arabic)
        add(Place(place_id, english, qid, names, first))
    return places, cldr_key, capitals


class Registry:
    """Who owns each normalised spelling; hand-written clashes raise, CLDR clashes are dropped and logged."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}
        self.log: list[str] = []

    @staticmethod
    def problem(spelling: str) -> str:
        key = normalize_arabic(spelling)
        if not ARABIC.search(spelling):
            return "not Arabic script"
        if sum(c.isalpha() for c in key) < MIN_KEY_LETTERS:
            return "too short"
        if key in COMMON_WORDS:
            return "a common word"
        return ""

    def claim_hand(self, place: Place, spelling: str) -> None:
        key = normalize_arabic(spelling)
        if place.has(key):
            return
        if problem := self.problem(spelling):
            raise GazetteerDataError(f"{place.id}: {spelling!r} is {problem}")
        if self.owner.setdefault(key, place.id) != place.id:
            raise GazetteerDataError(f"{place.id}: {spelling!r} also names {self.owner[key]}")
        place.spellings.append(spelling)

    def offer_cldr(self, place: Place, spelling: str, source: str, *, canonical: bool = False) -> bool:
        key = normalize_arabic(spelling)
        if place.has(key):
            if canonical:  # the CLDR form becomes canonical
                place.spellings.remove(next(s for s in place.spellings if normalize_arabic(s) == key))
                place.spellings.insert(0, spelling)
            return True
        reason = self.problem(spelling)
        if not reason and self.owner.get(key, place.id) != place.id:
            reason = f"also names {self.owner[key]}"
        if reason:
            self.log.append(f"dropped CLDR {source} {spelling!r} for {place.id}: {reason}")
            return False
        self.owner[key] = place.id
        if canonical:
            place.spellings.insert(0, spelling)
        else:
            place.spellings.append(spelling)
        return True


def _rejected(source: str) -> str:
    if source in CLDR_REJECT:
        return CLDR_REJECT[source]
    if source in CLDR_MINOR:
        return "small place, unusual CLDR spelling"
    return "left out by prefix" if source.startswith(CLDR_REJECT_PREFIXES) else ""


def _claim_cldr(places: dict[str, Place], cldr_key: dict[str, str], registry: Registry) -> None:
    """Country, territory and region names, then the time-zone exemplar cities."""
    territories = Locale("ar").territories
    for place_id, code in cldr_key.items():
        if reason := _rejected(code):
            registry.log.append(f"rejected CLDR {code} {territories[code]!r}: {reason}")
            continue
        for spelling in _cldr_spellings(territories[code], keep_parenthesis=False):
            registry.offer_cldr(places[place_id], spelling, code, canonical=places[place_id].cldr_first)
    for tz, names in sorted(Locale("ar").time_zones.items()):
        city = names.get("city", "")
        if not city or not ARABIC.search(city):
            continue
        if reason := _rejected(tz):
            registry.log.append(f"rejected CLDR {tz} {city!r}: {reason}")
            continue
        place_id = TZ_TO_ID.get(tz, f"gpe:{_slug(tz.rsplit('/', 1)[-1])}")
        place = places.get(place_id) or Place(place_id, tz.rsplit("/", 1)[-1].replace("_", " "), "", [])
        accepted = [registry.offer_cldr(place, s, tz) for s in _cldr_spellings(city, keep_parenthesis=True)]
        if place_id not in places and any(accepted):
            places[place_id] = place
            registry.log.append(f"added CLDR exemplar city {tz} as {place_id}")


def _check(places: dict[str, Place], capitals: dict[str, str], owner: dict[str, str]) -> None:
    for place in places.values():
        if not place.spellings:
            raise GazetteerDataError(f"{place.id} has no usable spelling")
    for country, capital in capitals.items():
        if capital and capital not in places:
            raise GazetteerDataError(f"capital {capital} of {country} is not listed")
    missing = [s for s in REQUIRED if normalize_arabic(s) not in owner]
    if missing:
        raise GazetteerDataError(f"required spellings missing: {missing}")


def build_places() -> tuple[dict[str, Place], dict[str, str], list[str]]:
    """Every place with its accepted spellings, the spelling owners, and the log of dropped CLDR names."""
    places, cldr_key, capitals = _load_places()
    registry = Registry()
    for place in places.values():
        for spelling in place.hand:
            registry.claim_hand(place, spelling)
    _claim_cldr(places, cldr_key, registry)
    _check(places, capitals, registry.owner)
    return places, registry.owner, registry.log


def _forms(stem: str) -> list[str]:
    """Masculine singular stem (روسي) -> singular, plural and dual forms with and without the article."""
    bare = [stem, stem + "ة", stem + "ون", stem + "ين"]
    return [*("ال" + f for f in bare), *bare, "ال" + stem + "ات", "ال" + stem + "ان", "ال" + stem + "تان"]


def build_nationalities(
    places: dict[str, Place], owner: dict[str, str]
) -> tuple[dict[str, list[str]], list[str]]:
    log: list[str] = []
    result: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for slug, stems, extra, excluded in _records(NATIONALITIES, 4):
        country = f"gpe:{slug}"
        if country not in places:
            raise GazetteerDataError(f"nationality row for unknown country {country}")
        leave_out = {normalize_arabic(f) for f in excluded.split("/") if f.strip()}
        candidates = [f for s in stems.split("/") if s.strip() for f in _forms(s.strip())]
        candidates += [f.strip() for f in extra.split("/") if f.strip()]
        forms: list[str] = []
        for form in candidates:
            key = normalize_arabic(form)
            if key in leave_out or seen.get(key) == country:
                continue
            if key in owner or key in COMMON_WORDS:
                log.append(
                    f"nationality form {form!r} of {country} left out: also a place spelling or common word"
                )
                continue
            if seen.setdefault(key, country) != country:
                raise GazetteerDataError(
                    f"nationality form {form!r} of {country} also belongs to {seen[key]}"
                )
            forms.append(form)
        result[country] = forms
    return result, log


def _other_files_clashes(owner: dict[str, str], forms: dict[str, list[str]]) -> list[str]:
    """Spellings shared with organizations.tsv, people.tsv ...: reported, never edited here."""
    ours = set(owner) | {normalize_arabic(f) for fs in forms.values() for f in fs}
    notes = []
    for path in sorted(OUT_DIR.glob("*.tsv")):
        if path.name in (PLACES_FILE, NATIONALITY_FILE):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                for spelling in [row.get("name_ar") or "", *(row.get("aliases") or "").split("|")]:
                    if spelling.strip() and normalize_arabic(spelling) in ours:
                        notes.append(f"clash with {path.name}: {row.get('id')} {spelling!r}")
    return notes


# "ولاية ألاسكا" adds nothing when "ألاسكا" names the same place: the bare name
# matches anyway, and a mention's span is then the name alone, not its head noun.
_REGION_HEADS = ("مدينة", "ولاية", "محافظة", "منطقة", "جزيرة", "إقليم", "بلدة", "قرية")


def _without_redundant_heads(spellings: list[str]) -> list[str]:
    keys = {normalize_arabic(s) for s in spellings}

    def redundant(spelling: str) -> bool:
        head, _, rest = spelling.partition(" ")
        return head in _REGION_HEADS and normalize_arabic(rest) in keys

    return spellings[:1] + [s for s in spellings[1:] if not redundant(s)]


def write(places: dict[str, Place], forms: dict[str, list[str]]) -> None:
    with (OUT_DIR / PLACES_FILE).open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        out.writerow(HEADER)
        for place in sorted(places.values(), key=lambda p: p.id):
            name_ar, *aliases = _without_redundant_heads(list(place.spellings))
            out.writerow([place.id, place.type, name_ar, place.name_en, place.wikidata, "|".join(aliases)])
    with (OUT_DIR / NATIONALITY_FILE).open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        out.writerow(NATIONALITY_HEADER)
        for country in sorted(forms):
            if forms[country]:
                out.writerow([country, "|".join(forms[country])])


def main() -> int:
    places, owner, log = build_places()
    forms, nationality_log = build_nationalities(places, owner)
    write(places, forms)
    for line in [*log, *nationality_log, *_other_files_clashes(owner, forms)]:
        print(line, file=sys.stderr)
    counts: dict[str, int] = {}
    for place in places.values():
        counts[place.type] = counts.get(place.type, 0) + 1
    print(f"wrote {len(places)} places {counts} and {sum(map(bool, forms.values()))} nationality rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
