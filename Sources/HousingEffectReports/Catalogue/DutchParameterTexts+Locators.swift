import HousingEffect

extension DutchParameterText {
  /// The Dutch wording of every source locator (where in the source the figure stands), by
  /// the catalogue's English locator. Titles stay as published.
  public static let locators: [String: String] = [
    "Heerenveen: 10,000 square metres, work for about 300 staff":
      "Heerenveen: 10.000 vierkante meter, werk voor ongeveer driehonderd medewerkers",
    "Eindhoven: 18,000 square metres, work for 300 to 500 people preparing orders, besides 200 delivery drivers":
      "Eindhoven: 18.000 vierkante meter, werk voor drie- tot vijfhonderd mensen die bestellingen klaarmaken, naast tweehonderd bezorgers",
    "the building is the size of ten football pitches and gives work to 150 people":
      "het gebouw is tien voetbalvelden groot en biedt werk aan 150 mensen",
    "from 1 August 2020 municipalities offer at least 960 hours of pre-school education to target-group toddlers aged 2.5 to 4":
      "vanaf 1 augustus 2020 bieden gemeenten minstens 960 uur voorschoolse educatie aan doelgroeppeuters van 2,5 tot 4 jaar",
    "agency HOBIJ (Veghel): over 80% of the workers it places in food, industry, technology and logistics are EU labour migrants":
      "uitzendbureau HOBIJ (Veghel): meer dan 80% van de mensen die het plaatst in voeding, industrie, techniek en logistiek is EU-arbeidsmigrant",
    "rule of thumb: tomato and cucumber about 6 FTE per hectare, sweet pepper just over 3 FTE per hectare":
      "vuistregel: tomaat en komkommer ongeveer 6 fte per hectare, paprika iets meer dan 3 fte per hectare",
    "about 250 on site, of whom about 150 staff of European subcontractors":
      "ongeveer 250 op de bouwplaats, van wie ongeveer 150 medewerkers van Europese onderaannemers",
    "about 3,000 builders at the peak, one third from the region, about 2,000 from abroad":
      "ongeveer 3.000 bouwers op het drukste moment, een derde uit de regio, ongeveer 2.000 uit het buitenland",
    "about 700 on site at the peak; first 200, later only 80 expected to need lodging, as most workers commute":
      "ongeveer 700 op de bouwplaats op het drukste moment; eerst werd verwacht dat 200, later nog maar 80 onderdak nodig hadden, omdat de meeste werknemers pendelen",
    "8,417 ISK pupils: 35% less than a year in the Netherlands, 35% one to two years, 13% two to three years, 8% more than three years":
      "8.417 ISK-leerlingen: 35% korter dan een jaar in Nederland, 35% een tot twee jaar, 13% twee tot drie jaar, 8% langer dan drie jaar",
    "those with children mostly have one child, usually young, at a Dutch school":
      "wie kinderen heeft, heeft meestal één kind, meestal jong, op een Nederlandse school",
    "labour-migrant share of the meat sector 27% (2006) and 37% (2020), highest in slaughterhouses at 51%; 37% work via an agency":
      "aandeel arbeidsmigranten in de vleessector 27% (2006) en 37% (2020), het hoogst in slachterijen met 51%; 37% werkt via een uitzendbureau",
    "of the 600 relocated jobs about 120 permanent, the rest mainly flex workers from Poland, Romania and Slovakia":
      "van de 600 verplaatste banen ongeveer 120 vast, de rest vooral flexkrachten uit Polen, Roemenië en Slowakije",
    "600 people work at the slaughterhouse, over 500 of them labour migrants employed through the agency Fides":
      "600 mensen werken bij de slachterij, van wie ruim 500 arbeidsmigranten via uitzendbureau Fides",
    "7,500 of the 12,000 workers in the slaughter sector are labour migrants":
      "7.500 van de 12.000 werkenden in de slachtsector zijn arbeidsmigrant",
    "FNV: 80% of slaughterhouse workers are labour migrants":
      "FNV: 80% van de werknemers in slachterijen is arbeidsmigrant",
    "Integrale Aanpak Arbeidsmigratie action plan, §3.3: a short stay is at most 4 consecutive months within a period of at most one year":
      "actieplan Integrale Aanpak Arbeidsmigratie, §3.3: short-stay is hoogstens 4 aaneengesloten maanden binnen een periode van hoogstens een jaar",
    "more than 6 in 10 EU/EFTA labour migrants who arrived in 2005-2016 left the Netherlands within five years":
      "meer dan 6 op de 10 EU/EVA-arbeidsmigranten die in 2005–2016 kwamen, vertrokken binnen vijf jaar uit Nederland",
    "Wet tijdelijke nieuwkomersvoorzieningen in het onderwijs: newcomers are children living in the Netherlands for less than a year who still have to learn the language":
      "Wet tijdelijke nieuwkomersvoorzieningen in het onderwijs: nieuwkomers zijn kinderen die korter dan een jaar in Nederland wonen en de taal nog moeten leren",
    "undated web page, consulted 2026: pupils aged 12 to 18 spend on average 2 years in the ISK":
      "ongedateerde webpagina, geraadpleegd in 2026: leerlingen van 12 tot 18 jaar volgen gemiddeld 2 jaar onderwijs op de ISK",
    "4.3 FTE GP per 10,000 inhabitants in 2016 (7,359 FTE)":
      "4,3 fte huisarts per 10.000 inwoners in 2016 (7.359 fte)",
    "Politiewet 2012 norm: 1 wijkagent per 5,000 inhabitants":
      "norm van de Politiewet 2012: 1 wijkagent per 5.000 inwoners",
    "1.458 million pupils aged 4-12 in 2021": "1,458 miljoen leerlingen van 4–12 jaar in 2021",
    "CBS: 460 kg (2022) and 453 kg (2023) household waste per inhabitant":
      "CBS: 460 kg (2022) en 453 kg (2023) huishoudelijk afval per inwoner",
    "CBS dashboard, 31 Dec 2022: 288,065 labour migrants, 140,890 family migrants":
      "CBS-dashboard, 31 december 2022: 288.065 arbeidsmigranten, 140.890 gezinsmigranten",
    "72% of EU/EFTA labour migrants live alone one year after arrival":
      "72% van de arbeidsmigranten uit de EU/EVA woont een jaar na aankomst alleen",
    "65% shared a dwelling shortly after arrival": "65% deelde kort na aankomst een woning",
    "15 m2 per person including an own bedroom of 5.5 m2":
      "15 m² per persoon, inclusief een eigen slaapkamer van 5,5 m²",
    "space per person, bedroom area, toilets and showers":
      "ruimte per persoon, slaapkameroppervlak, toiletten en douches",
    "about 70% settle long-stay or permanently and belong in regular dwellings":
      "ongeveer 70% vestigt zich long-stay of blijvend en hoort in gewone woningen",
    "Microsoft and Google: about 7 jobs per hectare; Meta Zeewolde: 410 jobs on 166 ha (2.5)":
      "Microsoft en Google: ongeveer 7 banen per hectare; Meta Zeewolde: 410 banen op 166 ha (2,5)",
    "Tabel 2.13, arbeidsbehoefte van de 6 belangrijkste gewassen, 2000":
      "Tabel 2.13, arbeidsbehoefte van de 6 belangrijkste gewassen, 2000",
    "ha per aje: about 1,500 m2 in Noord-Holland, about 2,200 m2 in the rest of NL":
      "ha per aje: ongeveer 1.500 m² in Noord-Holland, ongeveer 2.200 m² in de rest van Nederland",
    "Buck Consultants: 31 XXL centres in 2019, just over 2 million m2, about 12,400 jobs":
      "Buck Consultants: 31 XXL-centra in 2019, ruim 2 miljoen m², ongeveer 12.400 banen",
    "Decisio (2020), 2018: 75,100 working, 66,800 living in Limburg, 29,700 in the BRP":
      "Decisio (2020), 2018: 75.100 werkend, 66.800 wonend in Limburg, 29.700 in de BRP",
    "CBS figures: over 5% in Zuid-Limburg, over 3% from Germany in Noord-Limburg":
      "CBS-cijfers: ruim 5% in Zuid-Limburg, ruim 3% uit Duitsland in Noord-Limburg",
    "stays over 4 months register in the BRP, shorter stays in the RNI":
      "wie langer dan 4 maanden blijft, schrijft zich in de BRP in, korter verblijf in de RNI",
    "Integrale Aanpak Arbeidsmigratie action plan, §2.1.2, citing Decisio, Arbeidsmigranten in Limburg (2024); the URL is the provincial page the plan names for that study":
      "actieplan Integrale Aanpak Arbeidsmigratie, §2.1.2, dat Decisio, Arbeidsmigranten in Limburg (2024) aanhaalt; de URL is de provinciale pagina die het plan voor die studie noemt",
    "the logistic equation dP/dt = r P (K − P)/K that Verhulst introduced in 1838, K the asymptote of the population":
      "de logistische vergelijking dP/dt = r P (K − P)/K die Verhulst in 1838 invoerde, met K de asymptoot van de bevolking",
    "CBS: on average about 40,000 more labour migrants arriving than leaving per year":
      "CBS: gemiddeld komen er per jaar ongeveer 40.000 meer arbeidsmigranten dan er vertrekken",
    "19-20 million in 2050 (moderate growth); below 18 or 21-23 million as alternatives":
      "19–20 miljoen in 2050 (gematigde groei); onder 18 of 21–23 miljoen als alternatieven",
    "Decisio: labour migrants' income typically EUR 20,000-30,000 a year":
      "Decisio: inkomen van arbeidsmigranten meestal € 20.000–30.000 per jaar",
    "data for 2016: 371,000 migrants, 514,000 jobs, about EUR 11 billion national income":
      "gegevens over 2016: 371.000 migranten, 514.000 banen, ongeveer € 11 miljard nationaal inkomen",
    "annual wage per job incl. special payments, 2023 (provisional), by SBI section":
      "jaarloon per baan incl. bijzondere beloningen, 2023 (voorlopig), per SBI-sectie",
    "agricultural employee jobs, January 2015 (91,000) and July 2015 (116,000)":
      "banen van werknemers in de landbouw, januari 2015 (91.000) en juli 2015 (116.000)",
    "seasonal workers: 19% of labour input on all farms, about 60% on glasgroente farms":
      "seizoenskrachten: 19% van de arbeidsinzet op alle landbouwbedrijven, ongeveer 60% op glasgroentebedrijven",
    "2018: 40% stay less than a year, 27% more than five years":
      "2018: 40% blijft korter dan een jaar, 27% langer dan vijf jaar",
    "CBS population counter in July 2024: just over 17.986 million":
      "bevolkingsteller van het CBS in juli 2024: ruim 17,986 miljoen",
    "EIB: employment in construction rose almost 4 percent to 442,000 full-time jobs in 2018; production rose 6.5 percent to 70 billion euros":
      "EIB: de werkgelegenheid in de bouw steeg in 2018 met bijna 4 procent tot 442.000 voltijdbanen; de productie steeg met 6,5 procent tot 70 miljard euro",
    "Integrale Aanpak Arbeidsmigratie action plan, §3.3: as lower bound one person per bedroom and at least 15 m2 living area, on top of the SNF and AKF norm sets":
      "actieplan Integrale Aanpak Arbeidsmigratie, §3.3: als ondergrens één persoon per slaapkamer en minstens 15 m² woonruimte, bovenop de normensets van SNF en AKF",
    "figures for 1997 (the archived press release shows no publication date): about ten percent of the people who found a job moved for it; the higher educated moved more often and further":
      "cijfers over 1997 (het gearchiveerde persbericht vermeldt geen publicatiedatum): ongeveer tien procent van de mensen die een baan vonden, verhuisde ervoor; hogeropgeleiden verhuisden vaker en verder",
    "the asparagus season runs from the second Thursday of April to 24 June, eight to nine weeks":
      "het aspergeseizoen loopt van de tweede donderdag van april tot 24 juni, acht tot negen weken",
  ]
}
