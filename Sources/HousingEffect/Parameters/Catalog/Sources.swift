// Published sources cited by the catalogue, each written once.
//
// Titles, publishers, years and URLs come from shared research/domain.md, research/peers.md and the
// Limburg action plan (seeds/003). Where a title is not recorded there, the title names the
// document or table plainly and the locator says what was taken from it.
extension Source {
  // MARK: Jobs and workforce

  /// Buck Consultants figures on XXL distribution centres opened or announced in 2019.
  static let nrcXxlDistribution2020 = Source(
    title: "Recordaantal grote distributiecentra geopend in Nederland",
    publisher: "NRC", year: 2020,
    url:
      "https://www.nrc.nl/nieuws/2020/02/12/recordaantal-grote-distrubitiecentra-geopend-in-nederland-a3990103",
    locator: "Buck Consultants: 31 XXL centres in 2019, just over 2 million m2, about 12,400 jobs")

  /// EIB construction production and employment for 2018, as reported in the press.
  static let telegraafEIB2019 = Source(
    title: "Vraag naar bouwvakkers blijft groot",
    publisher: "De Telegraaf", year: 2019,
    url: "https://www.telegraaf.nl/financieel/3061866/vraag-naar-bouwvakkers-blijft-groot",
    locator:
      "EIB: employment in construction rose almost 4 percent to 442,000 full-time jobs in 2018; production rose 6.5 percent to 70 billion euros"
  )

  /// The asparagus season: second Thursday of April to 24 June.
  static let cbsAsparagus2017 = Source(
    title: "Nederland vijfde aspergeland van Europa",
    publisher: "CBS", year: 2017,
    url: "https://www.cbs.nl/nl-nl/nieuws/2017/14/nederland-vijfde-aspergeland-van-europa",
    locator:
      "the asparagus season runs from the second Thursday of April to 24 June, eight to nine weeks")

  /// CBS on moving for a new job, 1997 figures.
  static let cbsJobFindersMove1997 = Source(
    title: "Tien procent van baanvinders verhuist",
    publisher: "CBS", year: 1997,
    url: "https://www.nieuwsbank.nl/archief/cbs-tien-procent-van-baanvinders-verhuist?id=1497287",
    locator:
      "figures for 1997 (the archived press release shows no publication date): about ten percent of the people who found a job moved for it; the higher educated moved more often and further"
  )

  /// Agricultural employee jobs in January and July 2015.
  static let cbsPeaks2016 = Source(
    title: "Vooral jongeren vangen pieken op in landbouw en horeca",
    publisher: "CBS", year: 2016,
    url:
      "https://www.cbs.nl/nl-nl/nieuws/2016/49/vooral-jongeren-vangen-pieken-op-in-landbouw-en-horeca",
    locator: "agricultural employee jobs, January 2015 (91,000) and July 2015 (116,000)")

  /// Seasonal workers' share of labour input on farms, 2019.
  static let cbsCoronaLabour2020 = Source(
    title: "Wat zijn de gevolgen van de eerste coronagolf voor arbeid en inkomen?",
    publisher: "CBS", year: 2020,
    url:
      "https://www.cbs.nl/nl-nl/faq/corona/arbeideninkomen/wat-zijn-de-gevolgen-van-de-eerste-coronagolf-voor-arbeid-en-inkomen-",
    locator: "seasonal workers: 19% of labour input on all farms, about 60% on glasgroente farms")

  // MARK: Migration

  /// Labour-migrant shares in agriculture, 2019.
  static let seoAgriculture2020 = Source(
    title: "De gevolgen van de coronacrisis op arbeidsmigranten in de land- en tuinbouw",
    publisher: "SEO Economisch Onderzoek", year: 2020,
    url:
      "https://www.seo.nl/publicaties/de-gevolgen-van-de-coronacrisis-op-arbeidsmigranten-in-de-land-en-tuinbouw/"
  )

