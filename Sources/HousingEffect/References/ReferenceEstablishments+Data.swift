// Generated from Docs/data/reference-establishments.csv by Tests/HousingEffectTests/GeneratedReferenceDataTests.swift;
// do not edit. After editing the CSV, regenerate with
// `RECORD_SNAPSHOTS=1 swift test --filter GeneratedReferenceData`.
// swift-format-ignore-file

extension ReferenceEstablishment {
  /// 77 establishments with 194 published figures.
  static let generated: [ReferenceEstablishment] = [
    ReferenceEstablishment(
      id: "waalwijk-bolcom-dc", name: "bol.com distribution centre (run by Ceva Logistics)",
      municipality: "Waalwijk", province: "Noord-Brabant",
      type: .distributionEcommerce, figures: [
        ReferenceFigure(
          field: .jobs, value: 800.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Handjes arbeidsmigrant onmisbaar bij bol.com", publisher: "De Telegraaf", year: 2023, url: "https://www.telegraaf.nl/financieel/999311349/handjes-arbeidsmigrant-onmisbaar-bij-bol-com-spanje-was-me-veel-te-heet"),
          reliability: .reported, note: "average persons working daily; mostly labour migrants"),
        ReferenceFigure(
          field: .peakWorkforce, value: 1600.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Handjes arbeidsmigrant onmisbaar bij bol.com", publisher: "De Telegraaf", year: 2023, url: "https://www.telegraaf.nl/financieel/999311349/handjes-arbeidsmigrant-onmisbaar-bij-bol-com-spanje-was-me-veel-te-heet"),
          reliability: .reported, note: "derived: source says the daily number doubles in peak weeks from late November"),
        ReferenceFigure(
          field: .employerBeds, value: 400.0, valueHigh: nil,
          unit: "beds", figureYear: 2018,
          source: Source(title: "Bol.com en Ingram willen eigen campus voor arbeidsmigranten", publisher: "BN DeStem / Brabants Dagblad", year: 2018, url: "https://www.bd.nl/waalwijk-heusden-e-o/bol-com-en-ingram-willen-eigen-campus-voor-arbeidsmigranten~a0d01ecda/"),
          reliability: .planned, note: "campus for 400 labour migrants proposed by bol.com near its DC; plan, not confirmed realised"),
        ReferenceFigure(
          field: .floorAreaM2, value: 135000.0, valueHigh: nil,
          unit: "m2", figureYear: 2017,
          source: Source(title: "Reusachtig nieuw distributiecentrum voor Bol.com", publisher: "Trouw", year: 0, url: "https://www.trouw.nl/home/reusachtig-nieuw-distributiecentrum-voor-bol-com~ad27cece/"),
          reliability: .measured, note: "new DC of 135000 m2 floor area at opening (2017, year read from text); added in round 2 (round 1 had no floor area)"),
        ReferenceFigure(
          field: .jobs, value: 2000.0, valueHigh: nil,
          unit: "persons", figureYear: 2017,
          source: Source(title: "Bol.com opent grootste distributiecentrum net over grens", publisher: "Het Laatste Nieuws", year: 2017, url: "https://www.hln.be/nieuws/binnenland/bol-com-opent-grootste-distributiecentrum-net-over-grens~a0fc8dc5/"),
          reliability: .planned, note: "2000 people will work there (at opening; compare 800 daily average in 2022); about 68 m2 per person"),
        ReferenceFigure(
          field: .automation, value: 2.0, valueHigh: nil,
          unit: "level", figureYear: 2017,
          source: Source(title: "Reusachtig nieuw distributiecentrum voor Bol.com", publisher: "Trouw", year: 0, url: "https://www.trouw.nl/home/reusachtig-nieuw-distributiecentrum-voor-bol-com~ad27cece/"),
          reliability: .reported, note: "at opening: staff pick several orders at once from the racks; bins travel on conveyors and a sorter delivers the items to chutes for packing; read as medium (mechanised); added in round 6"),
        ReferenceFigure(
          field: .automation, value: 3.0, valueHigh: nil,
          unit: "level", figureYear: 2019,
          source: Source(title: "Distributiecentrum Bol.com Waalwijk wordt twee keer zo groot, bouw begonnen", publisher: "Omroep Brabant", year: 2019, url: "https://www.omroepbrabant.nl/nieuws/2932012/Distributiecentrum-Bol-com-Waalwijk-wordt-twee-keer-zo-groot-bouw-begonnen"),
          reliability: .planned, note: "the extension doubling the building brings goods to the people (goods-to-person) and adds only about 100 jobs to about 1000; read as high (automated) for the extended centre (De Telegraaf 2023 also speaks of a high degree of automation); added in round 6"),
      ]),
    ReferenceEstablishment(
      id: "venlo-heylen-tradeport-noord", name: "Groep Heylen multi-client DC, Trade Port Noord",
      municipality: "Venlo", province: "Limburg",
      type: .distributionContract, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 140000.0, valueHigh: nil,
          unit: "m2", figureYear: 2017,
          source: Source(title: "Grootste distributiecentrum van Nederland naar Venlo", publisher: "VVD Venlo (local party news page)", year: 0, url: "http://venlo.vvd.nl/nieuws/3859/grootste-distributiecentrum-van-nederland-naar-venlo"),
          reliability: .planned, note: "announced floor area"),
        ReferenceFigure(
          field: .jobs, value: 1000.0, valueHigh: nil,
          unit: "persons", figureYear: 2017,
          source: Source(title: "Grootste distributiecentrum van Nederland naar Venlo", publisher: "VVD Venlo (local party news page)", year: 0, url: "http://venlo.vvd.nl/nieuws/3859/grootste-distributiecentrum-van-nederland-naar-venlo"),
          reliability: .planned, note: "announcement: just over 1000 new jobs; four retail/online clients"),
      ]),
    ReferenceEstablishment(
      id: "venlo-vidaxl-dc", name: "vidaXL distribution centre and worker housing",
      municipality: "Venlo", province: "Limburg",
      type: .distributionEcommerce, figures: [
        ReferenceFigure(
          field: .employerBeds, value: 600.0, valueHigh: nil,
          unit: "beds", figureYear: 2019,
          source: Source(title: "Webwinkel krijgt groen licht voor huisvesting van 600 arbeidsmigranten in Venlo", publisher: "Wonen360 (citing Logistiek.nl)", year: 0, url: "https://www.wonen360.nl/article/9530090/webwinkel-krijgt-groen-licht-voor-huisvesting-van-600-arbeidsmigranten-in-venlo"),
          reliability: .planned, note: "permission granted for housing complex for 600 labour migrants next to the DC"),
        ReferenceFigure(
          field: .floorAreaM2, value: 141000.0, valueHigh: nil,
          unit: "m2", figureYear: 2022,
          source: Source(title: "Honderdeenenveertigduizend vierkante meter distributiecentrum binnen een jaar opgeleverd", publisher: "Van der Heijden bouw en ontwikkeling (contractor)", year: 2022, url: "https://www.vd-heijden.nl/honderdeenenveertigduizend-vierkante-meter-distributiecentrum-binnen-een-jaar-na-verstrekking-van-de-opdracht-opgeleverd/"),
          reliability: .measured, note: "fourth construction phase only (halls, offices, hub); earlier phases come on top"),
      ]),
    ReferenceEstablishment(
      id: "tilburg-returns-dc", name: "Fashion returns distribution centre (unnamed in source)",
      municipality: "Tilburg", province: "Noord-Brabant",
      type: .distributionEcommerce, figures: [
        ReferenceFigure(
          field: .jobs, value: 1500.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Ik voel me een aapje dat steeds hetzelfde trucje doet", publisher: "NRC", year: 2022, url: "https://www.nrc.nl/nieuws/2022/01/07/ik-voel-me-een-aapje-dat-steeds-hetzelfde-trucje-doet-a4076023"),
          reliability: .reported, note: "over 1500 people work there (journalist report); mainly labour migrants"),
        ReferenceFigure(
          field: .peakWorkforce, value: 2000.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Ik voel me een aapje dat steeds hetzelfde trucje doet", publisher: "NRC", year: 2022, url: "https://www.nrc.nl/nieuws/2022/01/07/ik-voel-me-een-aapje-dat-steeds-hetzelfde-trucje-doet-a4076023"),
          reliability: .reported, note: "in busy periods"),
      ]),
    ReferenceEstablishment(
      id: "boxtel-vion", name: "Vion pork slaughter and cutting plant",
      municipality: "Boxtel", province: "Noord-Brabant",
      type: .meatProcessing, figures: [
        ReferenceFigure(
          field: .labourMigrantShare, value: 0.73, valueHigh: 0.8,
          unit: "share", figureYear: 2019,
          source: Source(title: "Honderden arbeidsmigranten naar Boxtel, waar die moeten wonen: geen idee", publisher: "Brabants Dagblad", year: 2019, url: "https://www.bd.nl/brabant/honderden-arbeidsmigranten-naar-boxtel-waar-die-moeten-wonen-geen-idee~afbd6ad3/"),
          reliability: .estimate, note: "derived: of the 600 relocated jobs about 120 permanent, rest mainly flex workers from PL/RO/SK (upper bound 0.8); agency Horizon Meat Services had 440 East-European agency workers at the Scherpenzeel site (440/600 = 0.73)"),
        ReferenceFigure(
          field: .jobs, value: 1700.0, valueHigh: nil,
          unit: "persons", figureYear: 2024,
          source: Source(title: "Kan het een onsje minder (quoting Brabants Dagblad weekend supplement 9 March 2024)", publisher: "Dossier Arbeidsmigranten (quoting Brabants Dagblad)", year: 2024, url: "https://dossierarbeidsmigranten.nl/kan-het-een-onsje-minder/"),
          reliability: .reported, note: "1700 workers at the Boxtel slaughterhouse, very often from Eastern Europe; housed in boarding houses or prefab migrant hotels (added in round 2)"),
      ]),
    ReferenceEstablishment(
      id: "middenmeer-microsoft-dc", name: "Microsoft data centres, Agriport A7 / Het Venster",
      municipality: "Hollands Kroon (Middenmeer)", province: "Noord-Holland",
      type: .dataCentre, figures: [
        ReferenceFigure(
          field: .jobs, value: 280.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Datacenters leveren wel werkgelegenheid op", publisher: "Noordkop Centraal (citing Provincie Noord-Holland answers)", year: 0, url: "https://noordkopcentraal.nl/datacenters-leveren-wel-werkgelegenheid-op"),
          reliability: .reported, note: "staff of data centre in use on Agriport (province answer)"),
        ReferenceFigure(
          field: .jobs, value: 370.0, valueHigh: nil,
          unit: "fte", figureYear: 2022,
          source: Source(title: "Datacenters leveren wel werkgelegenheid op", publisher: "Noordkop Centraal (citing Provincie Noord-Holland answers)", year: 0, url: "https://noordkopcentraal.nl/datacenters-leveren-wel-werkgelegenheid-op"),
          reliability: .planned, note: "total full-time staff once Venster West centres are in use"),
        ReferenceFigure(
          field: .constructionWorkers, value: 5000.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Werknemers (glastuinbouw, datacenters)", publisher: "Agriport A7 (area developer)", year: 0, url: "https://www.agriporta7.nl/werknemers/"),
          reliability: .reported, note: "peak late 2019 for Microsoft and Google together, briefly over 5000 per day; about 100 per day end 2021; 1200 peak expected 2022"),
      ]),
    ReferenceEstablishment(
      id: "middenmeer-google-dc", name: "Google data centre, Agriport A7",
      municipality: "Hollands Kroon (Middenmeer)", province: "Noord-Holland",
      type: .dataCentre, figures: [
        ReferenceFigure(
          field: .hectares, value: 20.0, valueHigh: nil,
          unit: "ha", figureYear: 2022,
          source: Source(title: "Datacenters leveren wel werkgelegenheid op", publisher: "Noordkop Centraal (citing Provincie Noord-Holland answers)", year: 0, url: "https://noordkopcentraal.nl/datacenters-leveren-wel-werkgelegenheid-op"),
          reliability: .reported, note: "data centre area in use"),
        ReferenceFigure(
          field: .jobs, value: 125.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Datacenters leveren wel werkgelegenheid op", publisher: "Noordkop Centraal (citing Provincie Noord-Holland answers)", year: 0, url: "https://noordkopcentraal.nl/datacenters-leveren-wel-werkgelegenheid-op"),
          reliability: .reported, note: "current staff"),
        ReferenceFigure(
          field: .constructionWorkers, value: 1000.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Datacenters leveren wel werkgelegenheid op", publisher: "Noordkop Centraal (citing Provincie Noord-Holland answers)", year: 0, url: "https://noordkopcentraal.nl/datacenters-leveren-wel-werkgelegenheid-op"),
          reliability: .reported, note: "construction site gave work to 1000 people over recent years (cumulative, not simultaneous)"),
        ReferenceFigure(
          field: .constructionWorkers, value: 1000.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Google breidt haar datacenter capaciteit Eemshaven uit: honderden banen", publisher: "GIC (Groninger Internet Courant)", year: 2019, url: "https://www.gic.nl/economie/google-breidt-haar-datacenter-capaciteit-eemshaven-uit-honderden-banen"),
          reliability: .planned, note: "average of about 1000 per day per site during construction; 125 staff when operational"),
      ]),
    ReferenceEstablishment(
      id: "zeewolde-meta-dc", name: "Meta hyperscale data centre (plan, cancelled 2022)",
      municipality: "Zeewolde", province: "Flevoland",
      type: .dataCentre, figures: [
        ReferenceFigure(
          field: .hectares, value: 166.0, valueHigh: nil,
          unit: "ha", figureYear: 2021,
          source: Source(title: "Zeewolde krijgt grootste datacenter Europa", publisher: "Nederlands Dagblad", year: 2021, url: "https://www.nd.nl/nieuws/economie/1021836/zeewolde-krijgt-grootste-datacenter-europa"),
          reliability: .planned, note: "site area"),
        ReferenceFigure(
          field: .jobs, value: 410.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Meta-datacenter in Zeewolde biedt minder banen dan gedacht", publisher: "Techzine (citing NU.nl)", year: 2021, url: "https://www.techzine.nl/nieuws/infrastructure/472644/meta-datacenter-in-zeewolde-biedt-minder-banen-dan-gedacht/"),
          reliability: .planned, note: "municipality: 160 technical and 250 support jobs, about 2.5 per ha"),
        ReferenceFigure(
          field: .constructionWorkers, value: 1200.0, valueHigh: 1500.0,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Trekkersveld 4 - Werkgelegenheid", publisher: "Gemeente Zeewolde", year: 0, url: "https://www.zeewolde.nl/trekkersveld-4/werkgelegenheid"),
          reliability: .planned, note: "1200-1500 people needed during a 5-7 year construction phase, to be recruited mainly within 60-70 km; national/international only for specialist work (added in round 2)"),
      ]),
    ReferenceEstablishment(
      id: "bleiswijk-zalando-dc", name: "Zalando fulfilment centre",
      municipality: "Lansingerland (Bleiswijk)", province: "Zuid-Holland",
      type: .distributionEcommerce, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 140000.0, valueHigh: nil,
          unit: "m2", figureYear: 2019,
          source: Source(title: "Nieuw megadistributiecentrum Zalando komt in Nederland", publisher: "Het Laatste Nieuws (Belga)", year: 2019, url: "https://www.hln.be/geld/economie/nieuw-megadistributiecentrum-zalando-komt-in-nederland-belgie-loopt-1-500-jobs-mis~a7825897/"),
          reliability: .planned, note: "announced at start of construction"),
        ReferenceFigure(
          field: .jobs, value: 1500.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Nieuw megadistributiecentrum Zalando komt in Nederland", publisher: "Het Laatste Nieuws (Belga)", year: 2019, url: "https://www.hln.be/geld/economie/nieuw-megadistributiecentrum-zalando-komt-in-nederland-belgie-loopt-1-500-jobs-mis~a7825897/"),
          reliability: .planned, note: "up to 1500 people could work there"),
      ]),
    ReferenceEstablishment(
      id: "roosendaal-lidl-online-dc", name: "Lidl European online distribution centre",
      municipality: "Roosendaal", province: "Noord-Brabant",
      type: .distributionEcommerce, figures: [
        ReferenceFigure(
          field: .hectares, value: 6.0, valueHigh: nil,
          unit: "ha", figureYear: 2022,
          source: Source(title: "Lidl opens distribution center in the Netherlands", publisher: "Trademagazin", year: 0, url: "https://trademagazin.hu/en/disztribucios-kozpontot-nyitott-a-lidl-hollandiaban"),
          reliability: .reported, note: "centre size"),
        ReferenceFigure(
          field: .jobs, value: 600.0, valueHigh: 1200.0,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Lidl opens distribution center in the Netherlands", publisher: "Trademagazin", year: 0, url: "https://trademagazin.hu/en/disztribucios-kozpontot-nyitott-a-lidl-hollandiaban"),
          reliability: .reported, note: "600 employees at opening; target 1200 at full capacity (planned)"),
      ]),
    ReferenceEstablishment(
      id: "noordoostpolder-hoogweg-paprika", name: "Hoogweg Paprikakwekerijen (five sites)",
      municipality: "Noordoostpolder (Luttelgeest, Marknesse) and Pijnacker-Nootdorp", province: "Flevoland",
      type: .glasshouseSweetPepper, figures: [
        ReferenceFigure(
          field: .hectares, value: 134.0, valueHigh: nil,
          unit: "ha", figureYear: 2023,
          source: Source(title: "Das Unternehmen", publisher: "Hoogweg Paprikakwekerijen (company site)", year: 0, url: "https://www.hoogweg.nl/de/hoogweg/das-unternehmen"),
          reliability: .reported, note: "total glass area over five sites"),
        ReferenceFigure(
          field: .peakWorkforce, value: 400.0, valueHigh: nil,
          unit: "persons", figureYear: 2023,
          source: Source(title: "Das Unternehmen", publisher: "Hoogweg Paprikakwekerijen (company site)", year: 0, url: "https://www.hoogweg.nl/de/hoogweg/das-unternehmen"),
          reliability: .reported, note: "about 400 workers in main season incl. packing"),
        ReferenceFigure(
          field: .peakWorkforce, value: 300.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Grote drukte bij Kom in de Kas bij Hoogweg", publisher: "Franeker Courant / Noordoostpolder regional press", year: 2018, url: "https://franekercourant.nl/pnp/2018/04/09/grote-drukte-bij-kom-in-de-kas-bij-hoogweg"),
          reliability: .reported, note: "300 people pick by hand on top harvest days (before 2020 extension)"),
        ReferenceFigure(
          field: .hectares, value: 160.0, valueHigh: nil,
          unit: "ha", figureYear: 2024,
          source: Source(title: "Our Story (About Hoogweg)", publisher: "Hoogweg Paprikakwekerijen (company site)", year: 0, url: "https://www.hoogweg.nl/en/our-company/about-hoogweg"),
          reliability: .reported, note: "total acreage at five locations (four in the Noordoostpolder, one in Nootdorp) after the second Marknesse location (2020); year of the page approximate; the stored German page gives 105 ha at four locations, before that extension"),
        ReferenceFigure(
          field: .peakWorkforce, value: 500.0, valueHigh: nil,
          unit: "persons", figureYear: 2024,
          source: Source(title: "Our Story (About Hoogweg)", publisher: "Hoogweg Paprikakwekerijen (company site)", year: 0, url: "https://www.hoogweg.nl/en/our-company/about-hoogweg"),
          reliability: .reported, note: "about 500 employees daily in high season, incl. the processing and packing hall; same page as the 160 ha (about 3.1 per ha at the peak)"),
      ]),
    ReferenceEstablishment(
      id: "nieuwaal-hoogbos-orchids", name: "Hoog Bos and VW Orchids (phalaenopsis)",
      municipality: "Zaltbommel (Nieuwaal)", province: "Gelderland",
      type: .glasshouseOrnamental, figures: [
        ReferenceFigure(
          field: .jobs, value: 75.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Arbeidsmigranten werken en wonen bij orchideeënkwekerij Hoog Bos en dat bevalt prima", publisher: "Brabants Dagblad", year: 2018, url: "https://www.bd.nl/zaltbommel/arbeidsmigranten-werken-en-wonen-bij-orchideeenkwekerij-hoog-bos-en-dat-bevalt-prima~a529c43a/"),
          reliability: .reported, note: "two adjacent nurseries together"),
        ReferenceFigure(
          field: .labourMigrantShare, value: 0.67, valueHigh: nil,
          unit: "share", figureYear: 2018,
          source: Source(title: "Arbeidsmigranten werken en wonen bij orchideeënkwekerij Hoog Bos en dat bevalt prima", publisher: "Brabants Dagblad", year: 2018, url: "https://www.bd.nl/zaltbommel/arbeidsmigranten-werken-en-wonen-bij-orchideeenkwekerij-hoog-bos-en-dat-bevalt-prima~a529c43a/"),
          reliability: .reported, note: "two thirds of staff Polish, on own payroll"),
        ReferenceFigure(
          field: .employerBeds, value: 16.0, valueHigh: nil,
          unit: "beds", figureYear: 2018,
          source: Source(title: "Arbeidsmigranten werken en wonen bij orchideeënkwekerij Hoog Bos en dat bevalt prima", publisher: "Brabants Dagblad", year: 2018, url: "https://www.bd.nl/zaltbommel/arbeidsmigranten-werken-en-wonen-bij-orchideeenkwekerij-hoog-bos-en-dat-bevalt-prima~a529c43a/"),
          reliability: .estimate, note: "derived: converted barn with eight double rooms; plus two company houses, a grower house and a village house (not counted)"),
      ]),
    ReferenceEstablishment(
      id: "andel-butterfly-orchids", name: "Butterfly Orchids expansion (phalaenopsis)",
      municipality: "Altena (Andel)", province: "Noord-Brabant",
      type: .glasshouseOrnamental, figures: [
        ReferenceFigure(
          field: .hectares, value: 6.0, valueHigh: 12.0,
          unit: "ha", figureYear: 2021,
          source: Source(title: "Andelse kweker wil op eigen terrein huisvesting voor arbeidsmigranten", publisher: "Het Kontakt", year: 2021, url: "https://www.hetkontakt.nl/regio/heusdenenaltena/241412/andelse-kweker-wil-op-eigen-terrein-huisvesting-voor-arbeidsmig"),
          reliability: .planned, note: "new glass in two phases of 6 ha"),
        ReferenceFigure(
          field: .peakWorkforce, value: 250.0, valueHigh: 280.0,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Andelse kweker wil op eigen terrein huisvesting voor arbeidsmigranten", publisher: "Het Kontakt", year: 2021, url: "https://www.hetkontakt.nl/regio/heusdenenaltena/241412/andelse-kweker-wil-op-eigen-terrein-huisvesting-voor-arbeidsmig"),
          reliability: .planned, note: "in a 17-week potting peak after expansion, mainly labour migrants; own housing planned"),
        ReferenceFigure(
          field: .employerBeds, value: 274.0, valueHigh: nil,
          unit: "beds", figureYear: 2023,
          source: Source(title: "Butterfly Orchids in Andel vraagt vergunning voor fase 2 aan: geen huisvesting arbeidsmigranten", publisher: "Het Kontakt", year: 2023, url: "https://www.hetkontakt.nl/altena/nieuws/370276/butterfly-orchids-in-andel-vraagt-vergunning-voor-fase-2-aan-"),
          reliability: .planned, note: "housing for 274 labour migrants permitted with the first 6 ha phase (an appeal by residents pending); the application for the second 6 ha phase includes no housing"),
      ]),
    ReferenceEstablishment(
      id: "veldhoven-asml", name: "ASML headquarters and production, Veldhoven; expansion at Brainport Industries Campus Eindhoven",
      municipality: "Veldhoven / Eindhoven", province: "Noord-Brabant",
      type: .semiconductor, figures: [
        ReferenceFigure(
          field: .jobs, value: 20000.0, valueHigh: nil,
          unit: "persons", figureYear: 2024,
          source: Source(title: "ASML wil verdubbelen in de regio en richt vizier op Eindhoven", publisher: "Omroep Brabant", year: 2024, url: "https://www.omroepbrabant.nl/nieuws/4455699/asml-wil-verdubbelen-in-de-regio-en-richt-vizier-op-eindhoven"),
          reliability: .reported, note: "employees in Veldhoven"),
        ReferenceFigure(
          field: .jobs, value: 40000.0, valueHigh: nil,
          unit: "persons", figureYear: 2030,
          source: Source(title: "ASML wil verdubbelen in de regio en richt vizier op Eindhoven", publisher: "Omroep Brabant", year: 2024, url: "https://www.omroepbrabant.nl/nieuws/4455699/asml-wil-verdubbelen-in-de-regio-en-richt-vizier-op-eindhoven"),
          reliability: .planned, note: "doubling with about 20000 more at Brainport Industries Campus; Project Beethoven funds extra housing, roads, training"),
        ReferenceFigure(
          field: .dwellingsNeeded, value: 12000.0, valueHigh: nil,
          unit: "dwellings", figureYear: 2030,
          source: Source(title: "80.000 huizen erbij in vijf jaar in de Brainportregio: we gaan versnellen", publisher: "Omroep Brabant", year: 2024, url: "https://www.omroepbrabant.nl/nieuws/4475750/80000-huizen-erbij-in-vijf-jaar-in-de-brainportregio-we-gaan-versnellen"),
          reliability: .planned, note: "derived: the 21 Brainport municipalities raise their 2030 building plan from 68000 to 80000 dwellings because of ASML growth of 20000 employees (alderman speaking for the region); about 0.6 dwellings per extra ASML job, excl. supplier growth"),
        ReferenceFigure(
          field: .dwellingsNeeded, value: 20000.0, valueHigh: nil,
          unit: "dwellings", figureYear: 2030,
          source: Source(title: "Rijk trekt portemonnee: miljarden voor behoud ASML en leefbaarheid regio", publisher: "Omroep Brabant", year: 2024, url: "https://www.omroepbrabant.nl/nieuws/4442577/rijk-trekt-portemonnee-miljarden-voor-behoud-asml-en-leefbaarheid-regio"),
          reliability: .planned, note: "Project Beethoven: 20000 extra dwellings on top of 45000 already planned in the region; covers ASML and wider high-tech growth (NXP etc.)"),
        ReferenceFigure(
          field: .dwellingsNeeded, value: 17000.0, valueHigh: nil,
          unit: "dwellings", figureYear: 2030,
          source: Source(title: "Bijna een derde van de Beethoven-woningen staat op de tocht", publisher: "Omroep Brabant", year: 2025, url: "https://www.omroepbrabant.nl/nieuws/4768151/bijna-een-derde-van-de-beethoven-woningen-staat-op-de-tocht"),
          reliability: .planned, note: "later Beethoven figure of 17000 extra dwellings, 5100 of which at risk; region expected to grow by 150000 inhabitants to 950000 by 2040"),
      ]),
    ReferenceEstablishment(
      id: "sittard-geleen-chemelot", name: "Chemelot Industrial Park and Brightlands Chemelot Campus",
      municipality: "Sittard-Geleen", province: "Limburg",
      type: .semiconductor, figures: [
        ReferenceFigure(
          field: .hectares, value: 800.0, valueHigh: nil,
          unit: "ha", figureYear: 2019,
          source: Source(title: "Chemelot Geleen overtreft alle verwachtingen", publisher: "Link Magazine", year: 0, url: "https://linkmagazine.nl/chemelot-geleen-overtreft-alle-verwachtingen"),
          reliability: .reported, note: "whole site, over 60 plants"),
        ReferenceFigure(
          field: .jobs, value: 7700.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "The organisation Chemelot", publisher: "Chemelot (site organisation)", year: 0, url: "https://www.chemelot.nl/chemelot-en/organisation"),
          reliability: .reported, note: "over 6000 at the Industrial Park plus 1700 at the campus"),
        ReferenceFigure(
          field: .jobs, value: 9000.0, valueHigh: nil,
          unit: "persons", figureYear: 2040,
          source: Source(title: "Gebiedsvisie wil nog een Chemelot erbij (on Gebiedsvisie Omgeving Chemelot 2021-2040)", publisher: "Graetheidecomité (residents' committee, critical)", year: 0, url: "https://graetheidecomite.nl/gebiedsvisie/293-gebiedsvisie-wil-nog-een-chemelot-erbij"),
          reliability: .planned, note: "extra jobs in Gebiedsvisie Omgeving Chemelot 2021-2040 (5000 industrial, 4000 campus) as summarised by a critical residents group"),
      ]),
    ReferenceEstablishment(
      id: "born-vdl-nedcar", name: "VDL Nedcar car assembly plant (closed 2024)",
      municipality: "Sittard-Geleen (Born)", province: "Limburg",
      type: .metalManufacturing, figures: [
        ReferenceFigure(
          field: .jobs, value: 4800.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "VDL Nedcar schrapt zevenhonderd uitzendbanen", publisher: "Reformatorisch Dagblad (ANP)", year: 2019, url: "https://www.rd.nl/vandaag/economie/vdl-nedcar-schrapt-zevenhonderd-uitzendbanen-1.1600160"),
          reliability: .reported, note: "total staff incl. about 1100 flex workers before a cut of 700 agency jobs; 400 flex remain"),
        ReferenceFigure(
          field: .jobs, value: 1500.0, valueHigh: nil,
          unit: "persons", figureYear: 2012,
          source: Source(title: "Veel banen door nieuwe Mini in Born (ANP)", publisher: "Leidsch Dagblad (ANP)", year: 2016, url: "http://www.leidschdagblad.nl/algemeen/economie/article28681812.ece/Veel-banen-door-nieuwe-Mini-in-Born"),
          reliability: .reported, note: "about 1500 staff when VDL took over from Mitsubishi end-2012; about 4000 in Oct 2016; Countryman to add 1200 (added in round 2)"),
        ReferenceFigure(
          field: .jobs, value: 7200.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "BMW stopt bij Nedcar: nu al 750 medewerkers op straat", publisher: "Autowereld", year: 2020, url: "https://www.autowereld.com/nieuws/autonieuws/id/29979/bmw-stopt-bij-nedcar-nu-al-750-medewerkers-op-straat"),
          reliability: .reported, note: "about 7200 people worked at Nedcar in 2018 (peak year); fewer than 5000 in 2020; 1500 -> 7200 in six years shows the ramp-up of a plant (added in round 2)"),
      ]),
    ReferenceEstablishment(
      id: "heerlen-gxo-jdsports-dc", name: "GXO Logistics European hub for JD Sports, De Beitel",
      municipality: "Heerlen", province: "Limburg",
      type: .distributionContract, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 60000.0, valueHigh: nil,
          unit: "m2", figureYear: 2022,
          source: Source(title: "JD Sports krijgt nieuw distributiecentrum in Heerlen", publisher: "FashionUnited (citing GXO press release and municipality of Heerlen)", year: 2022, url: "https://fashionunited.nl/nieuws/business/jd-sports-krijgt-nieuw-distributiecentrum-in-heerlen/2022110455265"),
          reliability: .planned, note: "about 60000 m2 on De Beitel"),
        ReferenceFigure(
          field: .jobs, value: 1500.0, valueHigh: nil,
          unit: "persons", figureYear: 2024,
          source: Source(title: "JD Sports krijgt nieuw distributiecentrum in Heerlen", publisher: "FashionUnited (citing GXO press release and municipality of Heerlen)", year: 2022, url: "https://fashionunited.nl/nieuws/business/jd-sports-krijgt-nieuw-distributiecentrum-in-heerlen/2022110455265"),
          reliability: .planned, note: "new jobs announced by GXO and municipality; recruitment together with the municipality"),
      ]),
    ReferenceEstablishment(
      id: "tholen-kaljouw-cucumber", name: "Kaljouw cucumber nursery",
      municipality: "Tholen (Sint-Annaland)", province: "Zeeland",
      type: .glasshouseCucumber, figures: [
        ReferenceFigure(
          field: .hectares, value: 6.0, valueHigh: 8.5,
          unit: "ha", figureYear: 2020,
          source: Source(title: "Komkommerkweker blijft positief", publisher: "Nieuwe Oogst", year: 2020, url: "https://www.nieuweoogst.nl/nieuws/2020/06/12/komkommerkweker-blijft-positief"),
          reliability: .reported, note: "6 ha plus a 2.5 ha former strawberry glasshouse bought in 2017 for new glass"),
        ReferenceFigure(
          field: .peakWorkforce, value: 30.0, valueHigh: 60.0,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Komkommerkweker blijft positief", publisher: "Nieuwe Oogst", year: 2020, url: "https://www.nieuweoogst.nl/nieuws/2020/06/12/komkommerkweker-blijft-positief"),
          reliability: .estimate, note: "ten permanent plus \"enkele tientallen\" (a few dozen) seasonal hires; range reads that as 20-50 hires; not a published number"),
      ]),
    ReferenceEstablishment(
      id: "middenmeer-agrocare-tomato", name: "Agro Care tomato glasshouses, all Dutch sites after merger with Kesgro (largest at Agriport A7 Wieringermeer; also Rilland, Westland)",
      municipality: "Hollands Kroon (Middenmeer); Reimerswaal (Rilland); Westland", province: "Noord-Holland",
      type: .glasshouseTomato, figures: [
        ReferenceFigure(
          field: .hectares, value: 123.0, valueHigh: nil,
          unit: "ha", figureYear: 2016,
          source: Source(title: "Agro Care en Kesgro fuseren", publisher: "WOS (Westlandse Omroep Stichting)", year: 2016, url: "https://archief.wos.nl/nieuwsarchief/bericht/20160627-agro-care-en-kesgro-fuseren"),
          reliability: .reported, note: "Dutch glass area after Agro Care-Kesgro merger (153 ha incl. Morocco/Tunisia)"),
        ReferenceFigure(
          field: .jobs, value: 640.0, valueHigh: nil,
          unit: "persons", figureYear: 2016,
          source: Source(title: "Agro Care en Kesgro fuseren", publisher: "WOS (Westlandse Omroep Stichting)", year: 2016, url: "https://archief.wos.nl/nieuwsarchief/bericht/20160627-agro-care-en-kesgro-fuseren"),
          reliability: .reported, note: "90 permanent plus 550 flexible staff (excl. 250 in Morocco/Tunisia); flex share about 0.86"),
      ]),
    ReferenceEstablishment(
      id: "fijnaart-westende-fruit", name: "Westende Fruitteelt (pears)",
      municipality: "Moerdijk (Fijnaart)", province: "Noord-Brabant",
      type: .openFieldAgriculture, figures: [
        ReferenceFigure(
          field: .hectares, value: 125.0, valueHigh: nil,
          unit: "ha", figureYear: 2020,
          source: Source(title: "Vanuit heel Polen komen ze hier met plezier peren plukken", publisher: "BN DeStem", year: 2020, url: "https://www.bndestem.nl/moerdijk/vanuit-heel-polen-komen-ze-hier-met-plezier-peren-plukken~a42205d2/"),
          reliability: .reported, note: "pear orchards"),
        ReferenceFigure(
          field: .employerBeds, value: 192.0, valueHigh: nil,
          unit: "beds", figureYear: 2019,
          source: Source(title: "Vanuit heel Polen komen ze hier met plezier peren plukken", publisher: "BN DeStem", year: 2020, url: "https://www.bndestem.nl/moerdijk/vanuit-heel-polen-komen-ze-hier-met-plezier-peren-plukken~a42205d2/"),
          reliability: .estimate, note: "derived: 32 chalets on own site normally housing six each (pre-COVID); half of the harvest workers are housed on the business site"),
        ReferenceFigure(
          field: .peakWorkforce, value: 384.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Vanuit heel Polen komen ze hier met plezier peren plukken", publisher: "BN DeStem", year: 2020, url: "https://www.bndestem.nl/moerdijk/vanuit-heel-polen-komen-ze-hier-met-plezier-peren-plukken~a42205d2/"),
          reliability: .estimate, note: "derived: hundreds of labour migrants each harvest; half housed on site (192 beds) implies about 384"),
      ]),
    ReferenceEstablishment(
      id: "eemshaven-google-dc", name: "Google data centre Eemshaven",
      municipality: "Het Hogeland", province: "Groningen",
      type: .dataCentre, figures: [
        ReferenceFigure(
          field: .hectares, value: 28.0, valueHigh: nil,
          unit: "ha", figureYear: 2014,
          source: Source(title: "Google gaat datacenter bouwen in Eemshaven", publisher: "Nationale Bouwgids (Novum)", year: 2014, url: "https://www.nationalebouwgids.nl/utiliteitsbouw/google-gaat-datacenter-bouwen-in-eemshaven"),
          reliability: .estimate, note: "derived: site described as just over forty football fields (about 0.7 ha each); first phase 120 MW"),
        ReferenceFigure(
          field: .jobs, value: 150.0, valueHigh: nil,
          unit: "persons", figureYear: 2014,
          source: Source(title: "Google gaat datacenter bouwen in Eemshaven", publisher: "Nationale Bouwgids (Novum)", year: 2014, url: "https://www.nationalebouwgids.nl/utiliteitsbouw/google-gaat-datacenter-bouwen-in-eemshaven"),
          reliability: .planned, note: "permanent extra jobs announced for first phase"),
        ReferenceFigure(
          field: .jobs, value: 250.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Google kiest voor Eemshaven, Microsoft voor Noord-Holland (FD article quoted on IEX forum)", publisher: "Het Financieele Dagblad via IEX forum", year: 2018, url: "https://www.iex.nl/Forum/Topic/1351220/BAM-Groep_BAM-april-2018.aspx"),
          reliability: .reported, note: "more or less permanent staff after first phase opened (IT, engineers, security, cleaning, catering)"),
        ReferenceFigure(
          field: .constructionWorkers, value: 1000.0, valueHigh: 1200.0,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Google kiest voor Eemshaven, Microsoft voor Noord-Holland (FD article quoted on IEX forum)", publisher: "Het Financieele Dagblad via IEX forum", year: 2018, url: "https://www.iex.nl/Forum/Topic/1351220/BAM-Groep_BAM-april-2018.aspx"),
          reliability: .reported, note: "about 1000 builders and installers for phase one; 1200 for the 2018 expansion"),
      ]),
    ReferenceEstablishment(
      id: "schiphol-amazon-delivery", name: "Amazon delivery station near Schiphol (sorting only)",
      municipality: "Haarlemmermeer (Rozenburg)", province: "Noord-Holland",
      type: .distributionHomeDelivery, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 8500.0, valueHigh: nil,
          unit: "m2", figureYear: 2021,
          source: Source(title: "Amazon opent bezorgcentrum bij Schiphol", publisher: "De Ondernemer (citing AD)", year: 0, url: "https://www.deondernemer.nl/actueel/amazon-opent-bezorgcentrum-bij-schiphol~da8bd31"),
          reliability: .planned, note: "sorting hall, no storage"),
        ReferenceFigure(
          field: .jobs, value: 200.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Amazon opent bezorgcentrum bij Schiphol", publisher: "De Ondernemer (citing AD)", year: 0, url: "https://www.deondernemer.nl/actueel/amazon-opent-bezorgcentrum-bij-schiphol~da8bd31"),
          reliability: .planned, note: "jobs in the hall; plus 450 parcel couriers at independent delivery firms (not counted)"),
      ]),
    ReferenceEstablishment(
      id: "nieuwegein-jumbo-ndc", name: "Jumbo national distribution centre (mechanised, slow movers)",
      municipality: "Nieuwegein", province: "Utrecht",
      type: .distributionXXL, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 43000.0, valueHigh: nil,
          unit: "m2", figureYear: 2020,
          source: Source(title: "We zullen alle Jumbovestigingen vanuit hier bevoorraden", publisher: "Levensmiddelenkrant", year: 2020, url: "https://www.levensmiddelenkrant.nl/levensmiddelenkrant/formules/we-zullen-alle-jumbovestigingen-vanuit-hier-bevoorraden"),
          reliability: .measured, note: "building at opening"),
        ReferenceFigure(
          field: .jobs, value: 300.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "We zullen alle Jumbovestigingen vanuit hier bevoorraden", publisher: "Levensmiddelenkrant", year: 2020, url: "https://www.levensmiddelenkrant.nl/levensmiddelenkrant/formules/we-zullen-alle-jumbovestigingen-vanuit-hier-bevoorraden"),
          reliability: .planned, note: "only about 300 staff needed thanks to mechanised order picking"),
        ReferenceFigure(
          field: .automation, value: 3.0, valueHigh: nil,
          unit: "level", figureYear: 2020,
          source: Source(title: "We zullen alle Jumbovestigingen vanuit hier bevoorraden", publisher: "Levensmiddelenkrant", year: 2020, url: "https://www.levensmiddelenkrant.nl/levensmiddelenkrant/formules/we-zullen-alle-jumbovestigingen-vanuit-hier-bevoorraden"),
          reliability: .reported, note: "the order-picking system is fully mechanical for most products (high-bay robots store and retrieve; products the grippers cannot take, such as cat litter, are handled apart), so only about 300 staff are needed; read as high (automated); added in round 6"),
      ]),
    ReferenceEstablishment(
      id: "oosterhout-bleiswijk-ah-hsc", name: "Albert Heijn Home Shop Centers Oosterhout and Bleiswijk (two sites)",
      municipality: "Oosterhout / Lansingerland", province: "Noord-Brabant / Zuid-Holland",
      type: .distributionHomeDelivery, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 40000.0, valueHigh: nil,
          unit: "m2", figureYear: 2020,
          source: Source(title: "Albert Heijn verdubbelt capaciteit voor thuisbezorging", publisher: "Reformatorisch Dagblad (ANP)", year: 2020, url: "https://www.rd.nl/vandaag/economie/albert-heijn-verdubbelt-capaciteit-voor-thuisbezorging-1.1628921"),
          reliability: .planned, note: "two sites of 20000 m2 each"),
        ReferenceFigure(
          field: .jobs, value: 1000.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Albert Heijn verdubbelt capaciteit voor thuisbezorging", publisher: "Reformatorisch Dagblad (ANP)", year: 2020, url: "https://www.rd.nl/vandaag/economie/albert-heijn-verdubbelt-capaciteit-voor-thuisbezorging-1.1628921"),
          reliability: .planned, note: "1000 new employees for the two sites together; 40000 orders per week each"),
      ]),
    ReferenceEstablishment(
      id: "maastricht-a2-tunnel", name: "A2 Maastricht double-deck tunnel (Avenue2: Strukton, Ballast Nedam)",
      municipality: "Maastricht", province: "Limburg",
      type: .constructionProject, figures: [
        ReferenceFigure(
          field: .jobs, value: 500.0, valueHigh: nil,
          unit: "persons", figureYear: 2013,
          source: Source(title: "Vraag en antwoord: buitenlandse werknemers", publisher: "Projectbureau A2 Maastricht (Rijkswaterstaat, Provincie Limburg, gemeenten Maastricht en Meerssen)", year: 0, url: "http://www.a2maastricht.nl/nl/vraag-en-antwoord/buitenlandse-werknemers-versie2013.aspx"),
          reliability: .reported, note: "Avenue2 workforce: about 250 in offices (incl. site managers, planners) and 250 on the work sites"),
        ReferenceFigure(
          field: .constructionWorkers, value: 250.0, valueHigh: nil,
          unit: "persons", figureYear: 2013,
          source: Source(title: "Vraag en antwoord: buitenlandse werknemers", publisher: "Projectbureau A2 Maastricht (Rijkswaterstaat, Provincie Limburg, gemeenten Maastricht en Meerssen)", year: 0, url: "http://www.a2maastricht.nl/nl/vraag-en-antwoord/buitenlandse-werknemers-versie2013.aspx"),
          reliability: .reported, note: "on the work sites incl. foremen and builders"),
        ReferenceFigure(
          field: .labourMigrants, value: 150.0, valueHigh: nil,
          unit: "persons", figureYear: 2013,
          source: Source(title: "Vraag en antwoord: buitenlandse werknemers", publisher: "Projectbureau A2 Maastricht (Rijkswaterstaat, Provincie Limburg, gemeenten Maastricht en Meerssen)", year: 0, url: "http://www.a2maastricht.nl/nl/vraag-en-antwoord/buitenlandse-werknemers-versie2013.aspx"),
          reliability: .reported, note: "European workers via specialised subcontractors (Irish, Portuguese, German, Polish, Greek) among the 250 on site"),
        ReferenceFigure(
          field: .constructionOutsideShare, value: 0.6, valueHigh: nil,
          unit: "share", figureYear: 2013,
          source: Source(title: "Vraag en antwoord: buitenlandse werknemers", publisher: "Projectbureau A2 Maastricht (Rijkswaterstaat, Provincie Limburg, gemeenten Maastricht en Meerssen)", year: 0, url: "http://www.a2maastricht.nl/nl/vraag-en-antwoord/buitenlandse-werknemers-versie2013.aspx"),
          reliability: .reported, note: "derived: 150 of 250 site workers foreign; regional shortage of skilled builders cited as reason"),
      ]),
    ReferenceEstablishment(
      id: "eemshaven-construction-2020", name: "Eemshaven construction peak: Google data-centre expansion plus Van Merksteijn steel-wire plant",
      municipality: "Het Hogeland (Eemshaven)", province: "Groningen",
      type: .constructionProject, figures: [
        ReferenceFigure(
          field: .constructionWorkers, value: 3000.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Seaports wil tijdelijke dorpen voor duizenden bouwers", publisher: "RTV Noord", year: 2018, url: "https://www.rtvnoord.nl/nieuws/202550/Seaports-wil-tijdelijke-dorpen-voor-duizenden-bouwers"),
          reliability: .planned, note: "expected peak in 2020 (port authority Groningen Seaports)"),
        ReferenceFigure(
          field: .constructionOutsideShare, value: 0.67, valueHigh: nil,
          unit: "share", figureYear: 2020,
          source: Source(title: "Seaports wil tijdelijke dorpen voor duizenden bouwers", publisher: "RTV Noord", year: 2018, url: "https://www.rtvnoord.nl/nieuws/202550/Seaports-wil-tijdelijke-dorpen-voor-duizenden-bouwers"),
          reliability: .planned, note: "about one third from the region, about 2000 from abroad (Italian main contractor for the plant; British and Irish for Google)"),
        ReferenceFigure(
          field: .labourMigrants, value: 2000.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Seaports wil tijdelijke dorpen voor duizenden bouwers", publisher: "RTV Noord", year: 2018, url: "https://www.rtvnoord.nl/nieuws/202550/Seaports-wil-tijdelijke-dorpen-voor-duizenden-bouwers"),
          reliability: .planned, note: "foreign builders; temporary villages near Uithuizen and Wagenborgen and hotel ships considered"),
        ReferenceFigure(
          field: .jobs, value: 3000.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Seaports wil tijdelijke dorpen voor duizenden bouwers", publisher: "RTV Noord", year: 2018, url: "https://www.rtvnoord.nl/nieuws/202550/Seaports-wil-tijdelijke-dorpen-voor-duizenden-bouwers"),
          reliability: .planned, note: "for a construction project the crew at peak is its size (same figure as construction_workers)"),
        ReferenceFigure(
          field: .constructionWorkers, value: 3500.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Mogelijk tijdelijke hotels in oude ziekenhuizen Delfzijl en Winschoten", publisher: "RTV Noord", year: 2019, url: "https://www.rtvnoord.nl/nieuws/204773/Mogelijk-tijdelijke-hotels-in-oude-ziekenhuizen-Delfzijl-en-Winschoten"),
          reliability: .planned, note: "International Welcome Center North: 3500 people in summer 2020 on Google expansion and Van Merksteijn plant, large part from abroad"),
      ]),
    ReferenceEstablishment(
      id: "zwaagdijk-action-dc", name: "Action distribution centre (store supply)",
      municipality: "Medemblik (Zwaagdijk-Oost)", province: "Noord-Holland",
      type: .distributionXXL, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 100000.0, valueHigh: nil,
          unit: "m2", figureYear: 2021,
          source: Source(title: "Dossier Action: undercover in het distributiecentrum", publisher: "Noordhollands Dagblad (Rens Lieman)", year: 2021, url: "https://renslieman.nl/artikelen/noordhollands-dagblad/dossier-action-undercover-in-het-distributiecentrum-zwaagdijk-polen-fnv/120"),
          reliability: .reported, note: "warehouse space quadrupled in twenty years to just over 100000 m2"),
        ReferenceFigure(
          field: .jobs, value: 1200.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Dossier Action: undercover in het distributiecentrum", publisher: "Noordhollands Dagblad (Rens Lieman)", year: 2021, url: "https://renslieman.nl/artikelen/noordhollands-dagblad/dossier-action-undercover-in-het-distributiecentrum-zwaagdijk-polen-fnv/120"),
          reliability: .reported, note: "1200 staff of whom 700 agency workers (share 0.58), mostly young Polish order pickers"),
        ReferenceFigure(
          field: .automation, value: 1.0, valueHigh: nil,
          unit: "level", figureYear: 2021,
          source: Source(title: "Dossier Action: undercover in het distributiecentrum", publisher: "Noordhollands Dagblad (Rens Lieman)", year: 2021, url: "https://renslieman.nl/artikelen/noordhollands-dagblad/dossier-action-undercover-in-het-distributiecentrum-zwaagdijk-polen-fnv/120"),
          reliability: .reported, note: "a few hundred order pickers drive electric trucks with roll containers through the aisles and take voice instructions: person-to-goods picking; read as low (manual); added in round 6"),
      ]),
    ReferenceEstablishment(
      id: "zaandam-picnic-dc", name: "Picnic online grocery distribution centre",
      municipality: "Zaanstad (Zaandam)", province: "Noord-Holland",
      type: .distributionHomeDelivery, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 20000.0, valueHigh: nil,
          unit: "m2", figureYear: 2021,
          source: Source(title: "Picnic opent DC in Zaandam", publisher: "Levensmiddelenkrant", year: 2021, url: "https://www.levensmiddelenkrant.nl/levensmiddelenkrant/nieuws/picnic-opent-dc-in-zaandam"),
          reliability: .planned, note: "new DC"),
        ReferenceFigure(
          field: .jobs, value: 500.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Picnic opent DC in Zaandam", publisher: "Levensmiddelenkrant", year: 2021, url: "https://www.levensmiddelenkrant.nl/levensmiddelenkrant/nieuws/picnic-opent-dc-in-zaandam"),
          reliability: .planned, note: "about 500 staff can start"),
      ]),
    ReferenceEstablishment(
      id: "zeeland-roompot-seven-parks", name: "Seven new Roompot holiday parks on the Zeeland/Goeree coast (Breskens, Domburg, Ouddorp, Renesse, Dishoek, Nieuwvliet-Bad, Cadzand-Bad)",
      municipality: "several (Sluis, Veere, Schouwen-Duiveland, Goeree-Overflakkee)", province: "Zeeland",
      type: .hospitality, figures: [
        ReferenceFigure(
          field: .jobs, value: 700.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Zeven nieuwe vakantieparken in Zeeland", publisher: "FOK! nieuws (citing developer Arcus and Provincie Zeeland)", year: 0, url: "https://acceptatiefp.fok.nl/nieuws/689840/1/1/50/zeven-nieuwe-vakantieparken-in-zeeland.html"),
          reliability: .planned, note: "jobs in operation of the seven parks; 12500 beds in total (about 18 beds per job)"),
        ReferenceFigure(
          field: .constructionWorkers, value: 3000.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Zeven nieuwe vakantieparken in Zeeland", publisher: "FOK! nieuws (citing developer Arcus and Provincie Zeeland)", year: 0, url: "https://acceptatiefp.fok.nl/nieuws/689840/1/1/50/zeven-nieuwe-vakantieparken-in-zeeland.html"),
          reliability: .planned, note: "construction gives work to 3000 people (developer figure, likely person-years or cumulative)"),
      ]),
    ReferenceEstablishment(
      id: "best-vandervalk-hotel", name: "Van der Valk hotel Eindhoven-Best",
      municipality: "Best", province: "Noord-Brabant",
      type: .hospitality, figures: [
        ReferenceFigure(
          field: .jobs, value: 180.0, valueHigh: nil,
          unit: "persons", figureYear: 2023,
          source: Source(title: "Wel een Van der Valkhotel, maar nog weinig personeel: Valkjes komen helpen", publisher: "Omroep Brabant", year: 2023, url: "https://www.omroepbrabant.nl/nieuws/4216920/wel-een-van-der-valkhotel-maar-nog-weinig-personeel-valkjes-komen-helpen"),
          reliability: .planned, note: "staff needed at opening; 60 hired three months before"),
      ]),
    ReferenceEstablishment(
      id: "amsterdam-innside-hotel", name: "Meliá Innside hotel Zuidas (328 rooms)",
      municipality: "Amsterdam", province: "Noord-Holland",
      type: .hospitality, figures: [
        ReferenceFigure(
          field: .jobs, value: 70.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Coronacrisis of niet, deze nieuwe Amsterdamse hotels gaan open", publisher: "Het Parool", year: 2021, url: "https://www.parool.nl/amsterdam/coronacrisis-of-niet-deze-nieuwe-amsterdamse-hotels-gaan-open~b5597ca9/"),
          reliability: .planned, note: "room for 70 staff at full operation (17 at COVID-limited opening); 328 rooms"),
      ]),
    ReferenceEstablishment(
      id: "mariaheide-dewit-asparagus", name: "Aspergekwekerij De Wit",
      municipality: "Meierijstad (Mariaheide)", province: "Noord-Brabant",
      type: .openFieldAgriculture, figures: [
        ReferenceFigure(
          field: .hectares, value: 45.0, valueHigh: nil,
          unit: "ha", figureYear: 2019,
          source: Source(title: "Meierijstad voegt daad bij woord met migranten in Mariaheide", publisher: "Brabants Dagblad", year: 2019, url: "https://www.bd.nl/meierij/meierijstad-voegt-daad-bij-woord-met-migranten-in-mariaheide~ab72ba02/"),
          reliability: .reported, note: "asparagus area"),
        ReferenceFigure(
          field: .employerBeds, value: 40.0, valueHigh: 60.0,
          unit: "beds", figureYear: 2019,
          source: Source(title: "Meierijstad voegt daad bij woord met migranten in Mariaheide", publisher: "Brabants Dagblad", year: 2019, url: "https://www.bd.nl/meierij/meierijstad-voegt-daad-bij-woord-met-migranten-in-mariaheide~ab72ba02/"),
          reliability: .reported, note: "40 beds on the farmyard, council approval to expand to 60; Polish and Bulgarian workers; work only March-June"),
      ]),
    ReferenceEstablishment(
      id: "tynaarlo-hoorn-asparagus", name: "Aspergeboerderij Hoorn",
      municipality: "Tynaarlo", province: "Drenthe",
      type: .openFieldAgriculture, figures: [
        ReferenceFigure(
          field: .hectares, value: 3.0, valueHigh: nil,
          unit: "ha", figureYear: 2024,
          source: Source(title: "Eerste asperges van het seizoen gestoken, iets vroeger dan normaal", publisher: "RTV Drenthe", year: 0, url: "https://www.rtvdrenthe.nl/nieuws/14530898/eerste-asperges-van-het-seizoen-gestoken-iets-vroeger-dan-normaal"),
          reliability: .reported, note: "asparagus field, about 10000 plants per ha"),
        ReferenceFigure(
          field: .peakWorkforce, value: 10.0, valueHigh: 15.0,
          unit: "persons", figureYear: 2024,
          source: Source(title: "Eerste asperges van het seizoen gestoken, iets vroeger dan normaal", publisher: "RTV Drenthe", year: 0, url: "https://www.rtvdrenthe.nl/nieuws/14530898/eerste-asperges-van-het-seizoen-gestoken-iets-vroeger-dan-normaal"),
          reliability: .reported, note: "ten to fifteen people a day needed for the harvest (about 3-5 per ha)"),
      ]),
    ReferenceEstablishment(
      id: "lingewaard-royalberry", name: "Royal Berry strawberry grower (new 12 ha glasshouse)",
      municipality: "Lingewaard", province: "Gelderland",
      type: .openFieldAgriculture, figures: [
        ReferenceFigure(
          field: .hectares, value: 12.0, valueHigh: nil,
          unit: "ha", figureYear: 2020,
          source: Source(title: "Dutch strawberry grower pitches housing plan for 350 workers", publisher: "Hortidaily", year: 0, url: "https://www.hortidaily.com/article/9383974/dutch-strawberry-grower-pitches-housing-plan-for-350-workers/"),
          reliability: .planned, note: "new strawberry glasshouse under construction (strawberries grouped under open-field type here; note it is under glass)"),
        ReferenceFigure(
          field: .employerBeds, value: 350.0, valueHigh: nil,
          unit: "beds", figureYear: 2020,
          source: Source(title: "Dutch strawberry grower pitches housing plan for 350 workers", publisher: "Hortidaily", year: 0, url: "https://www.hortidaily.com/article/9383974/dutch-strawberry-grower-pitches-housing-plan-for-350-workers/"),
          reliability: .planned, note: "plan for a residential park with 180 apartments for 350 employees; temporary housing already arranged with the municipality"),
      ]),
    ReferenceEstablishment(
      id: "venlo-hessing-freshcut", name: "Hessing Supervers fresh-cut vegetable factory, Greenport Venlo",
      municipality: "Horst aan de Maas (Greenport Venlo)", province: "Limburg",
      type: .foodProcessing, figures: [
        ReferenceFigure(
          field: .jobs, value: 1250.0, valueHigh: nil,
          unit: "persons", figureYear: 2023,
          source: Source(title: "Helmond raakt groentesnijders Hessing kwijt aan Venlo, 500 medewerkers kunnen mee naar nieuwe fabriek", publisher: "Eindhovens Dagblad", year: 2020, url: "https://www.ed.nl/helmond/helmond-raakt-groentesnijders-hessing-kwijt-aan-venlo-500-medewerkers-kunnen-mee-naar-nieuwe-fabriek-br~a2f3d60f/"),
          reliability: .planned, note: "new factory for 1250 staff, centralising Helmond (500 staff), Belfeld and Schwalmtal (DE) production"),
        ReferenceFigure(
          field: .jobs, value: 1350.0, valueHigh: nil,
          unit: "persons", figureYear: 2023,
          source: Source(title: "Dutch wholesaler's new factory construction reach highest point", publisher: "FreshPlaza", year: 0, url: "https://freshplaza.com/europe/article/9382597/dutch-wholesaler-s-new-factory-construction-reach-highest-point"),
          reliability: .planned, note: "more than 1350 in production, quality, technology and logistics; 100 production lines, 320000 kg vegetables a day; transfers from other sites not enough, regional recruitment"),
        ReferenceFigure(
          field: .floorAreaM2, value: 65000.0, valueHigh: nil,
          unit: "m2", figureYear: 2021,
          source: Source(title: "Fabrik der Zukunft erhebt sich in Venlo", publisher: "Warehouse Logistiek", year: 2021, url: "https://warehouselogistiek.nl/de/lagerhaltung/fabrik-der-zukunft-erhebt-sich-in-venlo-2/"),
          reliability: .planned, note: "gross floor area of the factory, about 65000 m2 for over 100 production lines (about 46000 m2 ground floor plus 17500 m2 of upper floor), beside a separate technical-services building; contractor figures during construction (added in round 8; title read from the page address)"),
      ]),
    ReferenceEstablishment(
      id: "zwaagdijk-hessing-freshcut", name: "Hessing Supervers fresh-cut vegetable plant (closed 2024)",
      municipality: "Medemblik (Zwaagdijk-Oost)", province: "Noord-Holland",
      type: .foodProcessing, figures: [
        ReferenceFigure(
          field: .jobs, value: 700.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Groenteverwerkingsbedrijf Hessing snijdt stuk minder groenten en fruit door boerenacties", publisher: "NH Nieuws", year: 2022, url: "https://www.nhnieuws.nl/nieuws/305950/groenteverwerkingsbedrijf-hessing-snijdt-stuk-minder-groenten-en-fruit-door-boerenacties"),
          reliability: .reported, note: "about 700 people at the Zwaagdijk site, 24-hour production"),
      ]),
    ReferenceEstablishment(
      id: "wehl-esbro-poultry", name: "Esbro poultry slaughterhouse (250000 chickens a day)",
      municipality: "Doetinchem (Wehl)", province: "Gelderland",
      type: .meatProcessing, figures: [
        ReferenceFigure(
          field: .jobs, value: 600.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Duitse arbeidsmigranten laten zich na maatregel twee of drie keer per week testen bij Esbro", publisher: "De Stentor", year: 2021, url: "https://www.destentor.nl/achterhoek/duitse-arbeidsmigranten-laten-zich-na-maatregel-twee-of-drie-keer-per-week-testen-bij-esbro~aa46f76f/"),
          reliability: .reported, note: "600 people work at the slaughterhouse"),
        ReferenceFigure(
          field: .labourMigrants, value: 500.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Duitse arbeidsmigranten laten zich na maatregel twee of drie keer per week testen bij Esbro", publisher: "De Stentor", year: 2021, url: "https://www.destentor.nl/achterhoek/duitse-arbeidsmigranten-laten-zich-na-maatregel-twee-of-drie-keer-per-week-testen-bij-esbro~aa46f76f/"),
          reliability: .reported, note: "over 500 labour migrants, a large part living in Germany, via agency Fides"),
        ReferenceFigure(
          field: .labourMigrantShare, value: 0.83, valueHigh: nil,
          unit: "share", figureYear: 2021,
          source: Source(title: "Duitse arbeidsmigranten laten zich na maatregel twee of drie keer per week testen bij Esbro", publisher: "De Stentor", year: 2021, url: "https://www.destentor.nl/achterhoek/duitse-arbeidsmigranten-laten-zich-na-maatregel-twee-of-drie-keer-per-week-testen-bij-esbro~aa46f76f/"),
          reliability: .reported, note: "derived: just over 500 of 600 (lower bound)"),
      ]),
    ReferenceEstablishment(
      id: "eemshaven-vanmerksteijn-steel", name: "Van Merksteijn International wire-rod steel mill (green steel mill)",
      municipality: "Het Hogeland (Eemshaven)", province: "Groningen",
      type: .metalManufacturing, figures: [
        ReferenceFigure(
          field: .hectares, value: 28.0, valueHigh: nil,
          unit: "ha", figureYear: 2017,
          source: Source(title: "275 nieuwe banen in Eemshaven door komst staalbedrijf", publisher: "RTV Noord", year: 2017, url: "https://www.rtvnoord.nl/nieuws/187988/275-nieuwe-banen-in-Eemshaven-door-komst-staalbedrijf"),
          reliability: .planned, note: "site at announcement"),
        ReferenceFigure(
          field: .jobs, value: 275.0, valueHigh: nil,
          unit: "fte", figureYear: 2020,
          source: Source(title: "275 nieuwe banen in Eemshaven door komst staalbedrijf", publisher: "RTV Noord", year: 2017, url: "https://www.rtvnoord.nl/nieuws/187988/275-nieuwe-banen-in-Eemshaven-door-komst-staalbedrijf"),
          reliability: .planned, note: "275 new FTE, largely vocational (mbo) level"),
        ReferenceFigure(
          field: .hectares, value: 50.0, valueHigh: nil,
          unit: "ha", figureYear: 2018,
          source: Source(title: "Grondwerkzaamheden fabriek Van Merksteijn in volle gang", publisher: "Groningen Seaports (port authority)", year: 0, url: "https://www.groningen-seaports.com/nieuws/grondwerkzaamheden-fabriek-merksteijn-volle-gang/"),
          reliability: .planned, note: "green-field site of about 50 ha; 900000 t wire rod in phase 1"),
        ReferenceFigure(
          field: .jobs, value: 300.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Grondwerkzaamheden fabriek Van Merksteijn in volle gang", publisher: "Groningen Seaports (port authority)", year: 0, url: "https://www.groningen-seaports.com/nieuws/grondwerkzaamheden-fabriek-merksteijn-volle-gang/"),
          reliability: .planned, note: "about 300 direct jobs; construction delayed by nitrogen permits"),
      ]),
    ReferenceEstablishment(
      id: "maasbree-naturesgreen-cucumber", name: "Nature's Green Group cucumber glasshouse extension, Siberië",
      municipality: "Peel en Maas (Maasbree)", province: "Limburg",
      type: .glasshouseCucumber, figures: [
        ReferenceFigure(
          field: .hectares, value: 4.6, valueHigh: nil,
          unit: "ha", figureYear: 2018,
          source: Source(title: "Meer banen door uitbreiding kas", publisher: "Hallo Peel en Maas (Kempen Media)", year: 2018, url: "http://hallopeelenmaas.nl/uitbreiding-kas-20183211550"),
          reliability: .measured, note: "new glass added to 6.5 ha existing cucumber glass"),
        ReferenceFigure(
          field: .jobs, value: 25.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Meer banen door uitbreiding kas", publisher: "Hallo Peel en Maas (Kempen Media)", year: 2018, url: "http://hallopeelenmaas.nl/uitbreiding-kas-20183211550"),
          reliability: .reported, note: "25 new jobs from the 4.6 ha extension (about 5.4 per ha)"),
      ]),
    ReferenceEstablishment(
      id: "westdorpe-4evergreen-paprika", name: "4Evergreen sweet-pepper grower (six sites, largest Westdorpe)",
      municipality: "Terneuzen (Westdorpe); also Steenbergen, Hoek van Holland", province: "Zeeland",
      type: .glasshouseSweetPepper, figures: [
        ReferenceFigure(
          field: .hectares, value: 80.0, valueHigh: nil,
          unit: "ha", figureYear: 2017,
          source: Source(title: "18 Hektar Neubau für 4Evergreen", publisher: "4Evergreen (company news)", year: 2016, url: "https://www.4evergreen.nl/de/aktuell/18-hektar-neubau-fur-4evergreen"),
          reliability: .planned, note: "just over 80 ha under glass at six sites after the 18 ha Westdorpe extension"),
        ReferenceFigure(
          field: .hectares, value: 55.0, valueHigh: nil,
          unit: "ha", figureYear: 2020,
          source: Source(title: "Missie geslaagd: glastuinbouwgebied bij Westdorpe zo goed als vol", publisher: "PZC", year: 2020, url: "https://www.pzc.nl/zeeuws-vlaanderen/missie-geslaagd-glastuinbouwgebied-bij-westdorpe-zo-goed-als-vol~a9c298a9/"),
          reliability: .planned, note: "Westdorpe site after last 13.5 ha phase"),
        ReferenceFigure(
          field: .employerBeds, value: 48.0, valueHigh: 52.0,
          unit: "beds", figureYear: 2021,
          source: Source(title: "Grote paprikateler zet vol in op eigen huisvesting voor medewerkers", publisher: "Groentennieuws", year: 0, url: "https://www.groentennieuws.nl/article/9425496/grote-paprikateler-zet-vol-in-op-eigen-huisvesting-voor-medewerkers/"),
          reliability: .planned, note: "20 studios for 40 people in Steenbergen plus 4 studios for 2-3 each in Hoek van Holland; many staff from abroad"),
      ]),
    ReferenceEstablishment(
      id: "delier-agrocare-tomato", name: "Agro Care De Lier site (midi plum vine tomatoes, lit)",
      municipality: "Westland (De Lier)", province: "Zuid-Holland",
      type: .glasshouseTomato, figures: [
        ReferenceFigure(
          field: .hectares, value: 4.0, valueHigh: nil,
          unit: "ha", figureYear: 2023,
          source: Source(title: "Standort De Lier", publisher: "Agro Care (company site)", year: 0, url: "https://agrocare.nl/de/wer-wir-sind/standorte/de-lier"),
          reliability: .reported, note: "small lit site with year-round production"),
        ReferenceFigure(
          field: .peakWorkforce, value: 30.0, valueHigh: nil,
          unit: "persons", figureYear: 2023,
          source: Source(title: "Standort De Lier", publisher: "Agro Care (company site)", year: 0, url: "https://agrocare.nl/de/wer-wir-sind/standorte/de-lier"),
          reliability: .reported, note: "about thirty in the summer months; higher share of permanent staff than other Agro Care sites (about 7.5 per ha at peak)"),
      ]),
    ReferenceEstablishment(
      id: "terneuzen-nieuwe-sluis", name: "Nieuwe Sluis Terneuzen (sea lock; contractor consortium Sassevaart)",
      municipality: "Terneuzen", province: "Zeeland",
      type: .constructionProject, figures: [
        ReferenceFigure(
          field: .jobs, value: 700.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Terneuzen laat plan voor hotelboot varen", publisher: "Omroep Zeeland", year: 2019, url: "https://www.omroepzeeland.nl/nieuws/111184/Terneuzen-laat-plan-voor-hotelboot-varen"),
          reliability: .planned, note: "for a construction project the peak crew is its size"),
        ReferenceFigure(
          field: .constructionWorkers, value: 700.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Terneuzen laat plan voor hotelboot varen", publisher: "Omroep Zeeland", year: 2019, url: "https://www.omroepzeeland.nl/nieuws/111184/Terneuzen-laat-plan-voor-hotelboot-varen"),
          reliability: .planned, note: "about 700 on site at the peak of construction"),
        ReferenceFigure(
          field: .constructionOutsideShare, value: 0.11, valueHigh: 0.29,
          unit: "share", figureYear: 2019,
          source: Source(title: "Terneuzen laat plan voor hotelboot varen", publisher: "Omroep Zeeland", year: 2019, url: "https://www.omroepzeeland.nl/nieuws/111184/Terneuzen-laat-plan-voor-hotelboot-varen"),
          reliability: .reported, note: "share needing temporary lodging: 200 of 700 first expected (0.29), later only 80 (0.11) because concrete workers live in NL (mainly Noord-Brabant) or Flanders and commute; hotel boat dropped"),
      ]),
    ReferenceEstablishment(
      id: "eemshaven-power-stations-2008", name: "Construction of Nuon Magnum and RWE coal power stations, Eemshaven (2008-2013)",
      municipality: "Het Hogeland / Delfzijl (Eemshaven)", province: "Groningen",
      type: .constructionProject, figures: [
        ReferenceFigure(
          field: .jobs, value: 4500.0, valueHigh: nil,
          unit: "persons", figureYear: 2010,
          source: Source(title: "Aquasoft waterontharding voor Energy Village Wagenborgen (project description)", publisher: "Aquasoft (supplier)", year: 0, url: "https://aquasoft.nl/aquasoft-waterontharding-voor-energy-village-wagenborgen/"),
          reliability: .planned, note: "about 4500 workers expected over a long period for the Nuon and RWE power-station builds"),
        ReferenceFigure(
          field: .constructionWorkers, value: 4500.0, valueHigh: nil,
          unit: "persons", figureYear: 2010,
          source: Source(title: "Aquasoft waterontharding voor Energy Village Wagenborgen (project description)", publisher: "Aquasoft (supplier)", year: 0, url: "https://aquasoft.nl/aquasoft-waterontharding-voor-energy-village-wagenborgen/"),
          reliability: .planned, note: "same figure; many East Europeans (RTV Noord 2018)"),
        ReferenceFigure(
          field: .employerBeds, value: 1200.0, valueHigh: nil,
          unit: "beds", figureYear: 2009,
          source: Source(title: "Aquasoft waterontharding voor Energy Village Wagenborgen (project description)", publisher: "Aquasoft (supplier)", year: 0, url: "https://aquasoft.nl/aquasoft-waterontharding-voor-energy-village-wagenborgen/"),
          reliability: .planned, note: "Wagenborgen Envilla worker village for up to 1200 Nuon construction workers (Van der Wiel/Van der Valk)"),
        ReferenceFigure(
          field: .employerBeds, value: 400.0, valueHigh: nil,
          unit: "beds", figureYear: 2011,
          source: Source(title: "Energy Village Hotel kampt met lege kamers", publisher: "Misset Horeca", year: 2011, url: "http://www.missethoreca.nl/hotel/nieuws/2011/03/energy-village-hotel-kampt-met-lege-kamers-101123471"),
          reliability: .measured, note: "Energy Village Hotel Uithuizen built for RWE crews: only 60 of 400 beds occupied two months after opening, workers found cheaper lodging themselves"),
      ]),
    ReferenceEstablishment(
      id: "venray-segro-deblakt-dc", name: "Segro distribution centre De Blakt (user not yet named)",
      municipality: "Venray", province: "Limburg",
      type: .distributionContract, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 45000.0, valueHigh: nil,
          unit: "m2", figureYear: 2021,
          source: Source(title: "Nieuw logistiek bedrijf in Venray: honderden nieuwe banen (source: De Limburger)", publisher: "Banenrijk Limburg", year: 0, url: "https://banenrijklimburg.nl/nieuws-en-blogs/nieuw-logistiek-bedrijf-in-venray-honderden-nieuwe-banen-479"),
          reliability: .planned, note: "building of 4.5 ha on a 7.3 ha plot"),
        ReferenceFigure(
          field: .jobs, value: 250.0, valueHigh: 300.0,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Nieuw logistiek bedrijf in Venray: honderden nieuwe banen (source: De Limburger)", publisher: "Banenrijk Limburg", year: 0, url: "https://banenrijklimburg.nl/nieuws-en-blogs/nieuw-logistiek-bedrijf-in-venray-honderden-nieuwe-banen-479"),
          reliability: .planned, note: "new permanent jobs; temporary jobs come on top at peaks"),
      ]),
    ReferenceEstablishment(
      id: "venlo-schenker-tpn-dc", name: "DB Schenker multi-user warehouse, Trade Port Noord",
      municipality: "Venlo", province: "Limburg",
      type: .distributionContract, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 50000.0, valueHigh: nil,
          unit: "m2", figureYear: 2017,
          source: Source(title: "Schenker baut neues Logistiklager in Venlo", publisher: "VerkehrsRundschau (citing Schenker press release and Logistiek)", year: 0, url: "https://verkehrsrundschau.de/nachrichten/lager-umschlag/schenker-baut-neues-logistiklager-in-venlo-2990583"),
          reliability: .planned, note: "multifunctional warehouse incl. 3800 m2 mezzanine and 1800 m2 offices"),
        ReferenceFigure(
          field: .jobs, value: 100.0, valueHigh: nil,
          unit: "persons", figureYear: 2017,
          source: Source(title: "Schenker baut neues Logistiklager in Venlo", publisher: "VerkehrsRundschau (citing Schenker press release and Logistiek)", year: 0, url: "https://verkehrsrundschau.de/nachrichten/lager-umschlag/schenker-baut-neues-logistiklager-in-venlo-2990583"),
          reliability: .planned, note: "about 100 new jobs (company announcement); about 500 m2 per job"),
      ]),
    ReferenceEstablishment(
      id: "helmond-vanrooi-meat", name: "Van Rooi Meat pig slaughterhouse (farm-to-fork site)",
      municipality: "Helmond", province: "Noord-Brabant",
      type: .meatProcessing, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 62000.0, valueHigh: nil,
          unit: "m2", figureYear: 2020,
          source: Source(title: "Medewerkers Van Rooi Meat in Helmond getest op coronavirus", publisher: "Brabants Dagblad", year: 2020, url: "https://www.bd.nl/brabant/medewerkers-van-rooi-meat-in-helmond-getest-op-coronavirus~aff646e1/"),
          reliability: .reported, note: "whole pig processing from slaughter to cutting and deboning on 62000 m2 (site or floor area; source says nine football fields)"),
        ReferenceFigure(
          field: .jobs, value: 1700.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Van Rooi Meat moet twee weken langer dicht blijven, alle medewerkers in quarantaine", publisher: "Omroep Brabant", year: 2020, url: "https://www.omroepbrabant.nl/nieuws/3212228/van-rooi-meat-moet-twee-weken-langer-dicht-blijven-alle-medewerkers-in-quarantaine"),
          reliability: .reported, note: "all staff quarantined during COVID closure"),
        ReferenceFigure(
          field: .labourMigrantShare, value: 0.9, valueHigh: nil,
          unit: "share", figureYear: 2020,
          source: Source(title: "Medewerkers Van Rooi Meat in Helmond getest op coronavirus", publisher: "Brabants Dagblad", year: 2020, url: "https://www.bd.nl/brabant/medewerkers-van-rooi-meat-in-helmond-getest-op-coronavirus~aff646e1/"),
          reliability: .estimate, note: "union FNV: almost exclusively labour migrants (many Poles, mainly Romanians, often housed in groups e.g. on a camp site in Bakel); 0.9 is a reading of that statement, not a published number"),
      ]),
    ReferenceEstablishment(
      id: "roosendaal-primark-dc", name: "Primark distribution centre Borchwerf II (store supply)",
      municipality: "Roosendaal", province: "Noord-Brabant",
      type: .distributionXXL, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 90000.0, valueHigh: nil,
          unit: "m2", figureYear: 2017,
          source: Source(title: "Distributiecentrum Primark in Roosendaal officieel geopend", publisher: "Omroep Brabant", year: 0, url: "http://www.omroepbrabant.nl/?news/2672921003/Distributiecentrum+Primark+in+Roosendaal+officieel+geopend.aspx"),
          reliability: .measured, note: "complex of almost 90000 m2 in total, in full operation since January 2017 (opening year read from text)"),
        ReferenceFigure(
          field: .jobs, value: 225.0, valueHigh: nil,
          unit: "persons", figureYear: 2017,
          source: Source(title: "Distributiecentrum Primark in Roosendaal officieel geopend", publisher: "Omroep Brabant", year: 0, url: "http://www.omroepbrabant.nl/?news/2672921003/Distributiecentrum+Primark+in+Roosendaal+officieel+geopend.aspx"),
          reliability: .reported, note: "about 225 working at opening; about 400 m2 per person"),
        ReferenceFigure(
          field: .jobs, value: 400.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Distributiecentrum Primark in Roosendaal officieel geopend", publisher: "Omroep Brabant", year: 0, url: "http://www.omroepbrabant.nl/?news/2672921003/Distributiecentrum+Primark+in+Roosendaal+officieel+geopend.aspx"),
          reliability: .planned, note: "jobs expected to grow to 400 (about 225 m2 per job); staff recruited by agency Randstad (FashionUnited 2016)"),
        ReferenceFigure(
          field: .hectares, value: 16.0, valueHigh: nil,
          unit: "ha", figureYear: 2015,
          source: Source(title: "Primark Plans 86,000 sqm site", publisher: "Logistics Capital Partners (developer news, citing Logistics Manager)", year: 2015, url: "https://www.logisticscapitalpartners.com/News/Primark-Plans-86000-sqm-site.htm"),
          reliability: .planned, note: "16 ha site; phase 1 56000 m2 plus optional 30000 m2 phase 2"),
        ReferenceFigure(
          field: .automation, value: 3.0, valueHigh: nil,
          unit: "level", figureYear: 2023,
          source: Source(title: "Roboter kommen in Mode - Handelsketten setzen auf Automatisierung", publisher: "cash.ch (Reuters)", year: 2023, url: "https://www.cash.ch/news/roboter-kommen-in-mode-handelsketten-setzen-auf-automatisierung-560285"),
          reliability: .reported, note: "robots sort and stack textiles for the stores in Italy and France, a new trend for Primark; read as high (automated) in 2023, after the published job counts (2017 and 2018), whose automation no source states; added in round 6"),
      ]),
    ReferenceEstablishment(
      id: "tilburg-bijenkorf-dc", name: "De Bijenkorf distribution centre (online orders and store supply; operated by Ingram Micro)",
      municipality: "Tilburg", province: "Noord-Brabant",
      type: .distributionEcommerce, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 82000.0, valueHigh: nil,
          unit: "m2", figureYear: 2019,
          source: Source(title: "Ieder Bijenkorf-artikel komt voortaan uit Tilburg", publisher: "Omroep Brabant", year: 2019, url: "https://www.omroepbrabant.nl/nieuws/3059499/Ieder-Bijenkorf-artikel-komt-voortaan-uit-Tilburg"),
          reliability: .measured, note: "building of just over 82000 m2 at opening"),
        ReferenceFigure(
          field: .jobs, value: 300.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Ieder Bijenkorf-artikel komt voortaan uit Tilburg", publisher: "Omroep Brabant", year: 2019, url: "https://www.omroepbrabant.nl/nieuws/3059499/Ieder-Bijenkorf-artikel-komt-voortaan-uit-Tilburg"),
          reliability: .reported, note: "300 staff at opening (about 270 m2 per person)"),
        ReferenceFigure(
          field: .jobs, value: 800.0, valueHigh: nil,
          unit: "persons", figureYear: 2025,
          source: Source(title: "Bijenkorf stoot eigen distributiecentrum af, 143 mensen baan kwijt", publisher: "NOS", year: 2018, url: "https://nos.nl/artikel/2211479-bijenkorf-stoot-eigen-distributiecentrum-af-143-mensen-baan-kwijt.html"),
          reliability: .planned, note: "company expected employment to rise to 800 in time at the new DC (500 in the two old warehouses); horizon year not stated, 2025 is a placeholder"),
      ]),
    ReferenceEstablishment(
      id: "tilburg-decathlon-dc", name: "Decathlon Dutch omni-channel warehouse, Kraaiven",
      municipality: "Tilburg", province: "Noord-Brabant",
      type: .distributionEcommerce, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 40000.0, valueHigh: nil,
          unit: "m2", figureYear: 2020,
          source: Source(title: "Decathlon brings distribution center & 400-500 jobs to Tilburg", publisher: "Make it in Tilburg (municipal business portal)", year: 0, url: "https://www.makeitintilburg.com/en/enough-space-for-your-ambitions/news/decathlon-brings-distribution-center-400-500-jobs-to-tilburg"),
          reliability: .planned, note: "two phases of 30000 and 10000 m2 plus 1500-2000 m2 offices; store supply and all online sales"),
        ReferenceFigure(
          field: .jobs, value: 100.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Decathlon brings distribution center & 400-500 jobs to Tilburg", publisher: "Make it in Tilburg (municipal business portal)", year: 0, url: "https://www.makeitintilburg.com/en/enough-space-for-your-ambitions/news/decathlon-brings-distribution-center-400-500-jobs-to-tilburg"),
          reliability: .planned, note: "start with about 100 employees"),
        ReferenceFigure(
          field: .jobs, value: 400.0, valueHigh: 500.0,
          unit: "persons", figureYear: 2025,
          source: Source(title: "Decathlon brings distribution center & 400-500 jobs to Tilburg", publisher: "Make it in Tilburg (municipal business portal)", year: 0, url: "https://www.makeitintilburg.com/en/enough-space-for-your-ambitions/news/decathlon-brings-distribution-center-400-500-jobs-to-tilburg"),
          reliability: .planned, note: "400-500 in the long run (80-100 m2 per job on 40000 m2); firm targets local labour incl. students"),
      ]),
    ReferenceEstablishment(
      id: "cothen-vandergrift-fruit", name: "Fruitteeltbedrijf Van der Grift (apples and pears)",
      municipality: "Wijk bij Duurstede (Cothen) / Nieuwegein", province: "Utrecht",
      type: .openFieldAgriculture, figures: [
        ReferenceFigure(
          field: .hectares, value: 120.0, valueHigh: nil,
          unit: "ha", figureYear: 2023,
          source: Source(title: "Fruitteeltbedrijf Van der Grift zorgt voor eigen huisvesting plukkers", publisher: "DLV Advies", year: 2023, url: "https://www.dlvadvies.nl/bouw/nieuws/fruitteeltbedrijf-van-der-grift-zorgt-voor-eigen-huisvesting-plukkers/1881"),
          reliability: .reported, note: "about 120 ha fruit in total (60 ha Cothen, 20 ha Nieuwegein, plus a leased farm)"),
        ReferenceFigure(
          field: .peakWorkforce, value: 130.0, valueHigh: nil,
          unit: "persons", figureYear: 2023,
          source: Source(title: "Fruitteeltbedrijf Van der Grift zorgt voor eigen huisvesting plukkers", publisher: "DLV Advies", year: 2023, url: "https://www.dlvadvies.nl/bouw/nieuws/fruitteeltbedrijf-van-der-grift-zorgt-voor-eigen-huisvesting-plukkers/1881"),
          reliability: .estimate, note: "derived: about 30 year-round plus about 100 extra at the picking peak (late Aug to early Nov), mainly Polish; about 1.1 persons per ha at peak; peak/base about 4.3"),
        ReferenceFigure(
          field: .employerBeds, value: 100.0, valueHigh: nil,
          unit: "beds", figureYear: 2023,
          source: Source(title: "Fruitteeltbedrijf Van der Grift zorgt voor eigen huisvesting plukkers", publisher: "DLV Advies", year: 2023, url: "https://www.dlvadvies.nl/bouw/nieuws/fruitteeltbedrijf-van-der-grift-zorgt-voor-eigen-huisvesting-plukkers/1881"),
          reliability: .planned, note: "permit obtained to build housing for 100 seasonal workers in Cothen (previously rented holiday-park cabins)"),
      ]),
    ReferenceEstablishment(
      id: "ijsselmuiden-vandenbelt-tomato", name: "Van den Belt tomato nursery (Koekoekspolder)",
      municipality: "Kampen (IJsselmuiden)", province: "Overijssel",
      type: .glasshouseTomato, figures: [
        ReferenceFigure(
          field: .hectares, value: 28.0, valueHigh: nil,
          unit: "ha", figureYear: 2018,
          source: Source(title: "Blijven groeien of afhaken voor tomatenkweker Van den Belt in IJsselmuiden", publisher: "De Stentor", year: 2018, url: "https://www.destentor.nl/kampen/blijven-groeien-of-afhaken-voor-tomatenkweker-van-den-belt-in-ijsselmuiden~aad857c9/"),
          reliability: .measured, note: "28 ha of tomatoes after a new 7 ha glasshouse joined two sites (autumn 2018)"),
        ReferenceFigure(
          field: .peakWorkforce, value: 200.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Blijven groeien of afhaken voor tomatenkweker Van den Belt in IJsselmuiden", publisher: "De Stentor", year: 2018, url: "https://www.destentor.nl/kampen/blijven-groeien-of-afhaken-voor-tomatenkweker-van-den-belt-in-ijsselmuiden~aad857c9/"),
          reliability: .reported, note: "almost 200 flexible workers in the glasshouse on peak days (about 7 per ha incl. permanent staff; peak/permanent about 7.7)"),
      ]),
    ReferenceEstablishment(
      id: "rotterdam-maasvlakte2-construction", name: "Construction of Maasvlakte 2 port extension, phase 1 (PUMA: Boskalis and Van Oord)",
      municipality: "Rotterdam (Maasvlakte)", province: "Zuid-Holland",
      type: .constructionProject, figures: [
        ReferenceFigure(
          field: .jobs, value: 700.0, valueHigh: nil,
          unit: "persons", figureYear: 2011,
          source: Source(title: "Rotterdam gaining ground (translation of a Dutch press article)", publisher: "VoxEurop", year: 2011, url: "https://voxeurop.eu/en/rotterdam-gaining-ground-2/"),
          reliability: .reported, note: "for a construction project the average crew is its size"),
        ReferenceFigure(
          field: .constructionWorkers, value: 700.0, valueHigh: nil,
          unit: "persons", figureYear: 2011,
          source: Source(title: "Rotterdam gaining ground (translation of a Dutch press article)", publisher: "VoxEurop", year: 2011, url: "https://voxeurop.eu/en/rotterdam-gaining-ground-2/"),
          reliability: .reported, note: "on average 700 people working on the construction (2011); 2000 ha reclaimed, 3 bn euro; crews international (Russian, Ukrainian, Filipino, East European) but mainly a Dutch dredging project; no origin split given"),
      ]),
    ReferenceEstablishment(
      id: "roermond-ups-healthcare-dc", name: "UPS healthcare distribution centre",
      municipality: "Roermond", province: "Limburg",
      type: .distributionContract, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 28000.0, valueHigh: nil,
          unit: "m2", figureYear: 2016,
          source: Source(title: "UPS mit neuem Standort für die Gesundheits-Branche", publisher: "Posttip.de", year: 0, url: "https://posttip.de/pakete/news/ups-mit-neuem-standort-fuer-die-gesundheits-branche"),
          reliability: .planned, note: "28000 m2 GDP-compliant healthcare warehouse with 41000 pallet places (announcement late 2015, year read from text)"),
        ReferenceFigure(
          field: .jobs, value: 200.0, valueHigh: nil,
          unit: "persons", figureYear: 2016,
          source: Source(title: "UPS mit neuem Standort für die Gesundheits-Branche", publisher: "Posttip.de", year: 0, url: "https://posttip.de/pakete/news/ups-mit-neuem-standort-fuer-die-gesundheits-branche"),
          reliability: .planned, note: "up to 200 persons to work there from January 2016 (about 140 m2 per person)"),
      ]),
    ReferenceEstablishment(
      id: "helden-vestjens-asparagus-berries", name: "Vestjens asparagus and (blue)berry grower",
      municipality: "Peel en Maas (Helden)", province: "Limburg",
      type: .openFieldAgriculture, figures: [
        ReferenceFigure(
          field: .hectares, value: 100.0, valueHigh: nil,
          unit: "ha", figureYear: 2019,
          source: Source(title: "Aspergeteler in de clinch over huisvesting arbeiders", publisher: "Stal en Akker (Cerberus)", year: 0, url: "https://stal-en-akker.nl/artikel/255936-aspergeteler-in-de-clinch-over-huisvesting-arbeiders"),
          reliability: .reported, note: "just over 100 ha of asparagus and blueberry fields in Limburg (year read from text, approximate)"),
        ReferenceFigure(
          field: .peakWorkforce, value: 200.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Aspergeteler in de clinch over huisvesting arbeiders", publisher: "Stal en Akker (Cerberus)", year: 0, url: "https://stal-en-akker.nl/artikel/255936-aspergeteler-in-de-clinch-over-huisvesting-arbeiders"),
          reliability: .reported, note: "200 pickers and cutters in the fields at busy times (about 2 per ha at peak)"),
        ReferenceFigure(
          field: .employerBeds, value: 32.0, valueHigh: nil,
          unit: "beds", figureYear: 2019,
          source: Source(title: "Aspergeteler in de clinch over huisvesting arbeiders", publisher: "Stal en Akker (Cerberus)", year: 0, url: "https://stal-en-akker.nl/artikel/255936-aspergeteler-in-de-clinch-over-huisvesting-arbeiders"),
          reliability: .planned, note: "barn with 32 units: municipal permit for 20 labour migrants plus 12 extra beds in peak periods (about 0.16 beds per peak worker); disputed at the Raad van State"),
      ]),
    ReferenceEstablishment(
      id: "roermond-edco-dc", name: "Edco wholesale distribution centre De Meer (plan withdrawn 2009)",
      municipality: "Roermond", province: "Limburg",
      type: .distributionXXL, figures: [
        ReferenceFigure(
          field: .hectares, value: 15.0, valueHigh: 25.0,
          unit: "ha", figureYear: 2009,
          source: Source(title: "Distributiecentrum Edco van de baan", publisher: "Logistiek.nl", year: 2009, url: "https://www.logistiek.nl/warehousing/nieuws/2009/07/distributiecentrum-edco-van-de-baan-10114839"),
          reliability: .planned, note: "15 ha for the first two phases, 25 ha in time; building described as fifty football fields; plan withdrawn by the company in July 2009"),
        ReferenceFigure(
          field: .jobs, value: 400.0, valueHigh: nil,
          unit: "persons", figureYear: 2009,
          source: Source(title: "Distributiecentrum Edco van de baan", publisher: "Logistiek.nl", year: 2009, url: "https://www.logistiek.nl/warehousing/nieuws/2009/07/distributiecentrum-edco-van-de-baan-10114839"),
          reliability: .planned, note: "400 jobs expected in the region (about 27 per ha on 15 ha); never built"),
      ]),
    ReferenceEstablishment(
      id: "middenmeer-microsoft-dc-west", name: "Microsoft data centre expansion west of the A7 (Agriport A7, plan 2025)",
      municipality: "Hollands Kroon (Middenmeer)", province: "Noord-Holland",
      type: .dataCentre, figures: [
        ReferenceFigure(
          field: .hectares, value: 50.0, valueHigh: nil,
          unit: "ha", figureYear: 2025,
          source: Source(title: "Microsoft breidt datacenter in Wieringermeer fors uit", publisher: "Computable (citing NH Nieuws)", year: 2025, url: "https://www.computable.nl/2025/09/11/microsoft-breidt-datacenter-in-wieringermeer-fors-uit/"),
          reliability: .planned, note: "50 ha of land bought for a new data centre extending the existing campus; permits pending (separate from middenmeer-microsoft-dc)"),
        ReferenceFigure(
          field: .jobs, value: 350.0, valueHigh: nil,
          unit: "persons", figureYear: 2030,
          source: Source(title: "Microsoft breidt datacenter in Wieringermeer fors uit", publisher: "Computable (citing NH Nieuws)", year: 2025, url: "https://www.computable.nl/2025/09/11/microsoft-breidt-datacenter-in-wieringermeer-fors-uit/"),
          reliability: .planned, note: "about 350 jobs expected (7 per ha), over 70 % to be filled locally; about 200 indirect jobs at local firms (Techzine 2025); opening year not stated, 2030 is a placeholder"),
      ]),
    ReferenceEstablishment(
      id: "rheeze-vechtstreek-camping", name: "Sprookjescamping De Vechtstreek (camp site)",
      municipality: "Hardenberg (Rheeze)", province: "Overijssel",
      type: .hospitality, figures: [
        ReferenceFigure(
          field: .peakWorkforce, value: 140.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Vechtdalcampings 'vechten' om vakantiekrachten", publisher: "De Stentor", year: 2018, url: "https://www.destentor.nl/ommen/fles-afwasmiddel-helpt-bij-blussen-containerbrand-in-ommen~a95722cd/"),
          reliability: .reported, note: "about 140 people needed in summer, mainly school pupils and students working weekends and school holidays (peak/base 14); seasonal staff here are local, not labour migrants"),
      ]),
    ReferenceEstablishment(
      id: "hoogeveen-fage-dairy", name: "FAGE Greek-yoghurt plant, Riegmeer business park (planned, delayed)",
      municipality: "Hoogeveen", province: "Drenthe",
      type: .foodProcessing, figures: [
        ReferenceFigure(
          field: .hectares, value: 15.0, valueHigh: nil,
          unit: "ha", figureYear: 2021,
          source: Source(title: "Griekse zuivelproducent FAGE gaat duurzame productiefabriek bouwen in Hoogeveen", publisher: "Duurzaam Ondernemen (municipal and NOM press release)", year: 2021, url: "https://www.duurzaam-ondernemen.nl/griekse-zuivelproducent-fage-gaat-duurzame-productiefabriek-bouwen-in-hoogeveen/"),
          reliability: .planned, note: "option contract for a 15 ha plot; investment over 150 million euro; opening first planned H2 2024, later postponed"),
        ReferenceFigure(
          field: .jobs, value: 250.0, valueHigh: nil,
          unit: "fte", figureYear: 2024,
          source: Source(title: "Griekse zuivelproducent FAGE gaat duurzame productiefabriek bouwen in Hoogeveen", publisher: "Duurzaam Ondernemen (municipal and NOM press release)", year: 2021, url: "https://www.duurzaam-ondernemen.nl/griekse-zuivelproducent-fage-gaat-duurzame-productiefabriek-bouwen-in-hoogeveen/"),
          reliability: .planned, note: "about 250 full-time jobs (about 17 FTE per ha of plot); 40000-80000 t yoghurt a year"),
      ]),
    ReferenceEstablishment(
      id: "leeuwarden-vion-beef", name: "Vion cattle slaughterhouse (2500 cattle a week)",
      municipality: "Leeuwarden", province: "Fryslân",
      type: .meatProcessing, figures: [
        ReferenceFigure(
          field: .jobs, value: 45.0, valueHigh: nil,
          unit: "persons", figureYear: 2018,
          source: Source(title: "Vion neemt nieuwe slachterij in gebruik (ANP)", publisher: "Reformatorisch Dagblad (ANP)", year: 2018, url: "https://www.rd.nl/vandaag/economie/vion-neemt-nieuwe-slachterij-in-gebruik-1.1470458"),
          reliability: .measured, note: "45 staff at opening (Feb 2018) of a new slaughterhouse built in about ten months for almost 20 million euro"),
        ReferenceFigure(
          field: .jobs, value: 100.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "100 nieuwe banen bij Vion Food Group", publisher: "Foodpersonality", year: 2016, url: "https://foodpr.site.transip.me/nieuws/8794/100-nieuwe-banen-bij-vion-food-group"),
          reliability: .planned, note: "about 100 jobs announced (15 million euro plan, 2016); company still expected 100 in 2018; no labour-migrant share published"),
      ]),
    ReferenceEstablishment(
      id: "tilburg-agristo-fries", name: "Agristo frozen-fries plant, Vossenberg",
      municipality: "Tilburg", province: "Noord-Brabant",
      type: .foodProcessing, figures: [
        ReferenceFigure(
          field: .jobs, value: 180.0, valueHigh: nil,
          unit: "persons", figureYear: 2016,
          source: Source(title: "Diepgevroren friet vanuit Tilburg de wereld over", publisher: "De Ondernemer", year: 2016, url: "https://www.deondernemer.nl/actueel/diepgevroren-friet-vanuit-tilburg-de-wereld-over~b9cebcb"),
          reliability: .reported, note: "180 of the group's 500 staff work in Tilburg; about 250000 t fries a year from Tilburg; potatoes from within 100 km; the 47 m automated freezer store built 2022 (mainly Hungarian steel erectors, Omroep Brabant) employs nobody"),
      ]),
    ReferenceEstablishment(
      id: "born-frieslandcampina-cheese", name: "FrieslandCampina cheese plant (closed May 2025)",
      municipality: "Sittard-Geleen (Born)", province: "Limburg",
      type: .foodProcessing, figures: [
        ReferenceFigure(
          field: .jobs, value: 99.0, valueHigh: nil,
          unit: "persons", figureYear: 2024,
          source: Source(title: "Bij FrieslandCampina verdwijnen 186 banen, kaasfabriek in Born sluit", publisher: "NOS (with L1 Nieuws)", year: 2024, url: "https://nos.nl/artikel/2545112-bij-frieslandcampina-verdwijnen-186-banen-kaasfabriek-in-born-sluit"),
          reliability: .measured, note: "99 staff at the Limburg cheese plant at the closure announcement; production moved to Workum; Leeuwarden plant had 927 jobs"),
      ]),
    ReferenceEstablishment(
      id: "reimerswaal-vogelaar-fruit", name: "Vogelaar Fruitcultures (apples and pears)",
      municipality: "Reimerswaal", province: "Zeeland",
      type: .openFieldAgriculture, figures: [
        ReferenceFigure(
          field: .hectares, value: 150.0, valueHigh: nil,
          unit: "ha", figureYear: 2020,
          source: Source(title: "Waar wachten Zeeuwse burgemeesters eigenlijk nog op? (column Zeeuws fruit)", publisher: "PZC", year: 2020, url: "https://www.pzc.nl/oscar-garschagen/waar-wachten-zeeuwse-burgemeesters-eigenlijk-nog-op~a0094a78/"),
          reliability: .reported, note: "150 ha fruit; Polish pickers start late July, full strength only from late August"),
        ReferenceFigure(
          field: .employerBeds, value: 160.0, valueHigh: nil,
          unit: "beds", figureYear: 2021,
          source: Source(title: "Fruitteler laat hotel op zijn terrein bouwen voor buitenlandse werknemers", publisher: "Omroep Zeeland", year: 2021, url: "https://www.omroepzeeland.nl/nieuws/130762/Fruitteler-laat-hotel-op-zijn-terrein-bouwen-voor-buitenlandse-werknemers"),
          reliability: .measured, note: "worker hotel on own site with 160 sleeping places, fully used only at spring, summer and autumn peaks; grower asks to let empty rooms to nearby firms (about 1.1 beds per ha); Reimerswaal: 26 farms house 550 seasonal workers"),
      ]),
    ReferenceEstablishment(
      id: "afsluitdijk-levvel-construction", name: "Afsluitdijk reinforcement (Levvel consortium: BAM, Van Oord, Rebel)",
      municipality: "Hollands Kroon (Den Oever) / Súdwest-Fryslân", province: "Noord-Holland",
      type: .constructionProject, figures: [
        ReferenceFigure(
          field: .jobs, value: 800.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Hotelboot voor werknemers Afsluitdijk goed gevuld tijdens bouwvak: 'het werk gaat gewoon door'", publisher: "NH Nieuws", year: 0, url: "https://www.nhnieuws.nl/nieuws/250077/hotelboot-voor-werknemers-afsluitdijk-goed-gevuld-tijdens-bouwvak-het-werk-gaat-gewoon-door"),
          reliability: .planned, note: "for a construction project the peak crew is its size"),
        ReferenceFigure(
          field: .constructionWorkers, value: 800.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Hotelboot voor werknemers Afsluitdijk goed gevuld tijdens bouwvak: 'het werk gaat gewoon door'", publisher: "NH Nieuws", year: 0, url: "https://www.nhnieuws.nl/nieuws/250077/hotelboot-voor-werknemers-afsluitdijk-goed-gevuld-tijdens-bouwvak-het-werk-gaat-gewoon-door"),
          reliability: .planned, note: "about 800 people at work at the height of the project (year read from text, approximate)"),
        ReferenceFigure(
          field: .employerBeds, value: 100.0, valueHigh: nil,
          unit: "beds", figureYear: 2019,
          source: Source(title: "Hotelboot voor werknemers Afsluitdijk goed gevuld tijdens bouwvak: 'het werk gaat gewoon door'", publisher: "NH Nieuws", year: 0, url: "https://www.nhnieuws.nl/nieuws/250077/hotelboot-voor-werknemers-afsluitdijk-goed-gevuld-tijdens-bouwvak-het-werk-gaat-gewoon-door"),
          reliability: .measured, note: "hotel ship Le Formidable: 100 two-bed cabins let one person per cabin for workers who do not live nearby; 60 aboard during the builders' holiday, over 100 expected next year, hotels and a second ship as reserve"),
        ReferenceFigure(
          field: .constructionOutsideShare, value: 0.125, valueHigh: nil,
          unit: "share", figureYear: 2020,
          source: Source(title: "Hotelboot voor werknemers Afsluitdijk goed gevuld tijdens bouwvak: 'het werk gaat gewoon door'", publisher: "NH Nieuws", year: 0, url: "https://www.nhnieuws.nl/nieuws/250077/hotelboot-voor-werknemers-afsluitdijk-goed-gevuld-tijdens-bouwvak-het-werk-gaat-gewoon-door"),
          reliability: .estimate, note: "derived: 100 contractor beds / 800 peak crew = 0.125 lodged away from home by the employer (lower bound of the outside share: hotels nearby also used)"),
      ]),
    ReferenceEstablishment(
      id: "amsterdam-rosewood-hotel", name: "Rosewood Amsterdam luxury hotel (134 rooms, former Paleis van Justitie)",
      municipality: "Amsterdam", province: "Noord-Holland",
      type: .hospitality, figures: [
        ReferenceFigure(
          field: .jobs, value: 250.0, valueHigh: nil,
          unit: "persons", figureYear: 2025,
          source: Source(title: "Hoe Rosewood binnen vier maanden 250 man personeel wierf", publisher: "De Ondernemer", year: 2025, url: "https://www.deondernemer.nl/personeel/hotel-rosewood-luxury-hotel-werving-selectie-recruitment-tevredenheidsscore~7c81292"),
          reliability: .reported, note: "about 250 staff recruited in four months for a 134-room hotel with spa, two restaurants and a bar (about 1.9 staff per room; luxury segment); origin of staff not published"),
        ReferenceFigure(
          field: .floorAreaM2, value: 22000.0, valueHigh: nil,
          unit: "m2", figureYear: 2020,
          source: Source(title: "Amsterdam krijgt na jaren strijd zijn uberluxe zessterrenhotel", publisher: "Het Parool", year: 2020, url: "https://www.parool.nl/amsterdam/amsterdam-krijg-na-jaren-strijd-zijn-uberluxe-zessterrenhotel~bbb04fa5/"),
          reliability: .planned, note: "complex of 22000 m2 for 134 rooms of at least 45 m2 each, three restaurants and a spa, much of it public space; Business Insider (2019) gave 18000 m2 for the earlier 144-room plan, the state sold a building of over 16000 m2 (added in round 8; title read from the page address; year approximate)"),
      ]),
    ReferenceEstablishment(
      id: "erp-vandenelzen-plants", name: "Van den Elzen Plants (strawberry, raspberry and asparagus plant nursery, tray fields)",
      municipality: "Meierijstad (Erp)", province: "Noord-Brabant",
      type: .openFieldAgriculture, figures: [
        ReferenceFigure(
          field: .jobs, value: 20.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Gericht investeren in beperken ziekteverzuim loont", publisher: "Accountancy van Morgen", year: 2020, url: "https://www.accountancyvanmorgen.nl/2020/01/07/gericht-investeren-in-beperken-ziekteverzuim-loont/"),
          reliability: .reported, note: "twenty permanent staff (before the merger with Het Broek Softfruit); seasonal staff on top in peak periods"),
        ReferenceFigure(
          field: .employerBeds, value: 850.0, valueHigh: nil,
          unit: "beds", figureYear: 2024,
          source: Source(title: "Van den Elzen Plants nieuwe huisvesting 292 seizoensmedewerkers", publisher: "Stoeries.nl", year: 2024, url: "https://stoeries.nl/nieuws/van-den-elzen-plants-nieuwe-huisvesting-292-seizoensmedewerkers"),
          reliability: .measured, note: "new site in Erp for 292 seasonal workers (mainly PL, RO, BG) brings own housing to about 850 places; firm recruits itself, no agencies; after merger with Het Broek Softfruit (Soft Fruit, Mariaheide), so not comparable with the 2020 staff figure"),
      ]),
    ReferenceEstablishment(
      id: "zuidplas-dezuidplas-gerbera", name: "Kwekerij De Zuidplas (large-flowered gerbera, two sites)",
      municipality: "Zuidplas", province: "Zuid-Holland",
      type: .glasshouseOrnamental, figures: [
        ReferenceFigure(
          field: .jobs, value: 35.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Meet the team of Kwekerij de Zuidplas", publisher: "Kwekerij De Zuidplas (company news)", year: 0, url: "https://www.de-zuidplas.nl/nl/nieuws/1140-meet-the-team-of-kwekerij-de-zuidplas"),
          reliability: .reported, note: "about 35 people at two sites in the low season (year approximate)"),
        ReferenceFigure(
          field: .peakWorkforce, value: 50.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Meet the team of Kwekerij de Zuidplas", publisher: "Kwekerij De Zuidplas (company news)", year: 0, url: "https://www.de-zuidplas.nl/nl/nieuws/1140-meet-the-team-of-kwekerij-de-zuidplas"),
          reliability: .estimate, note: "derived: 35 plus about 15 added from early March to end September (peak/base about 1.4); flexible staff include students"),
      ]),
    ReferenceEstablishment(
      id: "heerlen-medtronic-ceva-dc", name: "Medtronic distribution centre, Trilandis (operated by Ceva Logistics)",
      municipality: "Heerlen", province: "Limburg",
      type: .distributionContract, figures: [
        ReferenceFigure(
          field: .floorAreaM2, value: 33000.0, valueHigh: nil,
          unit: "m2", figureYear: 2019,
          source: Source(title: "Nieuw distributiecentrum Medtronic goed voor 300 banen (source: 1Limburg)", publisher: "Banenrijk Limburg (citing 1Limburg)", year: 0, url: "https://banenrijklimburg.nl/nieuws-en-blogs/nieuw-distributiecentrum-medtronic-goed-voor-300-banen"),
          reliability: .measured, note: "new 33000 m2 building next to Medtronic's main site, supplying about 15000 hospitals worldwide (year approximate)"),
        ReferenceFigure(
          field: .jobs, value: 300.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Nieuw distributiecentrum Medtronic goed voor 300 banen (source: 1Limburg)", publisher: "Banenrijk Limburg (citing 1Limburg)", year: 0, url: "https://banenrijklimburg.nl/nieuws-en-blogs/nieuw-distributiecentrum-medtronic-goed-voor-300-banen"),
          reliability: .reported, note: "300 new jobs created (about 110 m2 per job); Medtronic has about 2000 staff in Limburg in total"),
      ]),
    ReferenceEstablishment(
      id: "nijmegen-nxp-fab", name: "NXP semiconductor wafer fab",
      municipality: "Nijmegen", province: "Gelderland",
      type: .semiconductor, figures: [
        ReferenceFigure(
          field: .jobs, value: 1800.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "NXP kan vraag naar chips amper bijbenen, groei goed voor honderd nieuwe banen in Nijmegen", publisher: "De Stentor / De Gelderlander", year: 2022, url: "https://www.destentor.nl/nijmegen/nxp-kan-vraag-naar-chips-amper-bijbenen-groei-goed-voor-honderd-nieuwe-banen-in-nijmegen~af0d0bfe/"),
          reliability: .reported, note: "about 1500 permanent staff plus about 300 agency workers at the Nijmegen fab (agency share about 0.17); 1435 permanent a year earlier; about 100 more permanent expected in 2022"),
        ReferenceFigure(
          field: .jobs, value: 2000.0, valueHigh: nil,
          unit: "persons", figureYear: 2017,
          source: Source(title: "Extra banen in Nijmegen door zelfrijdende auto's", publisher: "De Gelderlander", year: 0, url: "https://www.gelderlander.nl/nijmegen/extra-banen-in-nijmegen-door-zelfrijdende-auto-s~aec81e95/"),
          reliability: .reported, note: "just over 2000 people work at NXP Nijmegen; 20 million dollar for eight machines gives 10-20 new jobs (about 1 job per 1-2 million dollar of equipment; year approximate)"),
      ]),
    ReferenceEstablishment(
      id: "steenbergen-vanadrichem-tomato", name: "Van Adrichem Kwekerijen (truss tomatoes, lit; sites Steenbergen and Westdorpe)",
      municipality: "Steenbergen / Terneuzen (Westdorpe)", province: "Noord-Brabant",
      type: .glasshouseTomato, figures: [
        ReferenceFigure(
          field: .hectares, value: 34.0, valueHigh: nil,
          unit: "ha", figureYear: 2021,
          source: Source(title: "Van Adrichem Kwekerijen (Groene Pluim award holder profile)", publisher: "De Groene Pluim (sustainability award scheme)", year: 0, url: "https://degroenepluim.nl/groenepluimhouders/van-adrichem-kwekerijen/"),
          reliability: .reported, note: "34 ha in total on two sites (year approximate)"),
        ReferenceFigure(
          field: .peakWorkforce, value: 150.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Van Adrichem Kwekerijen (Groene Pluim award holder profile)", publisher: "De Groene Pluim (sustainability award scheme)", year: 0, url: "https://degroenepluim.nl/groenepluimhouders/van-adrichem-kwekerijen/"),
          reliability: .reported, note: "about 150 staff in total on both sites depending on season (about 4.4 per ha at peak; peak/permanent 5); temporary staff incl. pupils, agency workers and labour migrants via SNF-certified agencies, with housing on own site (bed count not given); Omroep Brabant 2019: just under 100 in one glasshouse, mostly from Eastern Europe"),
      ]),
    ReferenceEstablishment(
      id: "apeldoorn-julianatoren-park", name: "Julianatoren children's amusement park",
      municipality: "Apeldoorn", province: "Gelderland",
      type: .hospitality, figures: [
        ReferenceFigure(
          field: .jobs, value: 400.0, valueHigh: nil,
          unit: "persons", figureYear: 2023,
          source: Source(title: "Geen personeelstekort in Julianatoren: 150 gepensioneerden aan het werk", publisher: "Looopings (citing RTL Nieuws)", year: 2023, url: "https://www.looopings.nl/weblog/22545/Geen-personeelstekort-in-Julianatoren-150-gepensioneerden-aan-het-werk.html"),
          reliability: .reported, note: "about 400 people employed, of whom 150 retirees on call (weekdays) and mainly young people at weekends: a seasonal leisure workforce recruited locally, not labour migrants"),
      ]),
    ReferenceEstablishment(
      id: "marknesse-fletcher-hotel", name: "Fletcher hotel at the Waterloopbos (new)",
      municipality: "Noordoostpolder (Marknesse)", province: "Flevoland",
      type: .hospitality, figures: [
        ReferenceFigure(
          field: .jobs, value: 80.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Hotel start zoektocht naar personeel met sollicitaxi (citing RTV Oost)", publisher: "Nationale Horecagids", year: 0, url: "https://www.nationalehorecagids.nl/hotel/nieuws/16119-hotel-start-zoektocht-naar-personeel-met-sollicitaxi"),
          reliability: .planned, note: "80 staff to be recruited for the opening, from surrounding villages via a recruitment taxi; travel costs reimbursed (rooms not stated; year approximate)"),
      ]),
    ReferenceEstablishment(
      id: "heerenveen-aware-mozzarella", name: "Royal A-ware mozzarella plant (second plant beside its cheese plant)",
      municipality: "Heerenveen", province: "Fryslân",
      type: .foodProcessing, figures: [
        ReferenceFigure(
          field: .jobs, value: 80.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "Kaasmaker Royal A-ware bouwt mozzarellafabriek", publisher: "Omrop Fryslân", year: 2018, url: "https://www.omropfryslan.nl/nieuws/799930-kaasmaker-royal-ware-bouwt-mozzarellafabriek"),
          reliability: .planned, note: "new plant for 80 workers, production planned from 2020; complex to process 1.5 billion kg milk a year (capital-intensive: very few jobs per unit of output)"),
      ]),
    ReferenceEstablishment(
      id: "roermond-rockwool-plant", name: "Rockwool stone-wool insulation plant, Roerstreek",
      municipality: "Roermond", province: "Limburg",
      type: .metalManufacturing, figures: [
        ReferenceFigure(
          field: .jobs, value: 1200.0, valueHigh: nil,
          unit: "persons", figureYear: 2019,
          source: Source(title: "Rockwool bouwt nieuwe distributiehal in Roermond", publisher: "1Limburg", year: 0, url: "https://www.1limburg.nl/nieuws/1352833/rockwool-bouwt-nieuwe-distributiehal-in-roermond"),
          reliability: .reported, note: "1200 people work at Rockwool Roermond (heavy process manufacturing; filed under metal-manufacturing as the closest manufacturing type); year approximate"),
        ReferenceFigure(
          field: .hectares, value: 9.0, valueHigh: nil,
          unit: "ha", figureYear: 2019,
          source: Source(title: "Rockwool bouwt nieuwe distributiehal in Roermond", publisher: "1Limburg", year: 0, url: "https://www.1limburg.nl/nieuws/1352833/rockwool-bouwt-nieuwe-distributiehal-in-roermond"),
          reliability: .planned, note: "9 ha plot next to the plant for a new 10 million euro distribution hall that replaces the old one 2 km away; no extra jobs (size of the new hall plot, not of the plant)"),
      ]),
    ReferenceEstablishment(
      id: "vlodrop-vekoma-campus", name: "Vekoma Rides roller-coaster manufacturer, new campus",
      municipality: "Roerdalen (Vlodrop)", province: "Limburg",
      type: .metalManufacturing, figures: [
        ReferenceFigure(
          field: .jobs, value: 300.0, valueHigh: nil,
          unit: "persons", figureYear: 2022,
          source: Source(title: "Bauarbeiten für neuen Vekoma Campus in Vlodrop gestartet", publisher: "EAP Magazin", year: 0, url: "https://eap-magazin.de/Nachricht/Bauarbeiten-fuer-neuen-Vekoma-Campus-in-Vlodrop-gestartet.html"),
          reliability: .planned, note: "about 300 jobs on the new campus (two production halls, warehouse, offices) bringing together the Vlodrop site and the Roermond track factory; floor area not stated; year approximate"),
      ]),
    ReferenceEstablishment(
      id: "apeldoorn-ekro-veal", name: "Ekro veal slaughter and processing plant (VanDrie Group), along the A1",
      municipality: "Apeldoorn", province: "Gelderland",
      type: .meatProcessing, figures: [
        ReferenceFigure(
          field: .jobs, value: 750.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "Investment project at veal producer Ekro completed with installation of thermoformers", publisher: "Sealpac International (supplier case study)", year: 0, url: "https://www.sealpacinternational.com/nl/case-studies/investment-project-at-veal-producer-ekro-completed-with-installation-of-thermoformers/"),
          reliability: .reported, note: "about 750 employees in two shifts; about 400000 calves a year (year approximate, after 2020 investment); De Stentor 2020: in the COVID slump the Apeldoorn veal plants hired agency workers for fewer days a week (agency staff present, share not published)"),
      ]),
    ReferenceEstablishment(
      id: "eindhoven-asml-bic", name: "ASML expansion campus at Brainport Industries Campus (plan)",
      municipality: "Eindhoven", province: "Noord-Brabant",
      type: .semiconductor, figures: [
        ReferenceFigure(
          field: .jobs, value: 20000.0, valueHigh: nil,
          unit: "persons", figureYear: 2030,
          source: Source(title: "Ook Eindhoven wordt ASML-stad: dit zijn de eerste plannen", publisher: "Omroep Brabant", year: 2025, url: "https://www.omroepbrabant.nl/nieuws/4687296/ook-eindhoven-wordt-asml-stad-dit-zijn-de-eerste-plannen"),
          reliability: .planned, note: "in all 20000 employees on the new campus, the first from 2028; cleanrooms on the airport side, offices on the motorway side; site of over seventy football fields (added in round 8)"),
        ReferenceFigure(
          field: .hectares, value: 50.0, valueHigh: nil,
          unit: "ha", figureYear: 2024,
          source: Source(title: "ASML mag van gemeente Eindhoven uitbreiden met campus van 50 hectare", publisher: "Tweakers", year: 2024, url: "https://tweakers.net/nieuws/223120/asml-mag-van-gemeente-eindhoven-uitbreiden-met-campus-van-50-hectare.html"),
          reliability: .planned, note: "campus of 50 ha for 20000 workers approved by the city council; ASML then had 23000 employees in the Netherlands (shown only: this type is sized by floor area; year read from the article)"),
        ReferenceFigure(
          field: .floorAreaM2, value: 357000.0, valueHigh: nil,
          unit: "m2", figureYear: 2025,
          source: Source(title: "ASML acelera su megacampus en Eindhoven: 50 campos de futbol para conquistar el futuro de los chips", publisher: "Revista Cloud", year: 2025, url: "https://revistacloud.com/asml-acelera-su-megacampus-en-eindhoven-50-campos-de-futbol-para-conquistar-el-futuro-de-los-chips"),
          reliability: .planned, note: "built floor area of the draft urban plan as reported by a Spanish technology site from Dutch media (secondary source); cleanrooms and offices; the two published floor areas differ, the tool takes their median, about 392000 m2 or about 20 m2 per job (added in round 8)"),
        ReferenceFigure(
          field: .floorAreaM2, value: 428000.0, valueHigh: nil,
          unit: "m2", figureYear: 2025,
          source: Source(title: "ASML planea construir una megafabrica en Paises Bajos", publisher: "Geektopia", year: 2025, url: "https://www.geektopia.es/es/category/asml/"),
          reliability: .planned, note: "about 428000 m2 of production, offices and support space in the formal application for the campus, as summarised on the category page of a Spanish technology site (secondary source; added in round 8)"),
      ]),
    ReferenceEstablishment(
      id: "assen-mg-group-plant", name: "M&G Group flue-gas and ventilation systems plant (Burgerhout and Muelink & Grol merged)",
      municipality: "Assen", province: "Drenthe",
      type: .metalManufacturing, figures: [
        ReferenceFigure(
          field: .jobs, value: 350.0, valueHigh: nil,
          unit: "persons", figureYear: 2020,
          source: Source(title: "M&G Group met 350 werknemers naar Werklandschap Assen-Zuid", publisher: "RTV Drenthe", year: 2020, url: "https://www.rtvdrenthe.nl/nieuws/160519/M-G-Group-met-350-werknemers-naar-Werklandschap-Assen-Zuid"),
          reliability: .planned, note: "the Assen (about 150) and Groningen (about 200) production sites merge into one new plant (added in round 8)"),
        ReferenceFigure(
          field: .jobs, value: 450.0, valueHigh: nil,
          unit: "persons", figureYear: 2021,
          source: Source(title: "M&G Group vestigt zich op Werklandschap Assen-Zuid", publisher: "Provincie Drenthe", year: 2021, url: "https://www.provincie.drenthe.nl/@139616/group-vestigt/"),
          reliability: .planned, note: "jobs of about 450 workers kept in the Groningen-Assen region, incl. agency workers and jobs for people far from the labour market (provincial subsidy; added in round 8)"),
        ReferenceFigure(
          field: .jobs, value: 400.0, valueHigh: nil,
          unit: "persons", figureYear: 2023,
          source: Source(title: "M&G Group moves eleven sites into its new Assen-Zuid plant (Spanish re-publication of Dutch regional news)", publisher: "Teknomers", year: 2023, url: "https://teknomers.com/es/?p=790165"),
          reliability: .reported, note: "about 400 employees when the plant was completed at the end of 2022 and the move began (secondary source; title descriptive, the stored copy shows none; added in round 8)"),
        ReferenceFigure(
          field: .floorAreaM2, value: 40000.0, valueHigh: nil,
          unit: "m2", figureYear: 2023,
          source: Source(title: "M&G Group moves eleven sites into its new Assen-Zuid plant (Spanish re-publication of Dutch regional news)", publisher: "Teknomers", year: 2023, url: "https://teknomers.com/es/?p=790165"),
          reliability: .reported, note: "40000 m2 of production, warehouse, distribution centre and offices under one roof, replacing eleven buildings in Groningen, Assen and Veendam (secondary source; added in round 8)"),
      ]),
  ]
}
