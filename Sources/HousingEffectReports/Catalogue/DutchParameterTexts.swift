import HousingEffect

// The Dutch labels, descriptions and rationales of the catalogue parameters, one entry per id
// (see `DutchParameterText`). Source titles stay as published; locators are in
// `DutchParameterTexts+Locators.swift`.
extension DutchParameterText {
  /// The Dutch text of every parameter of `ParameterCatalog.standard`.
  public static let all: [ParameterID: DutchParameterText] = [
    // MARK: Facilities
    "facilities.childcare.useShare": DutchParameterText(
      label: "Aandeel kinderen van 0–3 jaar in de kinderopvang",
      "Aandeel van de kinderen van 0 tot en met 3 jaar van arbeidsmigranten dat formele kinderopvang gebruikt.",
      "In het onderzoek is geen cijfer voor kinderopvang gevonden. Werkende ouders gebruiken kinderopvang, maar slechts 24% van de meegekomen gezinsleden werkt (ESB 2023); daarom is het gebruik lager aangenomen dan bij Nederlandse gezinnen. De bandbreedte is ruim."
    ),
    "facilities.gp.ftePer10000": DutchParameterText(
      label: "Huisarts-fte per 10.000 inwoners",
      "Aantal fte huisarts per 10.000 inwoners in Nederland; de waarde telt per 10.000 personen, niet per persoon."
    ),
    "facilities.gp.patientsPerFTE": DutchParameterText(
      label: "Patiënten per huisarts-fte",
      "Aantal ingeschreven patiënten per voltijds huisarts in de normpraktijk van de NZa."),
    "facilities.inspection.perLocationYear": DutchParameterText(
      label: "Controles per locatie per jaar",
      "Aantal gemeentelijke controles per huisvestingslocatie voor arbeidsmigranten per jaar.",
      "Er is geen cijfer gevonden voor de handhavingscapaciteit per controle. Twee controles per locatie per jaar is aangenomen als basisregime; de bandbreedte loopt van één controle per jaar tot één per kwartaal."
    ),
    "facilities.police.inhabitantsPerWijkagent": DutchParameterText(
      label: "Inwoners per wijkagent",
      "Aantal inwoners per wijkagent volgens de norm van de Politiewet 2012."),
    "facilities.preschool.ageShareOf0to3": DutchParameterText(
      label: "Aandeel van de kinderen van 0–3 jaar in de VVE-leeftijd",
      "Aandeel van de kinderen van arbeidsmigranten van 0 tot en met 3 jaar dat de leeftijd voor voorschoolse educatie (VVE) heeft, 2,5 tot 4 jaar.",
      "Voorschoolse educatie is voor doelgroeppeuters van 2,5 tot 4 jaar (NRO 2020). Met leeftijden gelijk verdeeld binnen de groep van 0–3 jaar geeft 1,5 van de 4 jaren 0,375; de bandbreedte laat ruimte voor een ongelijke verdeling binnen de groep (issue 20)."
    ),
    "facilities.preschool.useShare": DutchParameterText(
      label: "Gebruik van voorschoolse educatie (VVE)",
      "Aandeel van de kinderen van arbeidsmigranten van 2,5 tot 4 jaar dat met een indicatie voorschoolse educatie (VVE) volgt.",
      "Er is geen deelnamecijfer voor VVE van kinderen van arbeidsmigranten gevonden. Landelijk gaat bijna negen op de tien peuters naar een voorschoolse voorziening (de monitor bereik voor SZW/VNG vond in 2021 13% niet bereikt onder peuters zonder recht op kinderopvangtoeslag, via GOAB); de meeste migrantenpeuters hebben een andere thuistaal dan Nederlands (AOb: 9 van ongeveer 100 kleuters op een school met vooral kinderen van arbeidsmigranten spraken thuis Nederlands), dus de meesten komen in aanmerking voor een indicatie, terwijl sommige herkomstlanden laat met school beginnen en ouders lange dagen werken. Aangenomen is 0,6, met een bandbreedte tot het landelijke bereik (issue 20; seed 003 paragraaf 3.5 over taalachterstanden van kinderen van arbeidsmigranten)."
    ),
    "facilities.school.iskYears": DutchParameterText(
      label: "Jaren in het nieuwkomersonderwijs, voortgezet (ISK)",
      "Aantal jaren dat een pas aangekomen migrantenkind van 12 tot en met 17 jaar in een internationale schakelklas (ISK) doorbrengt voordat het naar het gewone voortgezet onderwijs gaat.",
      "ISK-scholen beschrijven de opleiding als gemiddeld twee jaar (Valuascollege Venlo); in de LOWAN-enquête onder 8.417 ISK-leerlingen (2020) was 35% korter dan een jaar in Nederland, 35% een tot twee jaar en 21% langer dan twee jaar, dus sommige leerlingen blijven langer. De waarde is twee jaar, de bandbreedte 1,5 tot 3 (issue 20; dit vervangt één gewogen cijfer van 1,4 jaar voor alle schoolleeftijden)."
    ),
    "facilities.school.newcomerYears": DutchParameterText(
      label: "Jaren in het nieuwkomersonderwijs, basisonderwijs",
      "Aantal jaren dat een pas aangekomen migrantenkind van 4 tot en met 11 jaar in een nieuwkomersklas doorbrengt voordat het naar een gewone klas in het basisonderwijs gaat."
    ),
    "facilities.school.primaryPupilsPer1000": DutchParameterText(
      label: "Basisschoolleerlingen per 1.000 inwoners",
      "Aantal leerlingen in het basisonderwijs (4 tot en met 12 jaar) per 1.000 inwoners; de waarde telt per 1.000 personen, niet per persoon.",
      "1.458.000 leerlingen van 4 tot en met 12 jaar in 2021 / ongeveer 17,5 miljoen inwoners × 1.000 = 83 per 1.000."
    ),
    "facilities.waste.kgPerInhabitantYear": DutchParameterText(
      label: "Huishoudelijk afval per inwoner",
      "Kilogram huishoudelijk afval per inwoner per jaar."),

    // MARK: Households
    "households.childAge0to3Share": DutchParameterText(
      label: "Aandeel kinderen van 0–3 jaar",
      "Aandeel van de kinderen van arbeidsmigranten dat 0 tot en met 3 jaar oud is.",
      "Er is geen leeftijdsverdeling gevonden (het SCP vroeg naar kinderen van 0–3, 4–11 en 12–17 jaar, maar er zijn geen aandelen gevonden). Volgens het SCP (2018, via WOS) hebben geregistreerde Poolse migranten met kinderen meestal één kind, meestal jong; kinderen zijn daarom naar de jonge leeftijden gewogen in plaats van gelijk verdeeld over 0 tot en met 17 jaar (0,222): 0,35 van 0 tot en met 3 jaar, 0,45 van 4 tot en met 11 jaar en 0,20 van 12 tot en met 17 jaar, een aanname die past bij die opmerking, met een ruime bandbreedte (issue 20)."
    ),
    "households.childAge4to11Share": DutchParameterText(
      label: "Aandeel kinderen van 4–11 jaar",
      "Aandeel van de kinderen van arbeidsmigranten dat 4 tot en met 11 jaar oud is (basisschoolleeftijd).",
      "Er is geen leeftijdsverdeling gevonden. Volgens het SCP (2018, via WOS) hebben geregistreerde Poolse migranten met kinderen meestal één kind, meestal jong, op een Nederlandse school; met 0,35 van 0 tot en met 3 jaar (households.childAge0to3Share) is 0,45 van 4 tot en met 11 jaar aangenomen, ongeveer de gelijke verdeling (8 van de 18 jaren, 0,444), zodat 12 tot en met 17 jaar 0,20 krijgt in plaats van 0,33 (issue 20)."
    ),
    "households.childShareOfFamilyMembers": DutchParameterText(
      label: "Aandeel kinderen onder de gezinsleden",
      "Aandeel kinderen onder 18 jaar onder de meegekomen gezinsleden van arbeidsmigranten.",
      "Er is geen verdeling van gezinsleden over partners en kinderen gevonden. Volgens ESB (2023) werkt slechts 24% van de meegekomen gezinsleden, dus velen zijn kinderen of partners zonder werk; de helft is aangenomen, met een ruime bandbreedte."
    ),
    "households.childrenPerFamilyWithChildren": DutchParameterText(
      label: "Kinderen per gezin met kinderen",
      "Gemiddeld aantal kinderen onder 18 jaar in een huishouden van arbeidsmigranten met kinderen in Nederland.",
      "Er is geen telling gevonden. Volgens het projectonderzoek hebben de meeste Poolse gezinnen in Nederland (maar) één jong kind op een Nederlandse school (SCP 2018, via WOS); de waarde ligt daarom net boven één, met een bandbreedte tot twee kinderen."
    ),
    "households.familyMembersPerKnowledgeMigrant": DutchParameterText(
      label: "Gezinsleden per kennismigrant",
      "Aantal gezinsmigranten dat per kennismigrant meekomt."),
    "households.familyMembersPerLongStayMigrant": DutchParameterText(
      label: "Gezinsleden per long-stay-arbeidsmigrant",
      "Aantal meegekomen gezinsleden per ingeschreven long-stay-arbeidsmigrant.",
      "140.890 gezinsmigranten / 288.065 arbeidsmigranten (EU en buiten de EU, aangekomen sinds 1999, ingeschreven) op 31 december 2022 = 0,49."
    ),
    "households.familyMembersPerNonEuMigrant": DutchParameterText(
      label: "Gezinsleden per arbeidsmigrant van buiten de EU",
      "Aantal gezinsmigranten dat per arbeidsmigrant van buiten de EU meekomt."),
    "households.livingAloneAfterOneYearShare": DutchParameterText(
      label: "Aandeel alleenstaanden na één jaar",
      "Aandeel van de arbeidsmigranten uit de EU/EVA dat een jaar na aankomst geen partner of kind op het eigen adres ingeschreven heeft."
    ),
    "households.personsPerSharedDwelling": DutchParameterText(
      label: "Personen per gedeelde woning",
      "Gemiddeld aantal arbeidsmigranten dat samen een gewone woning deelt.",
      "Er is geen gepubliceerd gemiddelde gevonden. Veel gemeenten staan in een gewone woning hoogstens vier arbeidsmigranten toe (housing.maxMigrantsPerRegularDwelling); drie is aangenomen, met dat maximum als bovengrens."
    ),
    "households.reunificationYears": DutchParameterText(
      label: "Jaren tot gezinshereniging",
      "Aantal jaren na aankomst tot het gezin van een long-stay-migrant is overgekomen.",
      "Er is geen gepubliceerd cijfer gevonden. Aangenomen is dat gezinnen volgen zodra de migrant vast werk en woonruimte heeft, meestal na enkele jaren; de bandbreedte loopt van één tot zes jaar."
    ),
    "households.singlesSharingShare": DutchParameterText(
      label: "Aandeel alleenstaanden dat een woning deelt",
      "Aandeel van de alleenstaande arbeidsmigranten dat een woning deelt met andere huishoudens, genomen als het aandeel van de pas aangekomen huishoudens van EU-arbeidsmigranten dat dat doet."
    ),
    "households.workingShareOfFamilyMembers": DutchParameterText(
      label: "Aandeel werkende gezinsleden",
      "Aandeel van de meegekomen gezinsleden van arbeidsmigranten dat werkt."),

    // MARK: Housing
    "housing.bedsPerShortStayLocation": DutchParameterText(
      label: "Bedden per short-stay-locatie",
      "Aantal bedden op een gewone nieuwe short-stay-locatie voor arbeidsmigranten.",
      "Er is geen gangbare omvang gevonden. Ankers: Peel en Maas vraagt boven 80 personen instemming van de raad (een niet geverifieerd lokaal gegeven) en Boxtel vergunde één locatie voor 400 personen (2024). Daartussen is 150 bedden aangenomen; de bandbreedte loopt van het ene anker tot het andere."
    ),
    "housing.maxMigrantsPerRegularDwelling": DutchParameterText(
      label: "Maximaal aantal arbeidsmigranten per reguliere woning",
      "Grootste aantal arbeidsmigranten dat zonder vergunning in één gewone woning mag wonen, zoals veel gemeenten dat begrenzen."
    ),
    "housing.norm.aanjaagteam.bedroomM2PerPerson": DutchParameterText(
      label: "Slaapkameroppervlak per persoon, Aanjaagteam",
      "Vloeroppervlak van de eigen slaapkamer per persoon in de streefnorm van het Aanjaagteam."),
    "housing.norm.aanjaagteam.m2PerPerson": DutchParameterText(
      label: "Vloeroppervlak per persoon, Aanjaagteam",
      "Woonruimte per persoon, eigen slaapkamer inbegrepen, in de streefnorm van het Aanjaagteam (in 2024 niet wettelijk verankerd)."
    ),
    "housing.norm.aanjaagteam.personsPerBedroom": DutchParameterText(
      label: "Personen per slaapkamer, Aanjaagteam",
      "Aantal personen per slaapkamer in de streefnorm van het Aanjaagteam: een eigen slaapkamer voor iedereen."
    ),
    "housing.norm.akf.m2PerPerson": DutchParameterText(
      label: "Vloeroppervlak per persoon, AKF",
      "Minimale woonruimte per werknemer volgens het Agrarisch Keurmerk Flexwonen, van 13 m² naar 15 m² per 1 januari 2026."
    ),
    "housing.norm.akf.personsPerBedroom": DutchParameterText(
      label: "Personen per slaapkamer, AKF",
      "Grootste aantal personen per slaapkamer volgens het Agrarisch Keurmerk Flexwonen."),
    "housing.norm.limburg.m2PerPerson": DutchParameterText(
      label: "Limburgse ondergrens, vloeroppervlak per persoon",
      "Minimale woonruimte per persoon die de provincie Limburg als ondergrens stelt voor de huisvesting van arbeidsmigranten, bovenop de normensets van SNF en AKF."
    ),
    "housing.norm.limburg.personsPerBedroom": DutchParameterText(
      label: "Limburgse ondergrens, personen per slaapkamer",
      "Grootste aantal personen per slaapkamer volgens de ondergrens van de provincie Limburg voor de huisvesting van arbeidsmigranten."
    ),
    "housing.norm.snf.bedroomM2PerPerson": DutchParameterText(
      label: "Slaapkameroppervlak per persoon, SNF",
      "Minimaal slaapkameroppervlak per persoon volgens de SNF-norm van vóór 2025."),
    "housing.norm.snf.m2PerPersonLodging": DutchParameterText(
      label: "Vloeroppervlak per persoon, SNF (logiesfunctie)",
      "Minimaal gebruiksoppervlak (GBO) per persoon volgens de SNF-norm van vóór 2025, op locaties die de gemeente als logies aanmerkt."
    ),
    "housing.norm.snf.m2PerPersonResidential": DutchParameterText(
      label: "Vloeroppervlak per persoon, SNF (woonfunctie)",
      "Minimaal gebruiksoppervlak (GBO) per persoon volgens de SNF-norm van vóór 2025, in een gewone woning of in wooneenheden."
    ),
    "housing.norm.snf.personsPerBedroom": DutchParameterText(
      label: "Personen per slaapkamer, praktijk vóór 2025",
      "Grootste aantal personen per slaapkamer bij de SNF-norm van vóór 2025, volgens het directe advies van het Aanjaagteam uit 2020 (hoogstens twee, op 1,5 meter afstand)."
    ),
    "housing.norm.snf.personsPerShower": DutchParameterText(
      label: "Personen per douche, SNF",
      "Grootste aantal bewoners per douche volgens de SNF-norm van vóór 2025."),
    "housing.norm.snf.personsPerToilet": DutchParameterText(
      label: "Personen per toilet, SNF",
      "Grootste aantal bewoners per toilet volgens de SNF-norm van vóór 2025."),
    "housing.norm.snf2025.m2PerPerson": DutchParameterText(
      label: "Vloeroppervlak per persoon, SNF 2025",
      "Minimaal gebruiksoppervlak (GBO) per persoon, slaapkamer inbegrepen, volgens de SNF-norm vanaf 1 juli 2025 voor nieuwbouwprojecten en hotels of pensions.",
      "Samenvatting uit tweede hand van de SNF-norm vanaf 1 juli 2025; te controleren aan de SNF-normenset op normeringflexwonen.nl."
    ),
    "housing.norm.snf2025.personsPerBedroom": DutchParameterText(
      label: "Personen per slaapkamer, SNF 2025",
      "Aantal personen per slaapkamer volgens de SNF-norm vanaf 1 juli 2025: een slaapkamer is in beginsel voor één persoon (partners uitgezonderd).",
      "Samenvatting uit tweede hand van de SNF-norm vanaf 1 juli 2025; te controleren aan de SNF-normenset op normeringflexwonen.nl."
    ),
    "housing.personsPerMidStayRoom": DutchParameterText(
      label: "Personen per mid-stay-kamer",
      "Gemiddeld aantal personen per kamer in mid-stay-huisvesting.",
      "Er is geen gepubliceerde bezetting gevonden. Mid-stay-kamers worden vaak gedeeld door stellen of collega's zolang de normen van één persoon per slaapkamer nog niet gelden; 1,5 is aangenomen, tussen één en het oude maximum van twee."
    ),
    "housing.provinceLongStayShare": DutchParameterText(
      label: "Aandeel long-stay in het provinciale beleid",
      "Geschat aandeel van de arbeidsmigranten in Limburg dat zich long-stay of blijvend vestigt en daarom in gewone woningen hoort, zoals provincie en gemeenten hebben afgesproken."
    ),

    // MARK: Jobs
    "jobs.construction.costPerM2": DutchParameterText(
      label: "Bouwkosten per m² vloeroppervlak",
      "Bouwkosten van een bedrijfs- of industriegebouw per vierkante meter bruto vloeroppervlak, gebruikt om de bouwploeg te schatten als het invoerbestand die niet geeft.",
      "Er is geen tabel met bouwkosten gelezen. Een eenvoudige distributiehal kost per m² minder dan een fabriek of datacenter met installaties; daarom is € 800 aangenomen, met een ruime bandbreedte van een kale hal tot een gebouw vol installaties. Een eigen begroting van het bedrijf vervangt deze waarde."
    ),
    "jobs.construction.productionPerFTEYear": DutchParameterText(
      label: "Bouwproductie per arbeidsjaar",
      "Bouwproductie in euro per fte-jaar bouwwerk, om de kosten van een gebouw om te rekenen naar een bouwploeg.",
      "€ 70 miljard bouwproductie / 442.000 voltijdbanen in de bouw in 2018 (EIB, volgens De Telegraaf 2019) = € 158.000 per fte-jaar. De bovengrens (minder werknemers per euro) houdt rekening met materiaalintensieve gebouwen en met werk buiten de bouwplaats (prefabricage, ontwerp) waarvoor geen huisvesting bij de bouwplaats nodig is; de ondergrens met arbeidsintensieve afbouw."
    ),
    "jobs.construction.longStayShare": DutchParameterText(
      label: "Aandeel van een bouwploeg dat langer dan vier maanden blijft",
      "Aandeel van de bouwvakkers van elders dat langer dan de short-stay-grens op een bouw blijft (tot de mid-stay-grens of het einde van de bouw) in plaats van in korte periodes te rouleren; zij hebben mid-stay-huisvesting nodig en schrijven zich in de BRP in.",
      "Er is geen gepubliceerde verdeling van bouwploegen naar verblijfsduur gevonden. Aangenomen is dat de meeste ploegen van elders in korte periodes rouleren, terwijl uitvoerders, specialisten en ploegen op bouwprojecten van meerdere jaren langer blijven; een kwart is aangenomen, met een ruime bandbreedte van iedereen die rouleert tot de helft van de ploeg die blijft. Door dit aandeel te trekken in plaats van één periodeduur voor de hele ploeg blijft de bandbreedte van short-stay doorlopend (issue 20)."
    ),
    "jobs.construction.rotationMonths": DutchParameterText(
      label: "Duur van een korte periode van een bouwvakker (rotatie)",
      "Aantal maanden dat een roulerende bouwvakker van elders op een bouwproject werkt voordat een collega hem aflost; hoogstens de short-stay-grens en de duur van de bouw.",
      "Er is geen gepubliceerd cijfer gevonden voor het verblijf van gedetacheerde of buitenlandse bouwploegen. Aangenomen is dat roulerende ploegen periodes van ongeveer drie maanden werken, onder de BRP-grens van vier maanden, zodat zij zich per periode één keer in de RNI inschrijven; de bandbreedte loopt van maandelijks wisselen tot de short-stay-grens. Wie langer blijft, valt onder het aandeel jobs.construction.longStayShare, niet onder een langere periode."
    ),
    "jobs.construction.shareFromElsewhere": DutchParameterText(
      label: "Aandeel bouwvakkers van buiten de regio",
      "Aandeel van de bouwvakkers op een bouwproject dat van buiten de regio komt (gedetacheerde of buitenlandse werknemers) en tijdelijke huisvesting nodig heeft; voor een vestiging van de soort bouwproject ook het aandeel arbeidsmigranten in de eigen ploeg, bij elk contract.",
      "Gepubliceerde ploegen verschillen per soort project: gespecialiseerde tunnel- en fabrieksbouw trekt vooral ploegen van elders (A2-tunnel Maastricht: ongeveer 150 van 250 van Europese onderaannemers, 0,6; Eemshaven 2020: ongeveer 2.000 van 3.000 uit het buitenland, 0,67), terwijl een groot civiel werk gegund aan Nederlandse en Vlaamse aannemers vooral een pendelende ploeg trok (nieuwe sluis Terneuzen: 80 tot 200 van 700 hadden onderdak nodig, 0,11 tot 0,29). Eén standaardwaarde kan beide soorten niet beschrijven, daarom omspant de bandbreedte ze (0,1 tot 0,75) en ligt de waarde ertussen, op 0,45; omdat een ploeg óf vooral lokaal óf vooral van elders is, wordt het aandeel gelijkmatig over de bandbreedte getrokken in plaats van met een top bij 0,45 (issue 20, ronde 5); een bestand dat zijn project kent, geeft construction.shareFromElsewhere op (issue 20)."
    ),
    "jobs.fteByHectare.dataCentre": DutchParameterText(
      label: "Banen per hectare, hyperscale datacenter",
      "Vaste banen per hectare terrein van een hyperscale datacenter in bedrijf.",
      "Techzine (naar NU.nl, 2021) geeft ongeveer 7 banen per hectare voor de datacenters van Microsoft en Google in bedrijf en 2,5 voor het plan van Meta in Zeewolde (410 banen op 166 ha). Een nieuwe hyperscale campus begint met zijn eerste hallen en neemt personeel aan als latere hallen opengaan (Eemshaven: 150 banen aangekondigd, 350 na uitbreidingen), daarom is de waarde voor een nieuwe locatie tussen beide gezet, op 5. De bandbreedte omspant de gepubliceerde locaties (referentievestigingen zeewolde-meta-dc 2,5, middenmeer-google-dc 6,3, eemshaven-google-dc 7,1 banen per hectare): de bandbreedte is het voorspellingsinterval voor een nieuwe locatie uit deze gepubliceerde locaties (de regel voor bandbreedtes uit gepubliceerde vestigingen, RangeEvidence in de code; issue 20, ronde 7): P10–P90 van een lognormale verdeling met het gemiddelde en de spreiding van de locaties op logschaal, verbreed voor hun kleine aantal (Student-t met n − 1 vrijheidsgraden), hier 1,4–16,9 banen per hectare; de parameter wordt per helft gelijkmatig op logschaal rond de waarde getrokken, zodat de mediaan op de waarde blijft en P10 en P90 van de trekkingen op de grenzen van het interval vallen: waar een echte nieuwe campus kan uitkomen, niet de onzekerheid van één gemiddelde (drie locaties geven een ruim interval; ronde 5 zette de bandbreedte van de laagste gedeeld door 1,5 tot de hoogste maal 1,5)."
    ),
    "jobs.fteByHectare.glasshouseCucumber": DutchParameterText(
      label: "Fte per hectare glas, komkommer",
      "Arbeidsinzet in fte per hectare glas op een komkommerbedrijf.",
      "Kopie van een LEI-tabel (arbeidsbehoefte van de zes belangrijkste glasgewassen) op 5dok.net: 5,5 voor komkommer in 2000. De eenheid is in de kopie verminkt en gelezen als arbeidsjaren per hectare, wat past bij het landelijk gemiddelde van 4,5 per hectare (WUR Agrimatie 2023). Automatisering sinds 2000 verlaagt de behoefte, vandaar de ruime bandbreedte."
    ),
    "jobs.fteByHectare.glasshouseOrnamental": DutchParameterText(
      label: "Fte per hectare glas, sierteelt",
      "Arbeidsinzet in fte per hectare glas op een bloemen- of potplantenbedrijf.",
      "10.000 m² per hectare / ongeveer 1.500 m² glas per arbeidsjaar in Noord-Holland, waar bloemen en potplanten overheersen (6,7 per hectare); het landelijk gemiddelde van ongeveer 2.200 m² per arbeidsjaar (4,5 per hectare) is de ondergrens."
    ),
    "jobs.fteByHectare.glasshouseSweetPepper": DutchParameterText(
      label: "Fte per hectare glas, paprika",
      "Arbeidsinzet in fte per hectare glas op een paprikabedrijf.",
      "Agriport A7, de ontwikkelaar van een groot glastuinbouwgebied, geeft als vuistregel iets meer dan 3 fte per hectare voor paprika (2021), tegen ongeveer 6 voor tomaat en komkommer; 3,2 is gelezen uit 'iets meer dan 3'. De LEI-tabel uit 2000 gaf 4,5 (kopie op 5dok.net), van vóór twintig jaar automatisering, en is het bovenste deel van de bandbreedte; de onderkant laat ruimte voor nieuwer, sterker geautomatiseerd glas (issue 20)."
    ),
    "jobs.fteByHectare.glasshouseTomato": DutchParameterText(
      label: "Fte per hectare glas, tomaat",
      "Arbeidsinzet in fte per hectare glas op een tomatenbedrijf.",
      "Kopie van een LEI-tabel (arbeidsbehoefte van de zes belangrijkste glasgewassen) op 5dok.net: 5,4 voor tomaat in 2000. De eenheid is in de kopie verminkt en gelezen als arbeidsjaren per hectare, wat past bij het landelijk gemiddelde van 4,5 per hectare (WUR Agrimatie 2023). Automatisering sinds 2000 verlaagt de behoefte, vandaar de ruime bandbreedte."
    ),
    "jobs.fteByHectare.openField": DutchParameterText(
      label: "Fte per hectare, open teelt",
      "Arbeidsinzet in fte per hectare grond in de vollegrondstuinbouw en akkerbouw.",
      "Er is geen gepubliceerd cijfer in fte per gewas gevonden. Wel gepubliceerd is de oogstploeg per hectare vollegrondstuinbouw: ongeveer 1,1 (appels en peren, Cothen), 2 (asperges en bessen, Helden), 3 (peren, Fijnaart) en 3 tot 5 (asperges, Tynaarlo) personen per hectare op de piek (referentiebedrijven cothen-vandergrift-fruit, helden-vestjens-asparagus-berries, fijnaart-westende-fruit, tynaarlo-hoorn-asparagus; in-sample voor de validatie). Met het standaardaandeel seizoenskrachten en de standaardseizoenslengte is de ploeg op de piek ongeveer 2,8 keer het aantal fte, dus 1 tot 5 personen per hectare op de piek is ongeveer 0,35 tot 1,8 fte per hectare; 0,7 is gekozen onder het midden daarvan omdat akkerbouw veel minder vraagt (ongeveer 0,05, de onderkant), en de bovenkant dekt de arbeidsintensiefste gewassen (issue 20; de eerdere 0,3 gaf ongeveer 0,8 personen per hectare op de piek, minder dan elke gepubliceerde ploeg)."
    ),
    "jobs.m2PerJob.distributionContract": DutchParameterText(
      label: "Vloeroppervlak per baan, distributiecentrum contractlogistiek",
      "Bruto vloeroppervlak van een distributiecentrum voor contractlogistiek per baan bij volledige bedrijfsvoering.",
      "Er is geen cijfer voor de sector gevonden. De referentievestigingen in de contractlogistiek (Docs/data/reference-establishments.csv: heerlen-gxo-jdsports-dc, venlo-heylen-tradeport-noord, venray-segro-deblakt-dc, venlo-schenker-tpn-dc, heerlen-medtronic-ceva-dc, roermond-ups-healthcare-dc) geven 40 tot 500 m² per baan, de meeste tussen 110 en 180; de waarde is hun midden; de bandbreedte is het voorspellingsinterval voor een nieuwe locatie uit deze gepubliceerde locaties (de regel voor bandbreedtes uit gepubliceerde vestigingen, RangeEvidence in de code; issue 20, ronde 7): P10–P90 van een lognormale verdeling met het gemiddelde en de spreiding van de locaties op logschaal, verbreed voor hun kleine aantal (Student-t met n − 1 vrijheidsgraden), hier 38–503 m² per baan; de parameter wordt per helft gelijkmatig op logschaal rond de waarde getrokken, zodat de mediaan op de waarde blijft en P10 en P90 van de trekkingen op de grenzen van het interval vallen, zodat P10–P90 van de trekkingen reikt van de dichtste hub tot een multi-user-magazijn dat met weinig banen is aangekondigd (ronde 5 zette haar van de laagste gedeeld door 1,5 tot de hoogste maal 1,5). Contractlogistiek combineert diensten met toegevoegde waarde en palletopslag, dus de mix verschilt per klant."
    ),
    "jobs.m2PerJob.distributionEcommerce": DutchParameterText(
      label: "Vloeroppervlak per baan, e-commerce-distributiecentrum",
      "Bruto vloeroppervlak van een e-commerce-distributiecentrum per baan bij volledige bedrijfsvoering.",
      "Er is geen cijfer voor de sector gevonden. De gepubliceerde vloeroppervlakken en banen van de e-commerce-referentievestigingen (Docs/data/reference-establishments.csv: bleiswijk-zalando-dc, waalwijk-bolcom-dc, tilburg-decathlon-dc, tilburg-bijenkorf-dc) geven 93 tot 149 m² per baan (per locatie de mediaan over de gepubliceerde jaren; hetzelfde gebouw is vaak twee keer zo dicht bij de aankondiging als in latere jaren); de bandbreedte is het voorspellingsinterval voor een nieuwe locatie uit deze gepubliceerde locaties (de regel voor bandbreedtes uit gepubliceerde vestigingen, RangeEvidence in de code; issue 20, ronde 7): P10–P90 van een lognormale verdeling met het gemiddelde en de spreiding van de locaties op logschaal, verbreed voor hun kleine aantal (Student-t met n − 1 vrijheidsgraden), hier 74–188 m² per baan; de parameter wordt per helft gelijkmatig op logschaal rond de waarde getrokken, zodat de mediaan op de waarde blijft en P10 en P90 van de trekkingen op de grenzen van het interval vallen. Tot ronde 7 was de bandbreedte 25–200, met een driehoeksverdeling en op oordeel ruimer dan de spreiding van de locaties gezet, de onderkant eerst getrokken voor thuisbezorghubs voor boodschappen, die sinds ronde 3 een eigen type hebben (jobs.m2PerJob.distributionHomeDelivery). De ongewijzigde waarde van 110 ligt in het midden. Orderverzamelen en inpakken vraagt meer mensen per m² dan palletopslag (jobs.m2PerJob.distributionXxl)."
    ),
    "jobs.m2PerJob.distributionHomeDelivery": DutchParameterText(
      label: "Vloeroppervlak per baan, thuisbezorgcentrum",
      "Bruto vloeroppervlak per baan van een centrum dat online boodschappenorders verzamelt of pakketten in bezorgrondes sorteert, bij volledige bedrijfsvoering; bezorgers niet meegeteld.",
      "Fulfilmentcentra voor online boodschappen die bezorgrondes bevoorraden publiceren vloeroppervlak en personeel: Picnic Heerenveen 10.000 m² voor ongeveer 300 medewerkers (33 m² per baan) en Picnic Eindhoven 18.000 m² voor 300 tot 500 mensen die orders klaarmaken, bezorgers apart geteld (36 tot 60 m² per baan). Verse boodschappen in kratten verzamelen en pakketten in rondes sorteren vraagt veel meer mensen per m² dan een fulfilmentcentrum met voorraad (jobs.m2PerJob.distributionEcommerce): een tweede populatie, daarom een eigen type (issue 20). De waarde 45 ligt in het midden van de gepubliceerde 33 tot 60; de bandbreedte loopt onder de dichtste en boven de minst dichte locatie, voor meer geautomatiseerde centra. Een landelijk pakketsorteercentrum is veel minder dicht (DHL Dordrecht: ongeveer tien voetbalvelden voor 150 banen) en valt niet onder dit type. De referentievestigingen van dit type (schiphol-amazon-delivery, zaandam-picnic-dc, oosterhout-bleiswijk-ah-hsc) zijn niet gebruikt, dus hun validatiecontroles zijn out-of-sample."
    ),
    "jobs.m2PerJob.distributionXxl": DutchParameterText(
      label: "Vloeroppervlak per baan, XXL-distributiecentrum",
      "Bruto vloeroppervlak van een XXL-distributiecentrum (pallets) per baan, gemiddeld over de centra die in 2019 zijn geopend of aangekondigd.",
      "2.000.000 m² / 12.400 banen = 161 m² per baan, voor de 31 XXL-distributiecentra die in 2019 zijn geopend of aangekondigd (Buck Consultants); het vloeroppervlak is 'ruim' 2 miljoen m², dus de waarde is een lichte onderschatting. De bandbreedte is waar afzonderlijke centra uitkomen, niet de onzekerheid van het gemiddelde: de XXL-referentievestigingen (Docs/data/reference-establishments.csv: zwaagdijk-action-dc, nieuwegein-jumbo-ndc, roosendaal-primark-dc) geven 83 tot 288 m² per baan (de twee gepubliceerde banenaantallen van Primark op hun mediaan); de bandbreedte is het voorspellingsinterval voor een nieuwe locatie uit deze gepubliceerde locaties (de regel voor bandbreedtes uit gepubliceerde vestigingen, RangeEvidence in de code; issue 20, ronde 7): P10–P90 van een lognormale verdeling met het gemiddelde en de spreiding van de locaties op logschaal, verbreed voor hun kleine aantal (Student-t met n − 1 vrijheidsgraden), hier 39–584 m² per baan; de parameter wordt per helft gelijkmatig op logschaal rond de waarde getrokken, zodat de mediaan op de waarde blijft en P10 en P90 van de trekkingen op de grenzen van het interval vallen (drie locaties geven een ruim interval; ronde 5 zette de bandbreedte van de laagste gedeeld door 1,5 tot de hoogste maal 1,5)."
    ),
    "jobs.m2PerJob.foodProcessing": DutchParameterText(
      label: "Vloeroppervlak per baan, voedingsmiddelenindustrie",
      "Bruto vloeroppervlak van een voedingsmiddelenbedrijf per baan bij volledige bedrijfsvoering.",
      "Er is geen sectorcijfer voor het vloeroppervlak per baan in de voedingsmiddelenindustrie gevonden. Productielijnen vragen veel mensen, maar ook koelopslag en technische ruimte; 100 m² is een middenwaarde."
        + DutchParameterText.pooledRange(site: "venlo-hessing-freshcut (ongeveer 50 m² per baan)")
    ),
    "jobs.m2PerJob.hospitality": DutchParameterText(
      label: "Vloeroppervlak per baan, horeca",
      "Bruto vloeroppervlak van een hotel, restaurant of recreatiebedrijf per baan bij volledige bedrijfsvoering.",
      "Er is geen sectorcijfer voor het vloeroppervlak per baan in de horeca gevonden. Restaurants zijn compact, hotels en vakantieparken veel minder; 40 m² is een middenwaarde tussen kleine restaurants en grote hotels."
        + DutchParameterText.pooledRange(site: "amsterdam-rosewood-hotel (ongeveer 88 m² per baan)")
    ),
    "jobs.m2PerJob.meatProcessing": DutchParameterText(
      label: "Vloeroppervlak per baan, vleesverwerking",
      "Bruto vloeroppervlak van een slachterij of vleesverwerkend bedrijf per baan bij volledige bedrijfsvoering.",
      "Er is geen sectorcijfer voor het vloeroppervlak per baan in de vleesverwerking gevonden. Uitsnij- en inpaklijnen zetten veel werknemers dicht bij elkaar, dus de waarde is lager dan voor de voedingsmiddelenindustrie in het algemeen."
        + DutchParameterText.pooledRange(site: "helmond-vanrooi-meat (ongeveer 36 m² per baan)")
    ),
    "jobs.m2PerJob.metalManufacturing": DutchParameterText(
      label: "Vloeroppervlak per baan, metaal en maakindustrie",
      "Bruto vloeroppervlak van een metaal- of maakbedrijf per baan bij volledige bedrijfsvoering.",
      "Er is geen sectorcijfer voor het vloeroppervlak per baan in de maakindustrie gevonden. Machinehallen en opslag vragen ruimte per werknemer; 120 m² is een middenwaarde tussen werkplaatsen en sterk geautomatiseerde fabrieken."
        + DutchParameterText.pooledRange(site: "assen-mg-group-plant (ongeveer 100 m² per baan)")
    ),
    "jobs.m2PerJob.semiconductor": DutchParameterText(
      label: "Vloeroppervlak per baan, halfgeleiders en hightech",
      "Bruto vloeroppervlak van een halfgeleider- of hightechbedrijf per baan, cleanrooms en kantoren inbegrepen.",
      "Er is geen sectorcijfer voor het vloeroppervlak per baan van hightechbedrijven gevonden. Zulke locaties combineren cleanrooms met veel kantoor- en engineeringruimte, dus er zijn meer banen per m² dan in de maakindustrie."
        + DutchParameterText.pooledRange(
          site:
            "eindhoven-asml-bic (ongeveer 20 m² per baan, een geplande campus van kantoren en assemblagehallen)"
        )
    ),
    "jobs.rampUp.year1Share": DutchParameterText(
      label: "Aandeel banen ingevuld in het eerste jaar",
      "Aandeel van de uiteindelijke banen van de vestiging dat in het eerste bedrijfsjaar is ingevuld.",
      "Er is geen gepubliceerde opstartcurve voor de bezetting van nieuwe vestigingen gevonden (projectonderzoek). De helft van de banen in het eerste jaar is een neutrale middenwaarde; de bandbreedte dekt een langzame gefaseerde opening en een opening op bijna volle sterkte."
    ),
    "jobs.rampUp.year2Share": DutchParameterText(
      label: "Aandeel banen ingevuld in het tweede jaar",
      "Aandeel van de uiteindelijke banen van de vestiging dat in het tweede bedrijfsjaar is ingevuld.",
      "Er is geen gepubliceerde opstartcurve gevonden. De meeste vestigingen zijn in hun tweede jaar bijna op volle sterkte, daarom is 0,8 gekozen; de bandbreedte loopt van een langzame opbouw tot volledige bedrijfsvoering, en vanaf het derde jaar zijn alle banen ingevuld."
    ),

    // MARK: Migration
    "migration.brpRegisteredShare": DutchParameterText(
      label: "Aandeel migranten ingeschreven in de BRP",
      "Aandeel van de internationale werknemers die in Limburg wonen dat als inwoner in de BRP staat ingeschreven.",
      "29.700 ingeschreven in een Limburgse gemeente / 66.800 wonend in Limburg (Decisio 2020, cijfers over 2018) = 0,44."
    ),
    "migration.crossBorderCommuterShare.noordMiddenLimburg": DutchParameterText(
      label: "Aandeel grenspendelaars, Noord- en Midden-Limburg",
      "Aandeel van de werknemers van een vestiging in Noord- of Midden-Limburg dat over de grens woont, genomen als het Noord-Limburgse aandeel werknemers dat in Duitsland woont."
    ),
    "migration.crossBorderCommuterShare.zuidLimburg": DutchParameterText(
      label: "Aandeel grenspendelaars, Zuid-Limburg",
      "Aandeel van de werknemers van een vestiging in Zuid-Limburg dat in Duitsland of België woont."
    ),
    "migration.domesticRelocationShare": DutchParameterText(
      label: "Aandeel verhuizers onder werknemers uit de rest van Nederland, laag opleidingsniveau",
      "Aandeel van de laaggeschoolde werknemers die in de rest van Nederland zijn geworven dat naar de regio verhuist (segmenten op middelbaar en hoog niveau hebben een eigen aandeel)."
    ),
    "migration.domesticRelocationShare.highSkill": DutchParameterText(
      label: "Aandeel verhuizers onder werknemers uit de rest van Nederland, hoog niveau",
      "Aandeel van de hoogopgeleide werknemers die in de rest van Nederland zijn geworven dat naar de regio verhuist.",
      "Er is geen uitsplitsing naar opleidingsniveau gevonden. Hogeropgeleiden verhuizen vaker en verder voor een baan dan anderen (CBS 1997), en een kennisintensieve werkgever werft landelijk; daarom is aangenomen dat de meeste geworven werknemers die niet lokaal zijn naar de regio verhuizen. De ruime bandbreedte loopt van drie op de tien tot negen op de tien."
    ),
    "migration.domesticRelocationShare.midSkill": DutchParameterText(
      label: "Aandeel verhuizers onder werknemers uit de rest van Nederland, middelbaar niveau",
      "Aandeel van de middelbaar geschoolde (mbo) werknemers die in de rest van Nederland zijn geworven dat naar de regio verhuist.",
      "Er is geen uitsplitsing naar opleidingsniveau gevonden. Ongeveer één op de tien baanvinders verhuist voor de baan, en hogeropgeleiden verhuizen vaker en verder (CBS 1997); een geworven werknemer van buiten de regio die niet lokaal is, verhuist eerder dan de gemiddelde baanvinder. Daarom is voor het middelbaar niveau een kwart aangenomen, met een ruime bandbreedte."
    ),
    "migration.knowledgeMigrantShare.highTech": DutchParameterText(
      label: "Aandeel kennismigranten, hightech",
      "Aandeel kennismigranten in het personeel van een halfgeleider- of hightechwerkgever.",
      "Er is geen cijfer per werkgever gevonden. Anker: Decisio (2020) telde in 2018 in Limburg 10.900 kenniswerkers (15% van de internationale werknemers), geconcentreerd bij hightech- en onderzoekswerkgevers. Een kwart van het personeel van zo'n werkgever is aangenomen, met een ruime bandbreedte."
    ),
    "migration.knowledgeMigrantShare.other": DutchParameterText(
      label: "Aandeel kennismigranten, overige sectoren",
      "Aandeel kennismigranten in het personeel van werkgevers buiten de hightech.",
      "Er is geen cijfer per sector gevonden. Buiten hightech en onderzoek zijn kennismigranten vooral enkele managers en specialisten, daarom is een klein aandeel aangenomen, met een bandbreedte tot een tiende."
    ),
    "migration.localShareOfDomesticWorkers": DutchParameterText(
      label: "Aandeel uit de lokale arbeidsreserve bij werving in Nederland",
      "Aandeel van de in Nederland geworven werknemers (geen arbeidsmigranten of grenspendelaars) dat uit de eigen arbeidsreserve van de regio komt in plaats van uit de rest van het land.",
      "Er is geen gekwantificeerd aandeel gevonden van nieuwe banen die de lokale reserve invult (projectonderzoek). De meeste Nederlandse werknemers werken binnen reisafstand, daarom is 0,7 aangenomen; de ruime bandbreedte weerspiegelt dat de Limburgse reserve relatief klein is en vaak niet aansluit."
    ),
    "migration.longStayAnnualDepartureShare": DutchParameterText(
      label: "Aandeel long-stay-migranten dat jaarlijks vertrekt",
      "Aandeel van de long-stay-arbeidsmigranten dat in een jaar vertrekt en door nieuw aangekomen long-stay-migranten wordt vervangen.",
      "Meer dan 6 op de 10 arbeidsmigranten uit de EU/EVA die in 2005–2016 aankwamen, vertrokken binnen vijf jaar (CBS 2025). Een constant jaarlijks vertrekaandeel d met (1 − d)^5 = 0,4 geeft d = 1 − 0,4^(1/5) = 0,167. De ondergrens houdt rekening met long-stay-werknemers die al gevestigd zijn (Limburg: 27% blijft langer dan vijf jaar, Decisio 2020); de bovengrens met het 'meer dan' in het CBS-cijfer."
    ),
    "migration.midStayMaxMonths": DutchParameterText(
      label: "Maximale duur mid-stay",
      "Langste verblijf in maanden dat als mid-stay telt; een langer verblijf is long-stay.",
      "Er is geen landelijke definitie. Het projectonderzoek noemt 4 tot 12 maanden als mid-stay; Peel en Maas gebruikte 6 maanden tot 2 jaar (2017), wat de bandbreedte bepaalt."
    ),
    "migration.migrantShare.agency.agriculture": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder uitzendkrachten, land- en tuinbouw",
      "Aandeel arbeidsmigranten onder uitzendkrachten in land- en tuinbouw."),
    "migration.migrantShare.agency.meatProcessing": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder uitzendkrachten, vleesverwerking",
      "Aandeel arbeidsmigranten onder uitzendkrachten in de vlees- en pluimveeverwerking (slachten en uitsnijden).",
      "De FNV schat alle werkenden in slachterijen op 80% arbeidsmigranten (NOS 2020) en SEO op 51% (Foodpro 2022), met uitzendkrachten als het meest migrantrijke deel van het personeel; een uitzendbureau dat mensen plaatst in voeding, industrie en logistiek zegt dat meer dan 80% van hen EU-arbeidsmigrant is (HOBIJ via Trouw 2018). Uitzendkrachten in slachten en uitsnijden zijn daarom hoger gezet dan de 80% van de vakbond voor het hele bedrijf, op 0,9; de bandbreedte loopt van onder het uitzendaandeel van alle sectoren tot bijna allemaal (issue 20). Andere sectoren houden migration.migrantShare.agency.other."
    ),
    "migration.migrantShare.agency.other": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder uitzendkrachten, overige sectoren",
      "Aandeel arbeidsmigranten onder uitzendkrachten buiten de landbouw.",
      "Er is geen cijfer voor de hele sector gevonden. De grenzen komen uit losse gevallen: een logistiek bedrijf in de regio Tilburg/Waalwijk met 90% personeel uit Midden- en Oost-Europa (SEO 2018, via Tubantia) en 40% personeel van elders bij de 72 grootste bedrijven van Peel en Maas (KAFRA 2019). Uitzendkrachten zijn vaker migrant dan personeel in het algemeen, daarom is 0,75 gekozen."
    ),
    "migration.migrantShare.permanent.dataCentre": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, datacenters",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in datacenters.",
      "Er is geen cijfer gevonden. Personeel van datacenters bestaat vooral uit in Nederland geworven technici, daarom is maar een klein aandeel arbeidsmigranten aangenomen; kennismigranten tellen apart."
    ),
    "migration.migrantShare.permanent.foodProcessing": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, voedingsmiddelenindustrie",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in de voedingsmiddelenindustrie.",
      "Er is geen cijfer gevonden. De voedingsmiddelenindustrie heeft veel migranten in dienst, deels direct; een kwart is aangenomen, tussen logistiek en landbouw in, met een ruime bandbreedte."
    ),
    "migration.migrantShare.permanent.glasshouse": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, glastuinbouw",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in de glastuinbouw."
    ),
    "migration.migrantShare.permanent.highTech": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, halfgeleiders en hightech",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in halfgeleiders en hightech.",
      "Er is geen cijfer gevonden. Buitenlands personeel in de hightech bestaat vooral uit kennismigranten (migration.knowledgeMigrantShare.highTech), daarom is maar een klein aandeel andere arbeidsmigranten aangenomen."
    ),
    "migration.migrantShare.permanent.hospitality": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, horeca",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in de horeca.",
      "Er is geen cijfer gevonden. De horeca werkt vooral met lokaal personeel en studenten, maar sommige bedrijven, zoals vakantieparken, zijn afhankelijk van migranten; 0,15 is aangenomen, met een ruime bandbreedte."
    ),
    "migration.migrantShare.permanent.logistics": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, logistiek",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in de logistiek.",
      "Er is geen cijfer voor personeel in directe dienst in de logistiek gevonden. De meeste migranten in de logistiek werken via uitzendbureaus (ABU 2024: 37% van de uitzendmigranten werkt in de logistiek), daarom is onder personeel in directe dienst een lager aandeel aangenomen, met een ruime bandbreedte."
    ),
    "migration.migrantShare.permanent.manufacturing": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, metaal en maakindustrie",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in metaal en maakindustrie.",
      "Er is geen cijfer gevonden. De maakindustrie heeft vooral lokaal personeel in dienst en huurt migranten vooral via uitzendbureaus in, daarom is een laag aandeel aangenomen, met een bandbreedte tot drie op de tien."
    ),
    "migration.migrantShare.permanent.meatProcessing": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, vleesverwerking",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in de vleesverwerking.",
      "Er is geen verdeling tussen personeel in directe dienst en uitzendkrachten gevonden. In de hele vleessector was in 2020 37% van de werkenden arbeidsmigrant, in slachterijen 51% (SEO via Foodpro 2022); 7.500 van de 12.000 werkenden in slachterijen waren arbeidsmigrant (Parool 2020, 0,63), en de FNV schat slachterijen op 80% (NOS 2020). Met uitzendkrachten volgens migrantShare.agency.meatProcessing (0,9) gaf een aandeel van 0,55 onder personeel in directe dienst ongeveer 0,7 migranten in een bedrijf met het toen aangenomen uitzendaandeel (0,5), tussen de 0,51 van SEO en de 0,8 van de FNV; de bandbreedte loopt van het sectorgemiddelde tot het cijfer van de vakbond voor slachterijen (issue 20). Nu het uitzendaandeel de bedrijven volgt die het hunne publiceren (workforce.agencyShare.meatProcessing 0,8, ronde 9), geeft hetzelfde aandeel ongeveer 0,83 bij de standaardwaarden en 0,78 als mediaan van de trekkingen, dicht bij de 77-90% die de bedrijven publiceren; voor het aandeel onder personeel in directe dienst zelf is geen cijfer per bedrijf gevonden, dus het blijft."
    ),
    "migration.migrantShare.permanent.openField": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder eigen personeel, open teelt",
      "Aandeel arbeidsmigranten onder het personeel in directe dienst (vast of flexibel contract) in de vollegrondsteelt."
    ),
    "migration.migrantShare.seasonal": DutchParameterText(
      label: "Aandeel arbeidsmigranten onder seizoenskrachten",
      "Aandeel arbeidsmigranten onder seizoenskrachten.",
      "Er is geen cijfer voor seizoenscontracten gevonden. Anker: SEO (2020) vond dat 90% van de uitzendkrachten in de landbouw arbeidsmigrant is, en seizoenswerk is vooral landbouwwerk; de bandbreedte laat ruimte voor studenten en lokale seizoenskrachten in de horeca."
    ),
    "migration.nonEuShareOfLabourMigrants": DutchParameterText(
      label: "Aandeel arbeidsmigranten van buiten de EU",
      "Aandeel van de arbeidsmigranten van een vestiging dat van buiten de EU en de EVA komt.",
      "Er is geen direct cijfer gevonden. Volgens ABU (2024) was van de 984.169 arbeidsmigranten die in 2022 werkten 40% Pools en 16% Roemeens, dus EU-werknemers overheersen; een aandeel van buiten de EU van 0,15 is aangenomen, met een ruime bandbreedte omdat werving buiten de EU toeneemt."
    ),
    "migration.residence.abroadShare": DutchParameterText(
      label: "Aandeel van wie buiten de provincie woont dat over de grens woont",
      "Voor een gemeente aan de Duitse of Belgische grens: het aandeel van de buiten de provincie wonende arbeidsmigranten dat over de grens woont in plaats van in een andere Nederlandse provincie.",
      "Er is geen gepubliceerde verdeling gevonden. De provincie noemt grensoverschrijdende 'waterbedeffecten' van de handhaving op huisvesting (actieplan §3.4), en werknemers van Limburgse vestigingen die in Duitsland of België wonen, komen bij de grens veel voor (CBS via Managersonline); de helft is aangenomen, met een ruime bandbreedte."
    ),
    "migration.residence.hostShare": DutchParameterText(
      label: "Aandeel dat in de vestigingsgemeente woont",
      "Aandeel van de in Limburg wonende arbeidsmigranten dat in de gemeente van de vestiging woont.",
      "Er is geen gepubliceerd aandeel gevonden. Noord-Limburgse bronnen zeggen dat veel migranten in hun werkgemeente wonen, en Peel en Maas eiste dat driekwart van de op een locatie gehuisveste migranten lokaal werkt (een niet geverifieerd lokaal gegeven). Iets meer dan de helft is aangenomen, met een ruime bandbreedte voor kleine en grote gemeenten."
    ),
    "migration.residence.neighbourShare": DutchParameterText(
      label: "Aandeel van de rest van de provincie in buurgemeenten",
      "Aandeel van de arbeidsmigranten die in de provincie maar buiten de gemeente van de vestiging wonen dat in de buurgemeenten van die gemeente woont.",
      "Er is geen gepubliceerde verdeling gevonden. Migranten wonen dicht bij hun werk, en Noord-Limburgse bronnen zeggen dat velen in of bij hun werkgemeente wonen; daarom is aangenomen dat de meesten van wie buiten de gemeente van de vestiging woont in een buurgemeente wonen. De ruime bandbreedte dekt gemeenten met weinig of veel buurgemeenten met huisvesting."
    ),
    "migration.residence.outsideProvinceShare": DutchParameterText(
      label: "Aandeel dat buiten de provincie woont",
      "Aandeel van de in Limburg werkende internationale werknemers dat buiten de provincie woont.",
      "1 − 66.800 internationale werknemers wonend in Limburg / 75.100 werkend in Limburg (Decisio 2020, cijfers over 2018) = 0,11."
    ),
    "migration.shortStayMaxMonths": DutchParameterText(
      label: "Maximale duur short-stay",
      "Langste verblijf in maanden dat als short-stay telt, gelijk aan de grens van vier maanden waarboven migranten zich in de BRP moeten inschrijven.",
      "Twee definities komen uit op vier maanden: wie langer dan vier maanden blijft, moet zich in de BRP inschrijven (Rijksoverheid), en het Limburgse actieplan definieert short-stay als hoogstens vier aaneengesloten maanden binnen hoogstens een jaar (Waardig werken en wonen, §3.3). De bandbreedte laat gemeentelijke definities van drie tot zes maanden toe."
    ),
    "migration.stayShare.agency.mid": DutchParameterText(
      label: "Aandeel mid-stay, uitzendcontracten",
      "Aandeel van de aanwezige arbeidsmigranten met een uitzendcontract dat langer blijft dan short-stay, maar hoogstens migration.midStayMaxMonths maanden.",
      "Er is geen gepubliceerde verdeling per contractvorm gevonden. Met 15% short-stay brengt 25% mid-stay 40% onder een jaar en 60% long-stay, zoals Decisio vond voor de internationale werknemers in Limburg, die vooral via een uitzendbureau werken. \(DutchParameterText.stayAnchors)"
    ),
    "migration.stayShare.agency.short": DutchParameterText(
      label: "Aandeel short-stay, uitzendcontracten",
      "Aandeel van de aanwezige arbeidsmigranten met een uitzendcontract dat kort blijft (hoogstens migration.shortStayMaxMonths maanden).",
      "Er is geen gepubliceerde verdeling per contractvorm gevonden. Uitzendmigranten rouleren sneller dan personeel in directe dienst, daarom is 15% short-stay aangenomen; met het mid-stay-aandeel komt zo 40% onder een jaar, het cijfer van Decisio voor een voorraad die vooral via uitzendbureaus werkt. \(DutchParameterText.stayAnchors)"
    ),
    "migration.stayShare.flex.mid": DutchParameterText(
      label: "Aandeel mid-stay, flexcontracten in eigen dienst",
      "Aandeel van de aanwezige arbeidsmigranten met een flexibel contract in directe dienst dat langer blijft dan short-stay, maar hoogstens migration.midStayMaxMonths maanden.",
      "Er is geen gepubliceerde verdeling per contractvorm gevonden. Een kwart mid-stay laat voor flexibel personeel in directe dienst 65% long-stay over, dicht bij het planningscijfer van de provincie. \(DutchParameterText.stayAnchors)"
    ),
    "migration.stayShare.flex.short": DutchParameterText(
      label: "Aandeel short-stay, flexcontracten in eigen dienst",
      "Aandeel van de aanwezige arbeidsmigranten met een flexibel contract in directe dienst dat kort blijft (hoogstens migration.shortStayMaxMonths maanden).",
      "Er is geen gepubliceerde verdeling per contractvorm gevonden. Tijdelijke contracten in directe dienst lopen vaak maanden, daarom is een tiende short-stay aangenomen. \(DutchParameterText.stayAnchors)"
    ),
    "migration.stayShare.permanent.mid": DutchParameterText(
      label: "Aandeel mid-stay, vaste contracten",
      "Aandeel van de aanwezige arbeidsmigranten met een vast contract in directe dienst dat langer blijft dan short-stay, maar hoogstens migration.midStayMaxMonths maanden.",
      "Er is geen gepubliceerde verdeling per contractvorm gevonden. Aangenomen is dat een tiende van de migranten met een vast contract binnen een jaar vertrekt; negen op de tien blijven long-stay, boven de provinciale 70%, omdat een vast contract het gevestigde uiteinde van de bandbreedte is. \(DutchParameterText.stayAnchors)"
    ),
    "migration.stayShare.permanent.short": DutchParameterText(
      label: "Aandeel short-stay, vaste contracten",
      "Aandeel van de aanwezige arbeidsmigranten met een vast contract in directe dienst dat kort blijft (hoogstens migration.shortStayMaxMonths maanden).",
      "Er is geen gepubliceerde verdeling per contractvorm gevonden. Migranten met een vast contract blijven zelden maar enkele maanden, daarom is geen short-stay aangenomen. \(DutchParameterText.stayAnchors)"
    ),
    "migration.stayShare.seasonal.mid": DutchParameterText(
      label: "Aandeel mid-stay, seizoenscontracten",
      "Aandeel van de aanwezige arbeidsmigranten met een seizoenscontract dat langer blijft dan short-stay, maar hoogstens migration.midStayMaxMonths maanden.",
      "Er is geen gepubliceerde verdeling per contractvorm gevonden. Sommige seizoenskrachten blijven meerdere seizoenen in één jaar; aangenomen is dat niemand zich vestigt. \(DutchParameterText.stayAnchors)"
    ),
    "migration.stayShare.seasonal.short": DutchParameterText(
      label: "Aandeel short-stay, seizoenscontracten",
      "Aandeel van de aanwezige arbeidsmigranten met een seizoenscontract dat kort blijft (hoogstens migration.shortStayMaxMonths maanden).",
      "Er is geen gepubliceerde verdeling per contractvorm gevonden. Seizoenskrachten komen meestal voor één oogstseizoen van enkele maanden. \(DutchParameterText.stayAnchors)"
    ),

    // MARK: Region
    "region.limburg.labourForce": DutchParameterText(
      label: "Beroepsbevolking van Limburg",
      "Aantal personen in de Limburgse beroepsbevolking, ongeveer 600.000 in 2022."),
    "region.limburg.labourMigrants": DutchParameterText(
      label: "Werkende arbeidsmigranten in Limburg",
      "Aantal arbeidsmigranten dat in Limburg werkt."),
    "region.limburg.labourMigrants2030High": DutchParameterText(
      label: "Werkende arbeidsmigranten in Limburg in 2030, hoog",
      "Bovenkant van het verwachte aantal arbeidsmigranten dat in 2030 in Limburg werkt."),
    "region.limburg.labourMigrants2030Low": DutchParameterText(
      label: "Werkende arbeidsmigranten in Limburg in 2030, laag",
      "Onderkant van het verwachte aantal arbeidsmigranten dat in 2030 in Limburg werkt."),
    "region.limburg.population": DutchParameterText(
      label: "Bevolking van Limburg",
      "Aantal inwoners van de provincie Limburg.",
      "Het actieplan Integrale Aanpak Arbeidsmigratie (Provincie Limburg) noemt het inwonertal niet, en het projectonderzoek bevat geen CBS-totaal. De inwonertallen van de gemeenten in het gegevensbestand van het project, meest op 1 januari 2024, tellen op tot ongeveer 1,13 miljoen; de afgeronde waarde en de bandbreedte gelden tot het CBS-totaal is toegevoegd."
    ),
    "region.nl.netLabourMigrationPerYear": DutchParameterText(
      label: "Netto arbeidsmigratie naar Nederland per jaar",
      "Gemiddeld aantal arbeidsmigranten dat per jaar naar Nederland komt min het aantal dat vertrekt, gedetacheerden niet meegeteld."
    ),
    "region.nl.population2024": DutchParameterText(
      label: "Inwoners van Nederland in 2024",
      "Aantal inwoners van Nederland in juli 2024 (bevolkingsteller van het CBS)."),
    "region.nl.population2050.moderateGrowth": DutchParameterText(
      label: "Bevolking van Nederland in 2050, gematigde groei",
      "Bevolking van Nederland in 2050 bij de gematigde groei die de Staatscommissie aanbeveelt.",
      "Midden van de 19 tot 20 miljoen die de Staatscommissie voor 2050 aanbeveelt; de bandbreedte is die spanne."
    ),
    "region.nl.population2050.shrink": DutchParameterText(
      label: "Bevolking van Nederland in 2050, krimp",
      "Bevolking van Nederland in 2050 bij het krimpalternatief dat de Staatscommissie beschrijft.",
      "De Staatscommissie (2024) noemt voor krimp alleen 'onder 18 miljoen', dus de puntwaarde is gekozen, niet gepubliceerd. 17,5 miljoen ligt onder die grens; de ondergrens van 16,5 miljoen is ongeveer het lage scenario van WLO 2015."
    ),
    "region.nl.population2050.strongGrowth": DutchParameterText(
      label: "Bevolking van Nederland in 2050, sterke groei",
      "Bevolking van Nederland in 2050 bij het alternatief van sterke groei dat de Staatscommissie beschrijft.",
      "Midden van de 21 tot 23 miljoen die de Staatscommissie voor sterke groei noemt (het hoogste scenario is 22,8 miljoen); de bandbreedte is die spanne."
    ),

    // MARK: Region, projection
    "region.path.expectation2030.growthAfter2030": DutchParameterText(
      label: "Verwachting 2030, jaarlijkse groei na 2030",
      "Jaarlijkse groei van het aantal werkende arbeidsmigranten na 2030 op het pad van de verwachting van de provincie voor 2030.",
      "Het actieplan verwacht 96.000–112.000 in 2030 en zegt niets over latere jaren. Het pad houdt het niveau van 2030 vast (0% per jaar) en laat de band lopen van een daling van 2% tot een groei van 2% per jaar, zodat de lezer ziet hoezeer de jaren na 2030 op een aanname rusten."
    ),
    "region.path.expectation2030.target": DutchParameterText(
      label: "Verwacht aantal werkzame arbeidsmigranten in Limburg in 2030",
      "Aantal arbeidsmigranten dat in 2030 in Limburg werkt op het pad van de verwachting van de provincie; het pad loopt in een rechte lijn van het basisjaar daarheen.",
      "Midden van de verwachte 96.000–112.000 in 2030 (Decisio 2024 via het actieplan); de bandbreedte is die spanne."
    ),
    "region.path.fewerMigrants.annualChange": DutchParameterText(
      label: "Minder arbeidsmigranten, jaarlijkse verandering",
      "Jaarlijkse verandering van het aantal werkende arbeidsmigranten op het pad van verminderde inzet van arbeidsmigranten (hogere productiviteit in plaats van meer werknemers).",
      "Het actieplan vraagt de visie voor 2050 om 'verminderde inzet van arbeidsmigranten' af te wegen (§3.6), zonder een getal te noemen. Het CPB (Hasekamp 2022, https://www.cpb.nl/en/node/161006) vindt een groei van de arbeidsproductiviteit van maar ongeveer 0,5% per jaar, met migranten in sectoren met een lage productiviteit. Het pad neemt aan dat productiviteitswinst en sectorbeleid in die sectoren het aantal arbeidsmigranten met 1% per jaar verminderen, een beleidskeuze en geen voorspelling; de bandbreedte loopt van geen verandering tot een daling van 2% per jaar, met het gekozen tempo in het midden."
    ),
    "region.path.moderateGrowth.workGrowth": DutchParameterText(
      label: "Gematigde groei en verminderde inzet, jaarlijkse groei van het werk vanaf 2030",
      "Beleidskeuze van het pad 'gematigde groei en verminderde inzet van arbeidsmigranten': de jaarlijkse groei, vanaf 2030, van het werk in de sectoren waar arbeidsmigranten werken, bij gematigde economische groei. Tot 2030 volgt het pad de verwachting van de provincie.",
      "Een beleidskeuze, geen voorspelling. Het actieplan 'Waardig werken en wonen' (Provincie Limburg 2024, §3.6, https://www.limburg.nl/onderwerpen/wonen/nieuwkomers-limburg/) vraagt in de toekomstvisie 2050 rekening te houden met 'het scenario van gematigde economische groei en verminderde inzet van arbeidsmigranten vanuit een breed welvaartsperspectief', zonder getal. 'Gematigd' is genomen als ongeveer een derde van de 2,9% per jaar die de eigen verwachting van de provincie voor 2022–2030 inhoudt ((104.000 ÷ 82.895)^(1/8) − 1): 1% per jaar, met een bandbreedte van geen groei tot twee derde van dat tempo (0–2%), de gekozen waarde in het midden."
    ),
    "region.path.moderateGrowth.migrantShareChange": DutchParameterText(
      label:
        "Gematigde groei en verminderde inzet, jaarlijkse verandering van het aandeel arbeidsmigranten vanaf 2030",

      "Beleidskeuze van het pad 'gematigde groei en verminderde inzet van arbeidsmigranten': de jaarlijkse verandering, vanaf 2030, van het aandeel van dat werk dat arbeidsmigranten doen (verminderde inzet: meer productiviteit, de eigen arbeidsreserve, andere sectoren).",
      "Een beleidskeuze, geen voorspelling: de 'verminderde inzet van arbeidsmigranten' van het actieplan (Provincie Limburg 2024, §3.6, https://www.limburg.nl/onderwerpen/wonen/nieuwkomers-limburg/), dat geen getal noemt. Een daling van 2% per jaar maakt het aandeel van arbeidsmigranten in het werk in 2050 een derde kleiner (0,98^20 = 0,67); de bandbreedte loopt van geen vermindering (0) tot 4% per jaar (0,96^20 = 0,44, meer dan gehalveerd), de gekozen waarde in het midden. Met 1% groei van het werk daalt het aantal werkende arbeidsmigranten vanaf de verwachting voor 2030 met ongeveer 1% per jaar."
    ),
    "region.path.trend.annualIncrease": DutchParameterText(
      label: "Recente trend, jaarlijkse toename werkzame arbeidsmigranten",
      "Jaarlijkse toename van het aantal arbeidsmigranten dat in Limburg werkt aan het begin van het pad van de recente trend: de toename van 2017–2022, vanaf 2022 voortgezet op een logistische kromme die afvlakt naar de grens in de beroepsbevolking.",
      "(82.895 in 2022 − 39.860 in 2017) ÷ 5 jaar = 8.607 per jaar (beide cijfers van Decisio 2024, zoals aangehaald in het actieplan): de helling van het pad in 2022. Geen samengestelde groei: de groei van 2017–2022 (16% per jaar) samengesteld doortrekken zou tegen 2050 ongeveer 5 miljoen geven. De bandbreedte, de helft tot anderhalf keer dat tempo, is een aanname voor de band, met de bronvermelde helling in het midden."
    ),
    "region.path.trend.labourForceCeiling": DutchParameterText(
      label: "Recente trend, grens als aandeel van de Limburgse beroepsbevolking",
      "Het niveau waar het pad van de recente trend naar afvlakt, als aandeel van de Limburgse beroepsbevolking: de draagkracht K van de logistische kromme dL/dt = r·L·(1 − L/K) (Verhulst 1838). Ook het aandeel waarboven `project` en `check` waarschuwen dat een pad voor de provincie onwaarschijnlijk is.",
      "In 2022 waren de 82.895 werkende arbeidsmigranten 13,8% van de Limburgse beroepsbevolking van ongeveer 600.000 (actieplan §2.1.2). Geen bron geeft een bovengrens; een kwart van de beroepsbevolking (150.000), bijna het dubbele van het huidige aandeel, is aangenomen als het niveau dat een rechte trend niet kan passeren, met een ruime bandbreedte (18–32%, 108.000–192.000). De logistische vorm (de vergelijking van Verhulst, zoals beschreven door Bacaër 2008) houdt de helling van 2022 en buigt het pad naar de grens, zodat het die nooit overschrijdt."
    ),
    "region.check.workingShareOfPopulation": DutchParameterText(
      label:
        "Plausibiliteitsgrens: werkende arbeidsmigranten als aandeel van de inwoners van een gemeente",

      "Aandeel van de inwoners van een gemeente waarboven `project` en `check` waarschuwen dat het aantal werkende arbeidsmigranten (telling of pad) onwaarschijnlijk is als mensen die er wonen of gehuisvest zijn.",
      "In heel Limburg zijn 82.895 werkende arbeidsmigranten (2022) ongeveer 7% van 1,13 miljoen inwoners; de hoogste bronvermelde gemeentelijke telling van wie er werkt, Venray met 8.000 (2025), is 18% van 44.662 inwoners, en de verwachting voor 2030 brengt dat op ongeveer 20,5%. Leudal met 13.415 (2018) is 37%: een telling van banen toegerekend aan de vestiging van een werkgever, niet van mensen die er gehuisvest zijn (Docs/region-data.md). Een grens van 25% ligt boven elke zulke bronvermelde telling en de verwachte groei daarvan, behalve die van Leudal; de bandbreedte is ruim omdat geen bron een grens noemt. Een waarschuwing, geen limiet: alleen de cataloguswaarde (of een vervanging) wordt gebruikt, nooit een trekking."
    ),
    "region.stock.midStayMonths": DutchParameterText(
      label: "Gemiddelde duur van een middellang verblijf",
      "Gemiddeld aantal maanden dat een mid-stay-arbeidsmigrant (langer dan de short-stay-grens, korter dan een jaar) blijft voordat hij vertrekt of zich vestigt.",
      "Mid-stay ligt per definitie tussen de short-stay-grens van vier maanden en een jaar; het midden, 8 maanden, is aangenomen, en de bandbreedte dekt het grootste deel van die spanne."
    ),
    "region.stock.nonEuShare": DutchParameterText(
      label: "Aandeel arbeidsmigranten van buiten de EU in de regio",
      "Aandeel van de arbeidsmigranten in de regio dat van buiten de EU komt; zij nemen vaker gezin mee.",
      "Er is geen regionaal cijfer gevonden. De meeste arbeidsmigranten in Limburg komen uit Midden- en Oost-Europa (Decisio 2020); de arbeidsmigratie van buiten de EU is gegroeid (ESB 2023). 15% is aangenomen, met een ruime bandbreedte."
    ),
    "region.stock.peakFactor": DutchParameterText(
      label: "Seizoenspiekfactor van de regionale voorraad",
      "Arbeidsmigranten aanwezig op de seizoenspiek ÷ aanwezig op een gemiddelde dag, voor de sectormix van de regio.",
      "Het aantal banen van werknemers in de landbouw was in juli 2015 27% hoger dan in januari (CBS 2016): de bovengrens. De regionale voorraad omvat ook logistiek en industrie, met weinig seizoen; daarom is voor de mix een piek van 12% boven het gemiddelde aangenomen."
    ),
    "region.stock.settlementShare": DutchParameterText(
      label: "Jaarlijks aandeel middellang verblijvenden dat zich vestigt",
      "Aandeel van de aanwezige mid-stay-arbeidsmigranten dat elk jaar blijft als long-stay-migrant (vestiging).",
      "Decisio (2020) vindt dat ongeveer een kwart van de internationale werknemers in Limburg zich vestigt en driekwart korter dan drie jaar blijft; het CBS (2025) vindt dat meer dan 6 op de 10 arbeidsmigranten uit de EU binnen vijf jaar vertrekken. Er is geen jaarlijkse overgang van tijdelijk naar long-stay gevonden: 15% van de mid-stay-migranten per jaar is aangenomen, wat het long-stay-aandeel van een stabiele voorraad dicht bij de 60% met een verblijf langer dan een jaar houdt, met een ruime bandbreedte."
    ),
    "region.stock.shortShareOfTemporary": DutchParameterText(
      label: "Aandeel kort verblijf binnen verblijf korter dan een jaar",
      "Aandeel short-stay (tot de short-stay-grens) onder de arbeidsmigranten die korter dan een jaar blijven.",
      "Het aandeel short-stay onder de verblijven korter dan een jaar van uitzendkrachten in de catalogus: 0,15 ÷ (0,15 + 0,25) = 0,375. Decisio (2020) geeft voor Limburg alleen verblijf korter dan een jaar (40%, de som van die twee aandelen) en langer dan vijf jaar (27%), voor een voorraad die vooral via uitzendbureaus werkt; er is geen splitsing bij vier maanden gevonden. Zo splitst de regionale voorraad zoals een uitzendvestiging in 'assess'. De bandbreedte (0,2–0,55) is een aanname, met de afgeleide waarde in het midden."
    ),
    "region.stock.temporaryShare": DutchParameterText(
      label: "Aandeel kort en middellang verblijf in de regionale voorraad",
      "Aandeel van de in de regio werkende arbeidsmigranten dat korter dan een jaar blijft (short-stay en mid-stay samen)."
    ),

    // MARK: Welfare
    "welfare.labourIncomeShare": DutchParameterText(
      label: "Aandeel arbeidsinkomen in de toegevoegde waarde",
      "Loonsom als aandeel van de toegevoegde waarde, gebruikt om de toegevoegde waarde per baan uit de lonen te schatten.",
      "Er is geen tabel met toegevoegde waarde per sector gelezen (projectonderzoek). In arbeidsintensieve sectoren is het loon meestal het grootste deel van de toegevoegde waarde, daarom is 0,7 aangenomen; de bandbreedte laat ruimte voor kapitaalintensieve en arbeidsintensieve sectoren."
    ),
    "welfare.migrantAnnualIncome": DutchParameterText(
      label: "Jaarinkomen van een arbeidsmigrant",
      "Gangbaar jaarinkomen van een arbeidsmigrant die in Limburg werkt.",
      "Midden van het gangbare inkomen van € 20.000 tot € 30.000 per jaar dat Decisio voor arbeidsmigranten in Limburg noemt; de bandbreedte is die spanne. Het prijspeil is het jaar van het rapport."
    ),
    "welfare.threshold.facilityPressure.attention": DutchParameterText(
      label: "Drempel voor aandacht, druk op voorzieningen",
      "Extra belasting van een voorziening als aandeel van de huidige belasting waarboven de beoordeling om aandacht vraagt.",
      "Een beleidsdrempel, geen empirisch cijfer: één procent extra belasting van een huisartsenpraktijk, school of politieteam is aangenomen als merkbaar. De bandbreedte loopt van een half procent tot drie procent."
    ),
    "welfare.threshold.facilityPressure.negative": DutchParameterText(
      label: "Drempel voor negatief, druk op voorzieningen",
      "Extra belasting van een voorziening als aandeel van de huidige belasting waarboven de beoordeling die als negatief waardeert (een duidelijk risico).",
      "Een beleidsdrempel, geen empirisch cijfer: drie keer de aandachtsdrempel, de bovenkant van diens bandbreedte. Drie procent meer patiënten of leerlingen in één keer is ongeveer een tiende van het jaarlijkse verloop op de patiëntenlijst van een huisartsenpraktijk, en meer dan een school zonder extra groepen opvangt; de bandbreedte loopt van twee tot vijf procent."
    ),
    "welfare.threshold.housingPressure.attention": DutchParameterText(
      label: "Drempel voor aandacht, woningdruk",
      "Benodigde woningen voor de nieuwe vraag als aandeel van de bestaande woningvoorraad waarboven de beoordeling om aandacht vraagt.",
      "Een beleidsdrempel, geen empirisch cijfer: een half procent van de voorraad is aangenomen als vergelijkbaar met een flink deel van de jaarlijkse nieuwbouw van een gemeente. De bandbreedte loopt van 0,2% tot 1% van de voorraad."
    ),
    "welfare.threshold.localShare.attention": DutchParameterText(
      label: "Drempel voor aandacht, aandeel banen uit de lokale arbeidsreserve",
      "Aandeel van de nieuwe banen dat de lokale arbeidsreserve invult waaronder de beoordeling om aandacht vraagt.",
      "Een beleidsdrempel, geen empirisch cijfer: de helft van de drempel voor 'goed'. Als minder dan een kwart van de nieuwe banen naar de lokale reserve gaat, komt het meeste werk, en dus de meeste huisvestingsvraag, van elders. De bandbreedte laat een strengere of ruimere lezing toe."
    ),
    "welfare.threshold.localShare.good": DutchParameterText(
      label: "Drempel voor een positieve score, aandeel banen uit de lokale arbeidsreserve",
      "Aandeel van de nieuwe banen dat de lokale arbeidsreserve invult waarboven de beoordeling het lokale voordeel als goed waardeert.",
      "Een beleidsdrempel, geen empirisch cijfer: als minstens de helft van de nieuwe banen naar lokale werknemers gaat, profiteert de regio zelf het meest. De bandbreedte laat een strengere of ruimere lezing toe."
    ),
    "welfare.threshold.migrantsPer1000.attention": DutchParameterText(
      label: "Drempel voor aandacht, nieuwe migranten per 1.000 inwoners",
      "Aantal migranten van de vestiging (arbeids-, kennis- en bouwmigranten) dat in de gemeente woont per 1.000 inwoners, waarboven de beoordeling om aandacht vraagt.",
      "Een beleidsdrempel, geen empirisch cijfer: één nieuwe migrant per honderd inwoners is in een kleine gemeente een merkbare verandering. De bandbreedte halveert of verdubbelt dat voor wie anders oordeelt."
    ),
    "welfare.threshold.migrantsPer1000.high": DutchParameterText(
      label: "Drempel voor grote impact, nieuwe migranten per 1.000 inwoners",
      "Aantal migranten van de vestiging (arbeids-, kennis- en bouwmigranten) dat in de gemeente woont per 1.000 inwoners, waarboven de beoordeling een grote impact meldt.",
      "Een beleidsdrempel, geen empirisch cijfer: aangenomen is dat tweeënhalve nieuwe migrant per honderd inwoners huisvesting en voorzieningen duidelijk onder druk zet. De ruime bandbreedte laat een strengere of ruimere grens toe."
    ),
    "welfare.threshold.skilledShare.good": DutchParameterText(
      label: "Drempel voor een positieve score, aandeel banen op mbo-niveau of hoger",
      "Aandeel van de banen op middelbaar of hoog niveau vanaf waar de beoordeling de bijdrage aan menselijk kapitaal als positief waardeert.",
      "Een beleidsdrempel, geen empirisch cijfer: als de meeste banen minstens mbo-niveau vragen, voegt de vestiging iets toe aan het menselijk kapitaal van de regio voor latere generaties (de CBS-dimensie 'later'). De bandbreedte laat een strengere of ruimere lezing toe."
    ),
    "welfare.threshold.spillover.attention": DutchParameterText(
      label: "Drempel voor aandacht, woningvraag buiten de vestigingsgemeente",
      "Aandeel van de huisvestingsvraag dat buiten de gemeente van de vestiging valt waarboven de beoordeling om aandacht vraagt.",
      "Een beleidsdrempel, geen empirisch cijfer: als vier op de tien migranten door buurgemeenten gehuisvest moeten worden, zijn regionale afspraken nodig. De bandbreedte laat een strengere of ruimere lezing toe."
    ),
    "welfare.threshold.unmetHousingShare.attention": DutchParameterText(
      label: "Drempel voor aandacht, onvervulde vraag naar tijdelijke huisvesting",
      "Aandeel van de tijdelijke huisvestingsvraag dat niet door geplande of vergunde bedden wordt gedekt waarboven de beoordeling om aandacht vraagt.",
      "Een beleidsdrempel, geen empirisch cijfer: aangenomen is dat een tiende van de vraag zonder bed leidt tot overbewoning of noodoplossingen. De bandbreedte loopt van geen enkele tolerantie tot drie op de tien."
    ),
    "welfare.threshold.wageRatio.attention": DutchParameterText(
      label: "Drempel voor aandacht, loon per baan t.o.v. het landelijk gemiddelde",
      "Verhouding van het gemiddelde loon per baan bij de vestiging tot het landelijk gemiddelde loon van alle banen (CBS) waaronder de beoordeling om aandacht vraagt.",
      "Een beleidsdrempel, geen empirisch cijfer: banen die duidelijk onder het gemiddelde betalen, dragen minder bij aan brede welvaart; het landelijk gemiddelde van alle banen is gebruikt omdat geen Limburgse loontabel is gelezen. Tien procent onder het gemiddelde is aangenomen, met een bandbreedte van twintig procent eronder tot het gemiddelde zelf."
    ),
    "welfare.valueAddedPerMigrantYear": DutchParameterText(
      label: "Toegevoegde waarde per arbeidsmigrant per jaar",
      "Bijdrage aan het nationaal inkomen per arbeidsmigrant uit Midden- en Oost-Europa per jaar.",
      "€ 11 miljard bijdrage aan het nationaal inkomen / 371.000 arbeidsmigranten uit Midden- en Oost-Europa in 2016 = ongeveer € 29.650 per migrant per jaar."
    ),
    "welfare.wagePerJob.agriculture": DutchParameterText(
      label: "Jaarloon per baan, landbouw, bosbouw en visserij (SBI A)",
      "Gemiddeld jaarloon per baan, bijzondere beloningen inbegrepen, in landbouw, bosbouw en visserij (SBI A) in 2023 (voorlopig), over alle werknemers en niet alleen migranten."
    ),
    "welfare.wagePerJob.all": DutchParameterText(
      label: "Jaarloon per baan, alle sectoren",
      "Gemiddeld jaarloon per baan, bijzondere beloningen inbegrepen, in alle economische activiteiten in 2023 (voorlopig), over alle werknemers en niet alleen migranten."
    ),
    "welfare.wagePerJob.construction": DutchParameterText(
      label: "Jaarloon per baan, bouwnijverheid (SBI F)",
      "Gemiddeld jaarloon per baan, bijzondere beloningen inbegrepen, in de bouw (SBI F) in 2023 (voorlopig), over alle werknemers en niet alleen migranten."
    ),
    "welfare.wagePerJob.hospitality": DutchParameterText(
      label: "Jaarloon per baan, horeca (SBI I)",
      "Gemiddeld jaarloon per baan, bijzondere beloningen inbegrepen, in de horeca (SBI I) in 2023 (voorlopig), over alle werknemers en niet alleen migranten."
    ),
    "welfare.wagePerJob.industry": DutchParameterText(
      label: "Jaarloon per baan, industrie (SBI C)",
      "Gemiddeld jaarloon per baan, bijzondere beloningen inbegrepen, in de industrie (SBI C) in 2023 (voorlopig), over alle werknemers en niet alleen migranten."
    ),
    "welfare.wagePerJob.staffingServices": DutchParameterText(
      label:
        "Jaarloon per baan, verhuur en overige zakelijke diensten, uitzendbureaus inbegrepen (SBI N)",

      "Gemiddeld jaarloon per baan, bijzondere beloningen inbegrepen, in verhuur en overige zakelijke diensten, uitzendbureaus inbegrepen (SBI N), in 2023 (voorlopig), over alle werknemers en niet alleen migranten."
    ),
    "welfare.wagePerJob.trade": DutchParameterText(
      label: "Jaarloon per baan, handel (SBI G)",
      "Gemiddeld jaarloon per baan, bijzondere beloningen inbegrepen, in de handel (SBI G) in 2023 (voorlopig), over alle werknemers en niet alleen migranten."
    ),
    "welfare.wagePerJob.transportStorage": DutchParameterText(
      label: "Jaarloon per baan, vervoer en opslag (SBI H)",
      "Gemiddeld jaarloon per baan, bijzondere beloningen inbegrepen, in vervoer en opslag (SBI H) in 2023 (voorlopig), over alle werknemers en niet alleen migranten."
    ),

    // MARK: Workforce
    "workforce.agencyShare.construction": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, bouw",
      "Aandeel van de fte in de bouw dat via uitzendbureaus wordt ingevuld.",
      "Er is geen aandeel gevonden. De bouw leunt op onderaanneming, detachering en uitzendwerk voor buitenlandse ploegen, daarom is een groot aandeel aangenomen, met een ruime bandbreedte voor projecten van lokale bedrijven."
    ),
    "workforce.agencyShare.dataCentre": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, datacenters",
      "Aandeel van de fte in datacenters dat via uitzendbureaus wordt ingevuld.",
      "Er is geen aandeel gevonden. Datacenters draaien op vakbekwame technici in vaste dienst; uitzendbureaus leveren vooral beveiliging en schoonmaak, daarom is een laag aandeel aangenomen."
    ),
    "workforce.agencyShare.foodProcessing": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, voedingsmiddelenindustrie",
      "Aandeel van de fte in de voedingsmiddelenindustrie dat via uitzendbureaus wordt ingevuld.",
      "Er is geen aandeel gevonden. ABU (2024) meldt een groeiend aandeel uitzendmigranten in de voedingsmiddelenindustrie (18%), daarom is een flink uitzendaandeel aangenomen, met een ruime bandbreedte."
    ),
    "workforce.agencyShare.glasshouse": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, glastuinbouw",
      "Aandeel van de fte in de glastuinbouw dat via uitzendbureaus wordt ingevuld.",
      "Voor de glastuinbouw is geen aandeel fte op uitzendcontracten gevonden. Aangenomen is dat telers het meeste personeel zelf in dienst hebben, daarom is een laag uitzendaandeel gekozen; de bandbreedte laat ruimte voor telers die vooral via uitzendbureaus inhuren."
    ),
    "workforce.agencyShare.highTech": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, halfgeleiders en hightech",
      "Aandeel van de fte in halfgeleiders en hightech dat via uitzendbureaus wordt ingevuld.",
      "Er is geen aandeel gevonden. Hightechbedrijven hebben de meeste ingenieurs zelf in dienst en huren sommige operators en ondersteunend personeel via uitzendbureaus in, daarom is een laag aandeel aangenomen."
    ),
    "workforce.agencyShare.hospitality": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, horeca",
      "Aandeel van de fte in de horeca dat via uitzendbureaus wordt ingevuld.",
      "Er is geen aandeel gevonden. De horeca werkt vooral met oproep- en tijdelijke contracten in directe dienst in plaats van uitzendbureaus, daarom is een laag uitzendaandeel aangenomen."
    ),
    "workforce.agencyShare.logistics": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, logistiek",
      "Aandeel van de fte in de logistiek dat via uitzendbureaus wordt ingevuld.",
      "Er is geen aandeel per sector gevonden. Ankers: SEO (2018) vond dat 54% van de banen van migranten uit Midden- en Oost-Europa uitzendbanen waren, en ABU (2024) dat 37% van de uitzendmigranten in de logistiek werkt. Distributiecentra leunen sterk op uitzendbureaus, daarom is de helft van de fte aangenomen, met een ruime bandbreedte."
    ),
    "workforce.agencyShare.manufacturing": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, metaal en maakindustrie",
      "Aandeel van de fte in metaal en maakindustrie dat via uitzendbureaus wordt ingevuld.",
      "Er is geen aandeel gevonden. De maakindustrie zet uitzendkrachten in voor productiepieken maar houdt een kern van vast personeel, daarom is een bescheiden aandeel aangenomen, met een ruime bandbreedte."
    ),
    "workforce.agencyShare.meatProcessing": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, vleesverwerking",
      "Aandeel van de fte in de vleesverwerking dat via uitzendbureaus wordt ingevuld.",
      "De twee bedrijven in de referentietabel die zeggen hoe ze bemand zijn, leunen veel sterker op uitzendbureaus dan de sector: van de 600 banen die Vion naar Boxtel verplaatste, waren er ongeveer 120 vast en de rest vooral flexkrachten uit Polen, Roemenië en Slowakije (Brabants Dagblad 2019: 0,8), en ruim 500 van de 600 werknemers van de pluimveeslachterij van Esbro in Wehl zijn arbeidsmigranten via uitzendbureau Fides (De Stentor 2021: minstens 0,83). De sector als geheel gebruikt minder uitzendkrachten: SEO vond dat 37% van de 37.400 werkenden in de vleessector (slachterijen, vleesverwerking en groothandel in vlees, 2020) via een uitzendbureau werkte (voor de ministeries van SZW en LNV; via Foodpro 2022), en werkgeversvereniging COV telde in 2010 ongeveer 3.000 uitzendkrachten en 2.000 ingeleende krachten op ongeveer 12.000 werknemers (42%; COV, Maatschappelijk jaarverslag 2010-2012). Een bedrijf waarvoor een effectrapportage nodig is, is een slacht- of uitsnijbedrijf zoals die twee, dus de waarde volgt hen met 0,8; elk van beide bedrijven geeft alleen al 0,8 of meer, dus wie er één weglaat, krijgt dezelfde waarde. De bandbreedte loopt van de 42% van de sector (een bedrijf dat bemand is zoals de sector als geheel) tot 0,95 (een bedrijf dat bijna geheel via uitzendbureaus bemand is), driehoekig getrokken. Met de aandelen migranten onder uitzendkrachten en personeel in directe dienst leggen de trekkingen 78% (P10-P90 69-86%) van de werknemers van een bedrijf bij de arbeidsmigranten, tegen de 77%, 83% en 90% die Vion Boxtel, Esbro en Van Rooi Meat publiceerden en de 80% van de FNV voor slachterijen (issue 20, ronde 9; tot dan 0,5, bandbreedte 0,2-0,8, uit alleen de sectorcijfers)."
    ),
    "workforce.agencyShare.openField": DutchParameterText(
      label: "Aandeel fte via uitzendbureaus, open teelt",
      "Aandeel van de fte in de vollegrondsteelt dat via uitzendbureaus wordt ingevuld.",
      "Er is geen aandeel gevonden. Vollegrondsbedrijven nemen seizoenskrachten meestal zelf in dienst, daarom is een laag uitzendaandeel aangenomen; de bandbreedte laat ruimte voor bedrijven die voor de oogst op uitzendbureaus leunen."
    ),
    "workforce.peakFactor.foodProcessing": DutchParameterText(
      label: "Piekfactor, voedingsmiddelenindustrie",
      "Verhouding van het aantal werknemers in de drukste maand tot een gemiddelde maand in de voedingsmiddelenindustrie.",
      "Er is geen gepubliceerde piekverhouding voor de voedingsmiddelenindustrie gevonden. De verwerking volgt oogsten en feestdagen maar deels, daarom is een kleine piek aangenomen; de bandbreedte loopt van geen piek tot een bedrijf dat op campagnes draait."
    ),
    "workforce.peakFactor.glasshouse": DutchParameterText(
      label: "Piekfactor, glastuinbouw",
      "Aanwezigen in de drukste maand per aanwezige op een gemiddelde dag in de glastuinbouw.",
      "116.000 banen van werknemers in de landbouw in juli 2015 / 91.000 in januari 2015 = 1,27 (drukste / rustigste maand). Met het jaargemiddelde halverwege die twee is drukste / gemiddeld = 2 × 1,27 / (1 + 1,27) = 1,12. Dit is het cijfer voor de hele landbouw, bij gebrek aan een cijfer voor alleen de glastuinbouw gebruikt; de bandbreedte laat scherpere pieken in de glastuinbouw toe."
    ),
    "workforce.peakFactor.hospitality": DutchParameterText(
      label: "Piekfactor, horeca",
      "Verhouding van het aantal werknemers in de drukste maand tot een gemiddelde maand in de horeca.",
      "Volgens het CBS (2016) vangen jongeren de pieken in de horeca op, maar een verhouding wordt niet gegeven. Een zomerpiek vergelijkbaar met de landbouw is aangenomen, met een ruime bandbreedte voor sterk seizoensgebonden toeristische bedrijven."
    ),
    "workforce.peakFactor.logistics": DutchParameterText(
      label: "Piekfactor, logistiek",
      "Verhouding van het aantal werknemers in de drukste maand tot een gemiddelde maand in de logistiek.",
      "Er is geen gepubliceerde piekverhouding voor distributiecentra gevonden. E-commerce heeft een duidelijke piek in het vierde kwartaal, daarom is een gematigde factor van 1,2 aangenomen; de bandbreedte dekt stabiele contractlogistiek en sterk seizoensgebonden webwinkels."
    ),
    "workforce.peakFactor.openField": DutchParameterText(
      label: "Piekfactor, open teelt",
      "Aanwezigen in de drukste maand per aanwezige op een gemiddelde dag in de vollegrondsteelt.",
      "Er is geen cijfer voor de vollegrondsteelt gevonden. Oogstpieken in vollegrondsgewassen (asperges, aardbeien) zijn veel scherper dan de verhouding drukste/rustigste maand van 1,27 voor de hele landbouw (CBS 2016), die ten opzichte van het gemiddelde 1,12 is; 1,5 keer het gemiddelde is aangenomen, met een ruime bandbreedte tot 2,5."
    ),
    "workforce.peakFactor.other": DutchParameterText(
      label: "Piekfactor, overige sectoren",
      "Verhouding van het aantal werknemers in de drukste maand tot een gemiddelde maand in sectoren zonder duidelijk seizoen.",
      "Er is geen gepubliceerd cijfer gevonden. Maakindustrie, hightech, datacenters en bouw hebben geen sterk seizoen, daarom is alleen een kleine piek voor vakanties en orderpieken aangenomen, met een smalle bandbreedte."
    ),
    "workforce.personsPerFTEYear.agency": DutchParameterText(
      label: "Personen per fte-jaar, uitzendcontracten",
      "Aantal verschillende personen dat via een uitzendbureau in een jaar één fte invult.",
      "Er is geen gepubliceerd cijfer voor uitzendwerk gevonden (het projectonderzoek noemt 1,0 tot 1,5 voor werk het hele jaar door). Uitzendkrachten rouleren sneller dan flexibel personeel in directe dienst. De waarde is 1,7. De standaard verblijfsaandelen van uitzendcontracten vragen minstens 1,40: 15% van de migranten blijft hoogstens vier maanden, dus elke zulke plaats wordt door drie personen per jaar bezet (0,3 extra), en 17% van de 60% long-stay-migranten vertrekt elk jaar (0,10, migration.longStayAnnualDepartureShare); de overige 0,3 vervangt het kwart dat vier tot twaalf maanden blijft ongeveer eens per jaar. De bandbreedte is ruim (issue 20: de tekst beschrijft niet langer de eerdere verblijfsaandelen)."
    ),
    "workforce.personsPerFTEYear.flex": DutchParameterText(
      label: "Personen per fte-jaar, flexcontracten in eigen dienst",
      "Aantal verschillende personen dat op tijdelijke contracten in directe dienst in een jaar één fte invult.",
      "Er is geen gepubliceerd cijfer voor flexibele contracten gevonden. Een aanwijzing, geen gelijke maat: SEO (2018) telde in 2016 371.000 migranten uit Midden- en Oost-Europa met 514.000 verschillende banen, ongeveer 1,39 banen per persoon per jaar. De waarde is 1,5. De standaard verblijfsaandelen van flexibele contracten vragen minstens 1,31: een tiende van de migranten blijft hoogstens vier maanden, dus elke zulke plaats wordt door drie personen per jaar bezet (0,2 extra), en 17% van de 65% long-stay-migranten vertrekt elk jaar (0,11, migration.longStayAnnualDepartureShare); de overige 0,19 vervangt ongeveer driekwart van het kwart dat vier tot twaalf maanden blijft, zoals zulke verblijven meebrengen. De bandbreedte laat zowel lager als hoger verloop toe (issue 20: de tekst beschrijft niet langer de eerdere verblijfsaandelen)."
    ),
    "workforce.personsPerFTEYear.permanent": DutchParameterText(
      label: "Personen per fte-jaar, vaste contracten",
      "Aantal verschillende personen dat op vaste contracten in een jaar één fte invult.",
      "Er is geen gepubliceerd cijfer voor verschillende personen per fte-jaar gevonden (projectonderzoek). Vast personeel wisselt binnen een jaar weinig, daarom ligt de waarde net boven één; de bandbreedte laat gewoon personeelsverloop toe."
    ),
    "workforce.personsPerFTEYear.seasonal": DutchParameterText(
      label: "Personen per fte-jaar, seizoenscontracten",
      "Aantal verschillende personen dat op seizoenscontracten in een jaar één fte invult.",
      "Er is geen gepubliceerd cijfer gevonden; het projectonderzoek noemt 2 tot 4 personen per fte-jaar voor seizoenswerk, omdat elke werknemer maar enkele maanden blijft. De waarde is het midden daarvan en de bandbreedte die spanne zelf."
    ),
    "workforce.personsPresentPerFTE": DutchParameterText(
      label: "Aanwezige personen per fte",
      "Aantal werknemers dat tegelijk aanwezig is per fte werk.",
      "Er is geen gepubliceerd cijfer gevonden. De verhouding vermenigvuldigt elk segment, migranten inbegrepen. Arbeidsmigranten werken meestal voltijds, daarom is één persoon per fte de standaard; langere weken dan een voltijdcontract (overwerk in piekweken) verlagen de verhouding en deeltijdwerk verhoogt haar, dus de bandbreedte loopt een zesde aan weerszijden van één."
    ),
    "workforce.seasonalShare.foodProcessing": DutchParameterText(
      label: "Aandeel seizoensarbeid, voedingsmiddelenindustrie",
      "Aandeel van de arbeidsinzet in de voedingsmiddelenindustrie dat seizoenskrachten leveren.",
      "Er is geen gepubliceerd aandeel gevonden. De meeste voedingsmiddelenbedrijven draaien het hele jaar; alleen bedrijven die een oogstcampagne volgen, zetten veel seizoenskrachten in, daarom is een klein aandeel aangenomen, met een bandbreedte tot een vijfde."
    ),
    "workforce.seasonalShare.glasshouse": DutchParameterText(
      label: "Aandeel seizoensarbeid, glastuinbouw",
      "Aandeel van de arbeidsinzet in de glastuinbouw dat seizoenskrachten leveren."),
    "workforce.seasonalShare.hospitality": DutchParameterText(
      label: "Aandeel seizoensarbeid, horeca",
      "Aandeel van de arbeidsinzet in de horeca dat seizoenskrachten leveren.",
      "Er is geen gepubliceerd aandeel gevonden. De horeca heeft een zomerseizoen dat studenten en seizoenskrachten invullen, daarom is een vijfde aangenomen; de bandbreedte dekt stadsbedrijven zonder seizoen en strand- of parkbedrijven met een sterk seizoen."
    ),
    "workforce.seasonalShare.openField": DutchParameterText(
      label: "Aandeel seizoensarbeid, open teelt",
      "Aandeel van de arbeidsinzet in de vollegrondsteelt dat seizoenskrachten leveren.",
      "Er is geen cijfer voor de vollegrondsteelt gevonden. Het CBS (2020) noemt 19% voor alle landbouwbedrijven, veehouderijen met weinig seizoenswerk inbegrepen, en ongeveer 60% voor glasgroentebedrijven; aangenomen is dat oogstgedreven vollegrondsgewassen op die laatste lijken, met het cijfer voor alle bedrijven als ondergrens."
    ),
    "workforce.seasonMonths.glasshouse": DutchParameterText(
      label: "Seizoenslengte, glastuinbouw",
      "Aantal maanden per jaar dat seizoenskrachten in de glastuinbouw aanwezig zijn; hun aantal personen op de piek is hun fte-jaren × 12 ÷ deze waarde.",
      "Er is geen statistiek van seizoenslengtes in de glastuinbouw gevonden. Onbelichte trostomaten worden in december geplant en van april tot en met november geoogst (beschrijving van een teler, kwekerijgeurts.nl), dus het oogstwerk loopt ongeveer acht maanden; belichte teelten lopen langer en pieken bij potplanten korter, vandaar de ruime bandbreedte."
    ),
    "workforce.seasonMonths.openField": DutchParameterText(
      label: "Seizoenslengte, open teelt",
      "Aantal maanden per jaar dat seizoenskrachten in de vollegrondsteelt aanwezig zijn; hun aantal personen op de piek is hun fte-jaren × 12 ÷ deze waarde.",
      "Het aspergeseizoen duurt acht tot negen weken, van de tweede donderdag van april tot 24 juni (CBS 2017); met voorbereiding en het einde van de oogst is ongeveer drie maanden aangenomen. Aardbeien en zacht fruit lopen langer, vandaar een bandbreedte tot zes maanden."
    ),
    "workforce.seasonMonths.other": DutchParameterText(
      label: "Seizoenslengte, overige sectoren",
      "Aantal maanden per jaar dat seizoenskrachten in andere sectoren dan tuinbouw en landbouw (horeca, campagnes in de voedingsmiddelenindustrie) aanwezig zijn.",
      "Er is geen gepubliceerd cijfer gevonden. Aangenomen is dat een zomerseizoen in de horeca of een oogstcampagne in de voedingsmiddelenindustrie ongeveer vier maanden duurt, met een ruime bandbreedte van een korte campagne tot het grootste deel van het jaar."
    ),
  ]

  /// The anchors every stay-share rationale ends with.
  static let stayAnchors =
    "Ankers: van de internationale werknemers die in Limburg wonen, blijft 40% korter dan een jaar en 27% langer dan vijf jaar (Decisio 2020), en de meesten werken via een uitzendbureau; de provincie rekent met ongeveer 70% long-stay (housing.provinceLongStayShare, GS Limburg 2026), een voorraadcijfer voor alle migranten die in de provincie wonen en dus alleen op provinciaal niveau een maatstaf, niet voor de nieuwe werknemers van één vestiging (issue 20). De standaardwaarden zijn zo gekozen dat een gangbare mix van uitzend- en vast personeel zonder seizoenswerk 60–70% long-stay geeft, bij het voorraadcijfer van Decisio; seizoenswerk blijft tijdelijk. Elke bandbreedte ligt rond haar standaardwaarde (een aandeel kan niet onder 0, dus short-stay bij vaste contracten loopt alleen omhoog). Aandelen zijn van de aanwezige migranten; het long-stay-aandeel is 1 − short − mid."
}