  /// CEE labour migrants' jobs and contribution to national income, 2016.
  static let seoCeeValue2018 = Source(
    title:
      "De economische waarde van arbeidsmigranten uit Midden- en Oost-Europa voor Nederland",
    publisher: "SEO Economisch Onderzoek", year: 2018,
    url:
      "https://www.seo.nl/publicaties/de-economische-waarde-van-arbeidsmigranten-uit-midden-en-oost-europa-voor-nederland/",
    locator: "data for 2016: 371,000 migrants, 514,000 jobs, about EUR 11 billion national income")

  /// Share of employees living in Germany or Belgium, by Limburg region (CBS, 2016 data).
  static let managersOnlineCrossBorder2019 = Source(
    title: "Vijf procent werknemers Zuid-Limburg komt uit buurlanden",
    publisher: "Managersonline", year: 2019,
    url:
      "https://www.managersonline.nl/nieuws/20265/vijf-procent-werknemers-zuid-limburg-komt-uit-buurlanden.html",
    locator: "CBS figures: over 5% in Zuid-Limburg, over 3% from Germany in Noord-Limburg")

  /// Decisio (2020) figures for international workers in Limburg in 2018.
  static let kafraLimburg2020 = Source(
    title: "Al ruim 75.000 internationale werknemers in Limburg, huisvesting bron van zorg",
    publisher: "KAFRA Housing", year: 2020,
    url:
      "https://kafrahousing.com/blog/2020/07/08/al-ruim-75-000-internationale-werknemers-in-limburg-huisvesting-bron-van-zorg/",
    locator: "Decisio (2020), 2018: 75,100 working, 66,800 living in Limburg, 29,700 in the BRP")

  /// The BRP registration threshold of four months.
  static let brpThreshold2024 = Source(
    title: "Beter zicht op arbeidsmigranten",
    publisher: "Rijksoverheid, programma Arbeidsmigratie in goede banen", year: 2024,
    url: "https://www.arbeidsmigratieingoedebanen.nl/doelen/beter-zicht-op-arbeidsmigranten",
    locator: "stays over 4 months register in the BRP, shorter stays in the RNI")

  /// The Limburg action plan's definition of a short stay (§3.3).
  static let limburgActionPlanShortStay2024 = Source(
    title: "Waardig werken en wonen",
    publisher: "Provincie Limburg", year: 2024,
    url: "https://www.limburg.nl/onderwerpen/wonen/nieuwkomers-limburg/",
    locator:
      "Integrale Aanpak Arbeidsmigratie action plan, §3.3: a short stay is at most 4 consecutive months within a period of at most one year"
  )

  /// SEO on the meat sector for SZW/LNV, as reported by Foodpro-network.
  static let foodproMeatSector2022 = Source(
    title: "Ruim 37% van de werknemers in de vleessector werkt via een uitzendbureau",
    publisher: "Foodpro-network (SEO Economisch Onderzoek)", year: 2022,
    url:
      "https://www.foodpro-network.nl/nieuws/14992/ruim-37-van-de-werknemers-in-de-vleessector-werkt-via-een-uitzendbureau",
    locator:
      "labour-migrant share of the meat sector 27% (2006) and 37% (2020), highest in slaughterhouses at 51%; 37% work via an agency"
  )

  /// Het Parool on the slaughter sector in 2020.
  static let paroolMeat2020 = Source(
    title: "Misstanden vleessector onder druk verzwegen",
    publisher: "Het Parool", year: 2020,
    url: "https://www.parool.nl/nederland/misstanden-vleessector-onder-druk-verzwegen~b9439feb/",
    locator: "7,500 of the 12,000 workers in the slaughter sector are labour migrants")

  /// NOS on the Groenlo slaughterhouse, quoting the FNV.
  static let nosSlaughterhouse2020 = Source(
    title: "Ruim 20 procent werknemers slachterij Groenlo besmet met coronavirus",
    publisher: "NOS", year: 2020,
    url:
      "https://nos.nl/artikel/2334958-ruim-20-procent-werknemers-slachterij-groenlo-besmet-met-coronavirus.html",
    locator: "FNV: 80% of slaughterhouse workers are labour migrants")

