#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension DiagnosticText {
  /// The study loader's, the study resolver's and the projection-study loader's messages in
  /// Dutch (after `loaderPatterns`).
  static let studyPatterns: [(String, Template)] = [
    (
      #"^The title is empty; give the study a title\.$"#,
      { _ in "De titel is leeg; geef de studie een titel." }
    ),
    (
      #"^This (study|projection study) uses schema (\d+); this build (?:supports up to|reads schema) (\d+)(\. Update housing-effect, or write the study for schema \d+)?\.$"#,
      {
        let what = $0[1] == "study" ? "Deze studie" : "Deze projectiestudie"
        let advice =
          $0[4].isEmpty
          ? "" : ". Werk housing-effect bij, of schrijf de studie voor schema \($0[3])"
        return "\(what) gebruikt schema \($0[2]); deze versie leest tot en met schema \($0[3])"
          + advice + "."
      }
    ),
    (
      #"^The baseline path is empty; give the path of an establishment file, e\.g\. '(.+)', or write the establishment here as an object\.$"#,
      {
        "Het pad van de basis is leeg; geef het pad van een vestigingsbestand, bijvoorbeeld "
          + "'\($0[1])', of schrijf de vestiging hier als object."
      }
    ),
    (
      #"^Cannot read the baseline '(.+)' \(looked for '(.+)'\): (there is no such file|it is a directory, not a file|permission denied or the file is unreadable)\. A relative path is taken from the study file's directory\.$"#,
      {
        "Kan de basis '\($0[1])' niet lezen (gezocht naar '\($0[2])'): \(fileProblem($0[3])). "
          + "Een relatief pad wordt vanuit de map van het studiebestand gelezen."
      }
    ),
    (
      #"^The study has no alternatives; add at least one to compare with the baseline\.$"#,
      {
        _ in
        "De studie heeft geen alternatieven; voeg er ten minste één toe om met de basis te "
          + "vergelijken."
      }
    ),
    (
      #"^The (title|rationale) is empty; say it in a sentence\.$"#,
      { "De \($0[1] == "title" ? "titel" : "onderbouwing") is leeg; zeg het in een zin." }
    ),
    (
      #"^Unknown template '(.+)'; the templates are (.+)\.$"#,
      { "Onbekend sjabloon '\($0[1])'; de sjablonen zijn \(andList($0[2]))." }
    ),
    (
      #"^Give either 'beds' or 'shareOfDemand', not both: the beds would override the share\.$"#,
      {
        _ in
        "Geef 'beds' of 'shareOfDemand', niet allebei: de bedden zouden het aandeel "
          + "vervangen."
      }
    ),
    (
      #"^The name '(.+)' is reserved for the study's baseline; give the alternative another name\.$"#,
      {
        "De naam '\($0[1])' is gereserveerd voor de basis van de studie; geef het alternatief "
          + "een andere naam."
      }
    ),
    (
      #"^The name '(.+)' is not a valid alternative name: use lowercase letters, digits and single hyphens, starting with a letter, e\.g\. 'moderate-growth'\.$"#,
      {
        "De naam '\($0[1])' is geen geldige naam voor een alternatief: gebruik kleine letters, "
          + "cijfers en enkele koppeltekens, beginnend met een letter, bijvoorbeeld "
          + "'moderate-growth'."
      }
    ),
    (
      #"^The name '(.+)' is already used by alternatives\[(\d+)\]; every alternative needs its own name\.$"#,
      {
        "De naam '\($0[1])' wordt al gebruikt door alternatives[\($0[2])]; elk alternatief "
          + "heeft een eigen naam nodig."
      }
    ),
    (
      #"^Unknown base '(.+)': no alternative in this study has that name\. Leave 'basedOn' out to build on the baseline\.$"#,
      {
        "Onbekende basis '\($0[1])': geen alternatief in deze studie heeft die naam. Laat "
          + "'basedOn' weg om op de basis van de studie voort te bouwen."
      }
    ),
    (
      #"^The alternatives build on each other in a circle: (.+)\. One of them must build on the baseline or on an alternative outside the circle\.$"#,
      {
        "De alternatieven bouwen in een kring op elkaar voort: \($0[1]). Een ervan moet op de "
          + "basis of op een alternatief buiten de kring voortbouwen."
      }
    ),
    (
      #"^Alternative '(.+)' \((.+)\) goes beyond the input limits: (.+)\. Check its changes and those of its bases\.$"#,
      {
        "Alternatief '\($0[1])' (\($0[2])) gaat buiten de grenzen van de invoer: \($0[3]). "
          + "Controleer de wijzigingen ervan en die van de alternatieven waarop het voortbouwt."
      }
    ),
    (
      #"^Alternative '(.+)' builds on a chain of (\d+) alternatives; at most (\d+) are allowed\.$"#,
      {
        "Alternatief '\($0[1])' bouwt voort op een keten van \($0[2]) alternatieven; hooguit "
          + "\($0[3]) zijn toegestaan."
      }
    ),
    (
      #"^The study names no region; add 'Limburg', a policy region or a municipality\.$"#,
      {
        _ in "De studie noemt geen regio; voeg 'Limburg', een beleidsregio of een gemeente toe."
      }
    ),
    (
      #"^The (region|path) '(.+)' is listed twice\.$"#,
      { "\($0[1] == "region" ? "De regio" : "Het pad") '\($0[2])' staat er twee keer." }
    ),
    (
      #"^The base year of '(.+)' is (\d+); 'until' \((\d+)\) must be later\.$"#,
      { "Het basisjaar van '\($0[1])' is \($0[2]); 'until' (\($0[3])) moet later zijn." }
    ),
    (
      #"^The base of '(.+)' \((\S+) labour migrants working there in (\d+)\) is above its population \((\S+)\); check 'working' in 'projection\.bases'\.$"#,
      {
        "De basis van '\($0[1])' (\(dutchNumber($0[2])) arbeidsmigranten die er werken in "
          + "\($0[3])) ligt boven het inwonertal (\(dutchNumber($0[4]))); controleer 'working' in "
          + "'projection.bases'."
      }
    ),
    (
      #"^The base of '(.+)' \((\S+) labour migrants working there in (\d+)\) is (\S+) of its (\S+) inhabitants, above the plausibility bound of (\S+) \(region\.check\.workingShareOfPopulation\)\. A count this high most likely counts jobs assigned to an employer's or agency's seat rather than people who live or are housed there \(see the region data's notes\); the housing figures would then be far too high\.$"#,
      {
        "De basis van '\($0[1])' (\(dutchNumber($0[2])) arbeidsmigranten die er werken in "
          + "\($0[3])) is \(dutchNumber($0[4])) van de \(dutchNumber($0[5])) inwoners, boven de "
          + "aannemelijkheidsgrens van \(dutchNumber($0[6])) "
          + "(region.check.workingShareOfPopulation). Een zo hoge telling telt waarschijnlijk "
          + "banen die op de vestiging van een werkgever of uitzendbureau zijn geboekt, niet "
          + "mensen die er wonen of gehuisvest zijn (zie de toelichting bij de regiogegevens); de "
          + "woonopgave zou dan veel te hoog uitvallen."
      }
    ),
    (
      #"^The base of '(.+)' \((\S+) working in (\d+), (.+)\) is dated before the paths' base year (\d+)\. The named paths start from the province's \d+ count; no later count of the same concept is known for '.+', and scaling it along the province's 2017–2022 line would multiply it by the province's growth, not its own\. Give a base for \d+ or later in 'projection\.bases', or use only a 'custom' path written for '.+'\.$"#,
      {
        "De basis van '\($0[1])' (\(dutchNumber($0[2])) werkzaam in \($0[3]), \($0[4])) dateert "
          + "van vóór het "
          + "basisjaar \($0[5]) van de paden. De benoemde paden beginnen bij de provinciale "
          + "telling van \($0[5]); voor '\($0[1])' is geen latere telling van hetzelfde begrip "
          + "bekend, en schalen langs de provinciale lijn 2017–2022 zou haar vermenigvuldigen met "
          + "de groei van de provincie, niet met de eigen groei. Geef in 'projection.bases' een "
          + "basis voor \($0[5]) of later, of gebruik alleen een 'custom'-pad dat voor "
          + "'\($0[1])' geschreven is."
      }
    ),
    (
      #"^Unknown region '(.+)'; give 'Limburg', one of the policy regions \(Noord-Limburg, Midden-Limburg, Zuid-Limburg\) or a municipality in the region data \(see 'housing-effect regions'\)\.$"#,
      {
        "Onbekende regio '\($0[1])'; geef 'Limburg', een van de beleidsregio's (Noord-Limburg, "
          + "Midden-Limburg, Zuid-Limburg) of een gemeente in de regiogegevens (zie "
          + "'housing-effect regions')."
      }
    ),
    (
      #"^No sourced base for '(.+)': (.+)\. Give one in 'projection\.bases' with its year, the number working and its source, or project 'Limburg' instead\.$"#,
      {
        "Geen basis met bron voor '\($0[1])': \(noBaseDetail($0[2])). Geef er een in "
          + "'projection.bases' met het jaar, het aantal werkenden en de bron, of projecteer "
          + "'Limburg'."
      }
    ),
    (
      #"^Unknown distribution key '(.+)'; give (.+), or a key file \{"file", "concept", "year", "source"\}\.$"#,
      {
        "Onbekende verdeelsleutel '\($0[1])'; geef \(orList($0[2])), of een sleutelbestand "
          + "{\"file\", \"concept\", \"year\", \"source\"}."
      }
    ),
    (
      #"^Cannot read the key file '(.+)' \(looked for '(.+)'\)\. A relative path is taken from the study file's directory; the file is a CSV \(a CBS StatLine download or a region file\)\.$"#,
      {
        "Kan het sleutelbestand '\($0[1])' niet lezen (gezocht naar '\($0[2])'). Een relatief "
          + "pad wordt vanuit de map van het studiebestand gelezen; het bestand is een CSV (een "
          + "download van CBS StatLine of een regiobestand)."
      }
    ),
    (
      #"^Unknown value '(.+)' for 'establishmentsInPaths'; give 'included' \(the paths' growth already holds new establishments: the study's establishments are taken out of it\) or 'added' \(the paths are defined without them: they come on top\)\.$"#,
      {
        "Onbekende waarde '\($0[1])' voor 'establishmentsInPaths'; geef 'included' (de groei "
          + "van de paden bevat al nieuwe vestigingen: de vestigingen van de studie worden eruit "
          + "gehaald) of 'added' (de paden zijn zonder hen bepaald: ze komen erbovenop)."
      }
    ),
    (
      #"^The study names no growth path; add one of (.+)\.$"#,
      { "De studie noemt geen groeipad; voeg een van \(orList($0[1])) toe." }
    ),
    (
      #"^The path 'custom' needs 'projection\.customPath' with 'growthRates' or 'targets'\.$"#,
      {
        _ in "Het pad 'custom' vraagt 'projection.customPath' met 'growthRates' of 'targets'."
      }
    ),
    (
      #"^Unknown growth path '(.+)'; the paths are (.+)\.$"#,
      { "Onbekend groeipad '\($0[1])'; de paden zijn \(andList($0[2]))." }
    ),
    (
      #"^Give either 'growthRates' or 'targets' in 'customPath', not (both|neither)\.$"#,
      {
        $0[1] == "both"
          ? "Geef 'growthRates' of 'targets' in 'customPath', niet allebei."
          : "Geef 'growthRates' of 'targets' in 'customPath'; er is er geen gegeven."
      }
    ),
    (
      #"^The source is empty; name the document, publisher and year \(or URL\)\.$"#,
      { _ in "De bron is leeg; noem het document, de uitgever en het jaar (of de URL)." }
    ),
    (
      #"^The project's region '(.+)' is not one of the study's regions \((.+)\)\.$"#,
      { "De regio '\($0[1])' van het project is geen regio van de studie (\($0[2]))." }
    ),
    (
      #"^Cannot read the establishment file '(.+)' \(looked for '(.+)'\)\. A relative path is taken from the study file's directory\.$"#,
      {
        "Kan het vestigingsbestand '\($0[1])' niet lezen (gezocht naar '\($0[2])'). Een "
          + "relatief pad wordt vanuit de map van het studiebestand gelezen."
      }
    ),
    (
      #"^An establishment needs 'file' \(the path of an establishment file\) or 'establishment' \(the establishment written here\)\.$"#,
      {
        _ in
        "Een vestiging vraagt 'file' (het pad van een vestigingsbestand) of 'establishment' "
          + "(de vestiging hier uitgeschreven)."
      }
    ),
    (
      #"^The establishment starts in (\d+), after the last projected year (\d+); it would change nothing\.$"#,
      {
        "De vestiging begint in \($0[1]), na het laatste geprojecteerde jaar \($0[2]); ze zou "
          + "niets veranderen."
      }
    ),
    (
      #"^The establishment lies in (.+), outside every region of the study \((.+)\)\.$"#,
      { "De vestiging ligt in \($0[1]), buiten elke regio van de studie (\($0[2]))." }
    ),
  ]

  /// "there is no such file" and the other reasons a referenced file cannot be read.
  static func fileProblem(_ english: String) -> String {
    [
      "there is no such file": "dat bestand bestaat niet",
      "it is a directory, not a file": "het is een map, geen bestand",
      "permission denied or the file is unreadable":
        "geen toestemming, of het bestand is onleesbaar",
    ][english] ?? english
  }

  /// "'a', 'b' and 'c'" → "'a', 'b' en 'c'"; "or" lists too.
  static func andList(_ english: String) -> String {
    orList(english).replacingText("' and '", with: "' en '")
  }

  /// Why a region has no sourced base, in Dutch where the reason is known.
  static func noBaseDetail(_ english: String) -> String {
    if let found = groups(
      #"^the region data has no count of labour migrants working in (.+?)(?: \(its figure, (\S+) in (\S+), is a '(\S+)' count, not a count of those working there\))?$"#,
      english)
    {
      let figure =
        found[2].isEmpty
        ? ""
        : " (het cijfer ervan, \(found[2]) in \(found[3]), is een telling van de soort "
          + "'\(found[4])', geen telling van wie er werkt)"
      return "de regiogegevens hebben geen telling van arbeidsmigranten die in \(found[1]) "
        + "werken" + figure
    }
    if let found = groups(
      #"^no source gives the number of labour migrants working in (.+)$"#, english)
    {
      return "geen bron geeft het aantal arbeidsmigranten dat in \(found[1]) werkt"
    }
    return english
  }
}