  /// Vion's move of 600 jobs to Boxtel and how they are staffed (issue 20, round 9).
  static let brabantsDagbladVionBoxtel2019 = Source(
    title: "Honderden arbeidsmigranten naar Boxtel, waar die moeten wonen: geen idee",
    publisher: "Brabants Dagblad", year: 2019,
    url:
      "https://www.bd.nl/brabant/honderden-arbeidsmigranten-naar-boxtel-waar-die-moeten-wonen-geen-idee~afbd6ad3/",
    locator:
      "of the 600 relocated jobs about 120 permanent, the rest mainly flex workers from Poland, Romania and Slovakia"
  )

  /// Esbro's poultry slaughterhouse in Wehl and its agency staff (issue 20, round 9).
  static let stentorEsbro2021 = Source(
    title:
      "Duitse arbeidsmigranten laten zich na maatregel twee of drie keer per week testen bij Esbro",
    publisher: "De Stentor", year: 2021,
    url:
      "https://www.destentor.nl/achterhoek/duitse-arbeidsmigranten-laten-zich-na-maatregel-twee-of-drie-keer-per-week-testen-bij-esbro~aa46f76f/",
    locator:
      "600 people work at the slaughterhouse, over 500 of them labour migrants employed through the agency Fides"
  )

  /// An agency placing EU labour migrants in food, industry and logistics (issue 20).
  static let trouwHobij2018 = Source(
    title: "'Zonder Polen zou de economie volledig onderuit gaan'",
    publisher: "Trouw", year: 2018,
    url:
      "https://www.trouw.nl/samenleving/-zonder-polen-zou-de-economie-volledig-onderuit-gaan-~ad5ac40c/",
    locator:
      "agency HOBIJ (Veghel): over 80% of the workers it places in food, industry, technology and logistics are EU labour migrants"
  )

  /// The area developer of Agriport A7 on glasshouse labour per hectare (issue 20).
  static let agriportA7Workers2021 = Source(
    title: "Werknemers (glastuinbouw, datacenters)",
    publisher: "Agriport A7", year: 2021,
    url: "https://www.agriporta7.nl/werknemers/",
    locator:
      "rule of thumb: tomato and cucumber about 6 FTE per hectare, sweet pepper just over 3 FTE per hectare"
  )

  /// Foreign crews on the A2 tunnel in Maastricht (issue 20).
  static let a2MaastrichtForeignWorkers2013 = Source(
    title: "Vraag en antwoord: buitenlandse werknemers",
    publisher: "Projectbureau A2 Maastricht", year: 2013,
    url: "https://www.a2maastricht.nl/nl/vraag-en-antwoord/buitenlandse-werknemers-versie2013.aspx",
    locator: "about 250 on site, of whom about 150 staff of European subcontractors")

  /// Construction crews in the Eemshaven in 2020 (issue 20).
  static let rtvNoordEemshavenCrews2018 = Source(
    title: "Seaports wil tijdelijke dorpen voor duizenden bouwers",
    publisher: "RTV Noord", year: 2018,
    url:
      "https://www.rtvnoord.nl/nieuws/202550/Seaports-wil-tijdelijke-dorpen-voor-duizenden-bouwers",
    locator: "about 3,000 builders at the peak, one third from the region, about 2,000 from abroad")

  /// Lodging needs of the crew of the new lock at Terneuzen (issue 20).
  static let omroepZeelandTerneuzenLock2019 = Source(
    title: "Terneuzen laat plan voor hotelboot varen",
    publisher: "Omroep Zeeland", year: 2019,
    url: "https://www.omroepzeeland.nl/nieuws/111184/Terneuzen-laat-plan-voor-hotelboot-varen",
    locator:
      "about 700 on site at the peak; first 200, later only 80 expected to need lodging, as most workers commute"
  )

  // MARK: Households

  /// Departures of EU/EFTA labour migrants within five years of arrival, 2005-2016 cohorts.
  static let cbsComingAndGoingDepartures2025 = Source(
    title: "Komen en gaan van arbeidsmigranten in de periode 2005-2021",
    publisher: "CBS (Statistische Trends)", year: 2025,
    url:
      "https://cbs.nl/nl-nl/longread/statistische-trends/2025/komen-en-gaan-van-arbeidsmigranten-in-de-periode-2005-2021?onepage=true",
    locator:
      "more than 6 in 10 EU/EFTA labour migrants who arrived in 2005-2016 left the Netherlands within five years"
  )

  /// Newcomer pupils: children in the Netherlands for less than a year (primary newcomer classes).
  static let gemeenteNuNewcomers2023 = Source(
    title: "Onderwijs voor nieuwkomers mag lokaal aangepast worden",
    publisher: "Gemeente.nu", year: 2023,
    url:
      "https://www.gemeente.nu/sociaal/onderwijs/onderwijs-voor-nieuwkomers-mag-lokaal-aangepast-worden/",
    locator:
      "Wet tijdelijke nieuwkomersvoorzieningen in het onderwijs: newcomers are children living in the Netherlands for less than a year who still have to learn the language"
  )

  /// An international transition class (ISK) in Venlo: two years on average.
  static let valuasIsk = Source(
    title: "Internationale schakelklas (ISK)",
    publisher: "Valuascollege Venlo (OGVO)", year: 2026,
    url: "https://www.ogvo.nl/valuascollege/onderwijsaanbod/isk-internationale-schakelklas/",
    locator:
      "undated web page, consulted 2026: pupils aged 12 to 18 spend on average 2 years in the ISK")

  /// LOWAN survey of international transition classes (ISK), 1 October 2020 (issue 20).
  static let lowanIskSurvey2020 = Source(
    title: "Extra bekostiging nieuwkomers: LOWAN-enquête",
    publisher: "LOWAN", year: 2020,
    url: "https://www.lowan.nl/vo/nieuws/extra-bekostiging-nieuwkomers-lowan-enquete/",
    locator:
      "8,417 ISK pupils: 35% less than a year in the Netherlands, 35% one to two years, 13% two to three years, 8% more than three years"
  )

  /// SCP on registered Polish migrants: most families have one, usually young, child (issue 20).
  static let scpPolishMigrants2018 = Source(
    title: "Meerderheid Poolse migranten wil graag in Nederland blijven",
    publisher: "WOS (on SCP, Bouwend aan een toekomst in Nederland)", year: 2018,
    url:
      "https://archief.wos.nl/nieuwsarchief/bericht/20180424-meerderheid-poolse-migranten-wil-graag-in-nederland-blijven",
    locator:
      "those with children mostly have one child, usually young, at a Dutch school")

  /// The legal age band of pre-school education (VE/VVE) for target-group toddlers (issue 20).
  static let nroPreschoolHours2020 = Source(
    title: "Uitbreiding voorschoolse educatie voor doelgroeppeuters goed op schema",
    publisher: "Schoolmanagement Totaal (NRO)", year: 2020,
    url: "https://schoolmanagementtotaal.sdu.nl/node/89273",
    locator:
      "from 1 August 2020 municipalities offer at least 960 hours of pre-school education to target-group toddlers aged 2.5 to 4"
  )

  /// Stay and household position of EU/EFTA labour migrants arriving 2005-2016.
  static let cbsComingAndGoing2025 = Source(
    title: "Komen en gaan van arbeidsmigranten in de periode 2005-2021",
    publisher: "CBS (Statistische Trends)", year: 2025,
    url:
      "https://cbs.nl/nl-nl/longread/statistische-trends/2025/komen-en-gaan-van-arbeidsmigranten-in-de-periode-2005-2021?onepage=true",
    locator: "72% of EU/EFTA labour migrants live alone one year after arrival")

  /// CBS migration-motive dashboard figures for 31 December 2022, as reported by the cabinet.
  static let rijksoverheidMigrationApproach2024 = Source(
    title: "Kabinet geeft startschot nieuwe aanpak arbeidsmigratie",
    publisher: "Rijksoverheid", year: 2024,
    url:
      "https://www.rijksoverheid.nl/actueel/nieuws/2024/11/14/kabinet-geeft-startschot-nieuwe-aanpak-arbeidsmigratie",
    locator: "CBS dashboard, 31 Dec 2022: 288,065 labour migrants, 140,890 family migrants")

  /// Family migration following labour migration (non-EU flows).
  static let esbFamilyMigration2023 = Source(
    title: "Gezinsmigratie volgt vooral op arbeidsmigratie",
    publisher: "ESB", year: 2023,
    url: "https://esb.nu/gezinsmigratie-volgt-vooral-op-arbeidsmigratie/")

  /// Dwelling sharing among EU labour-migrant households arriving in 2013.
  static let pblSharing2020 = Source(
    title: "Woningdelen komt vaker voor bij arbeidsmigranten dan bij kennismigranten",
    publisher: "PBL", year: 2020,
    url:
      "https://www.pbl.nl/actueel/nieuws/woningdelen-komt-vaker-voor-bij-arbeidsmigranten-dan-bij-kennismigranten",
    locator: "65% shared a dwelling shortly after arrival")

  // MARK: Housing norms

  /// The pre-2025 SNF norm text.
  static let snfNorm = Source(
    title: "SNF norm for housing labour migrants (text before 2025)",
    publisher: "Stichting Normering Flexwonen, published by VGVM", year: 2019,
    url: "https://www.vgvm.nl/42/snf",
    locator: "space per person, bedroom area, toilets and showers")

  /// Secondary summary of the SNF norm from 1 July 2025.
  static let purperSnf2025 = Source(
    title:
      "Verbetering van woonruimte en privacynormen in de huisvesting van arbeidsmigranten",
    publisher: "Purper Interior", year: 2025,
    url:
      "https://purperinterior.nl/blog/post/41043/verbetering-van-woonruimte-en-privacynormen-in-de-huisvesting-van-arbeidsmigranten"
  )

  /// The AKF certification norms from 15 August 2024.
  static let vdbaAkf2024 = Source(
    title: "Nieuwe certificeringsnormen Agrarisch Keurmerk Flexwonen",
    publisher: "VDBA Salarisverwerking", year: 2024,
    url:
      "https://www.vdba-salarisverwerking.nl/nieuws/nieuwe-certificeringsnormen-agrarisch-keurmerk-flexwonen"
  )

  /// The Aanjaagteam's immediate advice of 2020: at most two persons per bedroom.
  static let edOwnRoom2020 = Source(
    title: "Elke werker eigen kamer, maar nog niet in de Peelregio",
    publisher: "Eindhovens Dagblad", year: 2020,
    url: "https://www.ed.nl/de-peel/elke-werker-eigen-kamer-maar-nog-niet-in-de-peelregio~ae708785/"
  )

  /// The Aanjaagteam target norm as reported in 2024.
  static let rtlAanjaagteamNorm2024 = Source(
    title: "Arbeidsmigranten opgehokt (RTL Z article 5435421)",
    publisher: "RTL Nieuws", year: 2024,
    url:
      "https://rtlnl.freemium.mspw.rtlwecloudservices.nl/nieuws/rtl-z/artikel/5435421/arbeidsmigranten-opgehokt-4-vierkante-meter-800-vierkante-meter",
    locator: "15 m2 per person including an own bedroom of 5.5 m2")

  /// Bommelerwaard's cap of four labour migrants per regular dwelling.
  static let bdBommelerwaard2019 = Source(
    title: "Rommelen met huisvesten van arbeiders? Dan kun je een forse boete verwachten",
    publisher: "BD", year: 2019,
    url:
      "https://www.bd.nl/bommelerwaard/rommelen-met-huisvesten-van-arbeiders-dan-kun-je-een-forse-boete-verwachten~a884fc0a/"
  )

  /// GS Limburg's answer of 10 February 2026 on VidaXL's plan for 600 beds in Venlo.
  static let transportOnlineVidaXL2026 = Source(
    title:
      "Provincie Limburg stelt strikte voorwaarden aan mogelijke ontheffing huisvesting 600 arbeidsmigranten bij VidaXL",
    publisher: "Transport Online", year: 2026,
    url:
      "https://www.transport-online.nl/118332/provincie-limburg-stelt-strikte-voorwaarden-aan-mogelijke-ontheffing-huisvesting-600-arbeidsmigranten-bij-vidaxl",
    locator: "about 70% settle long-stay or permanently and belong in regular dwellings")

  // MARK: Facilities

  /// The NZa normpraktijk of 2,095 patients per GP FTE.
  static let zorgenzNormpraktijk2017 = Source(
    title: "Normpraktijk huisarts verlaagd naar 2095 patiënten",
    publisher: "Zorgenz", year: 2017,
    url: "https://zorgenz.nl/normpraktijk-huisarts-verlaagd-naar-2095-patienten/")

  /// GP density in 2016.
  static let vzinfoPrimaryCare2018 = Source(
    title: "Aanbod eerstelijnszorg",
    publisher: "Volksgezondheidenzorg.info (RIVM)", year: 2018,
    url:
      "https://www.volksgezondheidenzorg.info/onderwerp/eerstelijnszorg/cijfers-context/aanbod-eerstelijnszorg",
    locator: "4.3 FTE GP per 10,000 inhabitants in 2016 (7,359 FTE)")

  /// Primary-school pupils aged 4-12.
  static let cbsPupilsPrognosis2022 = Source(
    title: "Regionale prognose 2022: ontwikkeling van het aantal basisschoolleerlingen",
    publisher: "CBS", year: 2022,
    url:
      "https://longreads.cbs.nl/regionale-prognose-2022/ontwikkeling-van-het-aantal-basisschoolleerlingen/",
    locator: "1.458 million pupils aged 4-12 in 2021")

  /// The Politiewet 2012 norm of one community police officer per 5,000 inhabitants.
  static let openkamerWijkagent2014 = Source(
    title: "Kamervraag 2014Z13952 over wijkagenten",
    publisher: "Openkamer", year: 2014,
    url: "https://www.openkamer.org/kamervraag/2014Z13952/",
    locator: "Politiewet 2012 norm: 1 wijkagent per 5,000 inhabitants")

  /// Household waste per inhabitant, 2022 and 2023 (CBS).
  static let gemeenteNuWaste2024 = Source(
    title: "Kwart van gemeenten laat restafval nascheiden",
    publisher: "Gemeente.nu", year: 2024,
    url: "https://www.gemeente.nu/ruimte-milieu/kwart-van-gemeenten-laat-restafval-nascheiden/",
    locator: "CBS: 460 kg (2022) and 453 kg (2023) household waste per inhabitant")

  // MARK: Welfare

  /// Annual wage per job by economic activity, 2023 (provisional).
  static let cbs81431 = Source(
    title: "StatLine table 81431NED",
    publisher: "CBS", year: 2024,
    url: "https://www.cbs.nl/nl-nl/cijfers/detail/81431ned",
    locator: "annual wage per job incl. special payments, 2023 (provisional), by SBI section")

  /// Decisio's Limburg figures reposted by NH Nieuws (original L1).
  static let nhNieuwsLimburg2021 = Source(
    title: "Tekort aan huisvesting arbeidsmigranten in toekomst nog groter",
    publisher: "NH Nieuws", year: 2021,
    url:
      "https://www.nhnieuws.nl/nieuws/n43607/tekort-aan-huisvesting-arbeidsmigranten-in-toekomst-nog-groter",
    locator: "Decisio: labour migrants' income typically EUR 20,000-30,000 a year")

  // MARK: Region and scenarios

  /// The Limburg action plan (Integrale Aanpak Arbeidsmigratie), citing Decisio 2024.
  static let limburgActionPlan2024 = Source(
    title: "Waardig werken en wonen",
    publisher: "Provincie Limburg", year: 2024,
    url: "https://www.limburg.nl/onderwerpen/wonen/nieuwkomers-limburg/",
    locator:
      "Integrale Aanpak Arbeidsmigratie action plan, §2.1.2, citing Decisio, Arbeidsmigranten in Limburg (2024); the URL is the provincial page the plan names for that study"
  )

  /// Bacaër on Verhulst's logistic equation (1838), the form of the bounded trend path.
  static let bacaerVerhulst2008 = Source(
    title: "Verhulst et l'équation logistique en dynamique des populations",
    publisher:
      "European Communications in Mathematical and Theoretical Biology 10, 24–26 (N. Bacaër)",
    year: 2008,
    url: "https://www.ummisco.ird.fr/perso/bacaer/Verhulst.html",
    locator:
      "the logistic equation dP/dt = r P (K − P)/K that Verhulst introduced in 1838, K the asymptote of the population"
  )

  /// The Limburg action plan's provincial lower bound for migrant housing (§3.3).
  static let limburgActionPlanNorm2024 = Source(
    title: "Waardig werken en wonen",
    publisher: "Provincie Limburg", year: 2024,
    url: "https://www.limburg.nl/onderwerpen/wonen/nieuwkomers-limburg/",
    locator:
      "Integrale Aanpak Arbeidsmigratie action plan, §3.3: as lower bound one person per bedroom and at least 15 m2 living area, on top of the SNF and AKF norm sets"
  )

  /// The Staatscommissie Demografische Ontwikkelingen 2050 report of 15 January 2024.
  static let staatscommissie2024 = Source(
    title: "Gematigde groei: rapport van de Staatscommissie Demografische Ontwikkelingen 2050",
    publisher: "Staatscommissie Demografische Ontwikkelingen 2050", year: 2024,
    url:
      "https://www.rijksoverheid.nl/documenten/rapporten/2024/01/15/gematigde-groei-rapport-van-de-staatscommissie-demografische-ontwikkleingen-2050",
    locator: "19-20 million in 2050 (moderate growth); below 18 or 21-23 million as alternatives")

  /// The CBS population counter in July 2024, reported by ANP.
  static let metroPopulation2024 = Source(
    title: "Nederland tikt 18 miljoen inwoners aan",
    publisher: "Metro (ANP, citing the CBS population counter)", year: 2024,
    url:
      "https://www.metronieuws.nl/in-het-nieuws/binnenland/2024/07/nederland-tikt-18-miljoen-inwoners-aan/",
    locator: "CBS population counter in July 2024: just over 17.986 million")

  /// Decisio (2020) on international workers in Limburg in 2018: length of stay.
  static let decisioLimburgStay2020 = Source(
    title: "Hoe vergaat het de internationale werknemers in Limburg?",
    publisher: "Decisio", year: 2020,
    url:
      "https://decisio.nl/projecten/2020/hoe-vergaat-het-de-internationale-werknemers-in-limburg/",
    locator: "2018: 40% stay less than a year, 27% more than five years")

  /// Decisio's 2018 count of labour migrants working in Limburg, reposted by NH Nieuws (L1).
  static let nhNieuwsLimburgWorking2021 = Source(
    title: "Tekort aan huisvesting arbeidsmigranten in toekomst nog groter",
    publisher: "NH Nieuws", year: 2021,
    url:
      "https://www.nhnieuws.nl/nieuws/n43607/tekort-aan-huisvesting-arbeidsmigranten-in-toekomst-nog-groter",
    locator: "Decisio: about 64,200 labour migrants working in Limburg in 2018")

  /// IBO Arbeidsmigratie (11 July 2025), quoting CBS net labour migration.
  static let iboLabourMigration2025 = Source(
    title: "Bouwstenen voor doordachte sturing op arbeidsmigratie",
    publisher: "Rijksoverheid", year: 2025,
    url:
      "https://www.rijksoverheid.nl/actueel/nieuws/2025/07/11/bouwstenen-voor-doordachte-sturing-op-arbeidsmigratie",
    locator: "CBS: on average about 40,000 more labour migrants arriving than leaving per year")

  // MARK: Sources found with the project's search tool (not in research/domain.md)

  /// LEI table of labour need per glasshouse crop, 1987–2000, as copied on 5dok.net.
  static let lei5dokLabourNeed = Source(
    title: "Productiviteit en arbeidsintensiteit (De Nederlandse glastuinbouw in perspectief)",
    publisher: "LEI, copy on 5dok.net", year: 2001,
    url: "https://5dok.net/article/productiviteit-en-arbeidsintensiteit.oy8w9nry",
    locator: "Tabel 2.13, arbeidsbehoefte van de 6 belangrijkste gewassen, 2000")

  /// Glass area per labour-year on glasshouse farms, Noord-Holland and the Netherlands.
  static let agrimatieGlasshouseLabour2023 = Source(
    title: "Arbeidsinzet op glastuinbouwbedrijven (Noord-Holland)",
    publisher: "Wageningen Economic Research, Agrimatie", year: 2023,
    url: "https://agrimatie.nl/noord-holland/kerncijfers/arbeidsinzet-op-glastuinbouwbedrijven/",
    locator: "ha per aje: about 1,500 m2 in Noord-Holland, about 2,200 m2 in the rest of NL")

  /// Jobs per hectare of Dutch hyperscale data centres, calculated by NU.nl.
  static let techzineDataCentreJobs2021 = Source(
    title: "Meta-datacenter in Zeewolde biedt minder banen dan gedacht",
    publisher: "Techzine (calculation by NU.nl)", year: 2021,
    url:
      "https://www.techzine.nl/nieuws/infrastructure/472644/meta-datacenter-in-zeewolde-biedt-minder-banen-dan-gedacht/",
    locator:
      "Microsoft and Google: about 7 jobs per hectare; Meta Zeewolde: 410 jobs on 166 ha (2.5)")

  /// Floor area and staff of a Picnic online-grocery fulfilment centre (issue 20).
  static let nieuwsPicnicHeerenveen2021 = Source(
    title: "Picnic opent distributiecentrum in het noorden van het land",
    publisher: "nieuws.nl (ANP)", year: 2021,
    url:
      "https://nieuws.nl/economie/20211102/picnic-opent-distributiecentrum-in-het-noorden-van-het-land/",
    locator: "Heerenveen: 10,000 square metres, work for about 300 staff")

  /// Floor area and staff of a Picnic online-grocery fulfilment centre (issue 20).
  static let omroepBrabantPicnicEindhoven2018 = Source(
    title:
      "Picnic gaat boodschappen aan huis bezorgen in Brabant en opent groot distributiecentrum",
    publisher: "Omroep Brabant", year: 2018,
    url:
      "https://www.omroepbrabant.nl/?news/2771871233/Picnic+gaat+boodschappen+aan+huis+bezorgen+in+Brabant+en+opent+groot+distributiecentrum.aspx",
    locator:
      "Eindhoven: 18,000 square metres, work for 300 to 500 people preparing orders, besides 200 delivery drivers"
  )

  /// A national parcel sort centre: large and automated, few jobs (issue 20).
  static let twinkleDhlDordrecht2022 = Source(
    title: "DHL opent nationaal sorteercentrum in Dordrecht",
    publisher: "Twinkle", year: 2022,
    url:
      "https://twinklemagazine.nl/2022/10/dhl-opent-nationaal-sorteercentrum-in-dordrecht/index.xml",
    locator: "the building is the size of ten football pitches and gives work to 150 people")
}
