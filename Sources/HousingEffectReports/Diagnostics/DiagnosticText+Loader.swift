#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension DiagnosticText {
  /// The establishment loader's and the JSON reader's messages in Dutch (after
  /// `parserPatterns`).
  static let loaderPatterns: [(String, Template)] = [
    (
      #"^Schema version '(.+)' does not exist; the first is 1\.$"#,
      { "Schemaversie '\($0[1])' bestaat niet; de eerste is 1." }
    ),
    (
      #"^The name is empty; give the establishment a name\.$"#,
      { _ in "De naam is leeg; geef de vestiging een naam." }
    ),
    (
      #"^The date '(.+)' is outside the years this model covers, (\d+) to (\d+)\.$"#,
      {
        "De datum '\($0[1])' valt buiten de jaren die dit model beslaat, \($0[2]) tot en met "
          + "\($0[3])."
      }
    ),
    (
      #"^A season of '(.+)' months is outside 0\.5–12: give the months a year the seasonal workers are present, e\.g\. 3 for an asparagus harvest\.$"#,
      {
        "Een seizoen van '\($0[1])' maanden valt buiten 0,5–12: geef het aantal maanden per jaar "
          + "dat de seizoenskrachten er zijn, bijvoorbeeld 3 voor een aspergeoogst."
      }
    ),
    (
      #"^Give either 'season' or 'peakFactor', not both: the season sets the peak \(seasonal workers × 12 ÷ months\), a stated peak factor replaces it\. Remove one of them\.$"#,
      {
        _ in
        "Geef 'season' of 'peakFactor', niet allebei: het seizoen bepaalt de piek "
          + "(seizoenskrachten × 12 ÷ maanden), een opgegeven piekfactor vervangt die. Haal er "
          + "één weg."
      }
    ),
    (
      #"^The workforce has no seasonal segment, so a season has nothing to apply to\. Add a segment with contract 'seasonal', or remove 'season'\.$"#,
      {
        _ in
        "Het personeel heeft geen seizoenssegment, dus een seizoen heeft niets om op te "
          + "werken. Voeg een segment met contract 'seasonal' toe, of haal 'season' weg."
      }
    ),
    (
      #"^A peak factor of '(.+)' is outside 1–10: it is persons present at the peak per person present on average, so 1\.3 means 30 % more at the peak\.$"#,
      {
        "Een piekfactor van '\($0[1])' valt buiten 1–10: het is het aantal aanwezigen op de piek "
          + "per gemiddeld aanwezige, dus 1.3 betekent 30 % meer op de piek."
      }
    ),
    (
      #"^The size gives (.+); give exactly one, so the jobs cannot contradict each other\.$"#,
      {
        "De omvang geeft \($0[1].replacingText("' and '", with: "' en '")); geef er "
          + "precies één, zodat het aantal banen niet met zichzelf in strijd kan zijn."
      }
    ),
    (
      #"^The ramp-up is empty; give the share of full-operation jobs for each year, e\.g\. \[0\.5, 0\.8, 1\.0\]\.$"#,
      {
        _ in
        "De aanloop is leeg; geef per jaar het aandeel van de banen bij volledige "
          + "bedrijfsvoering, bijvoorbeeld [0.5, 0.8, 1.0]."
      }
    ),
    (
      #"^The ramp-up has (\d+) years; at most 60 are modelled\.$"#,
      { "De aanloop heeft \($0[1]) jaren; hooguit 60 worden gemodelleerd." }
    ),
    (
      #"^The ramp-up ends at (\S+), below 1: the establishment never reaches the size given, and its last year is still reported as full operation\. End with 1, or give the size the establishment will really reach\.$"#,
      {
        "De aanloop eindigt op \($0[1]), onder 1: de vestiging bereikt de opgegeven omvang "
          + "nooit, en haar laatste jaar wordt toch als volledige bedrijfsvoering gerapporteerd. "
          + "Eindig met 1, of geef de omvang die de vestiging echt bereikt."
      }
    ),
    (
      #"^Missing field 'workers': the construction crew can be estimated only from a floor area \(size\.floorAreaM2\)\. Give the average number of construction workers on site\.$"#,
      {
        _ in
        "Veld 'workers' ontbreekt: de bouwploeg kan alleen uit een vloeroppervlak "
          + "(size.floorAreaM2) geschat worden. Geef het gemiddelde aantal bouwvakkers op de "
          + "bouwplaats."
      }
    ),
    (
      #"^The workforce has (\d+) segments; at most (\d+) are modelled\. Group segments with the same contract, skill and origin\.$"#,
      {
        "Het personeel heeft \($0[1]) segmenten; hooguit \($0[2]) worden gemodelleerd. Voeg "
          + "segmenten met hetzelfde contract, opleidingsniveau en dezelfde herkomst samen."
      }
    ),
    (
      #"^The segments' shares add up to (\S+); they must add up to 1\.$"#,
      { "De aandelen van de segmenten tellen op tot \($0[1]); ze moeten optellen tot 1." }
    ),
    (
      #"^The override of '(.+)' gives '(low|high)' without '(low|high)'; give both for a range Monte Carlo runs draw from, or neither to fix the value\.$"#,
      {
        "De eigen waarde voor '\($0[1])' geeft '\($0[2])' zonder '\($0[3])'; geef beide voor een "
          + "bandbreedte waaruit de Monte-Carloberekening trekt, of geen van beide om de waarde "
          + "vast te zetten."
      }
    ),
    (
      #"^The (low|high) end '(.+)' is outside what '(.+)' allows; keep the range within the parameter's limits\.$"#,
      {
        "De \($0[1] == "low" ? "onder" : "boven")grens '\($0[2])' valt buiten wat '\($0[3])' "
          + "toestaat; houd de bandbreedte binnen de grenzen van de parameter."
      }
    ),
    (
      #"^The value '(.+)' of '(.+)' lies outside its own range (\S+)–(\S+); widen the range or change the value\.$"#,
      {
        "De waarde '\($0[1])' van '\($0[2])' ligt buiten haar eigen bandbreedte "
          + "\($0[3])–\($0[4]); verbreed de bandbreedte of verander de waarde."
      }
    ),
    (
      #"^The value '(.+)' is outside what '(.+)' allows \((at least|at most) (\S+)(?:; a share is a fraction, e\.g\. (\S+))?\)\.$"#,
      {
        let bound = $0[3] == "at least" ? "minstens" : "hooguit"
        let share = $0[5].isEmpty ? "" : "; een aandeel is een fractie, bijvoorbeeld \($0[5])"
        return "De waarde '\($0[1])' valt buiten wat '\($0[2])' toestaat (\(bound) \($0[4])"
          + "\(share))."
      }
    ),
    (
      #"^The value '(.+)' is outside the catalogue's plausible range (\S+) (\S+); check it and say why in 'reason'\.$"#,
      {
        "De waarde '\($0[1])' valt buiten de aannemelijke bandbreedte \($0[2]) (\(unitName($0[3]))) "
          + "van de catalogus; controleer haar en zeg in 'reason' waarom."
      }
    ),
    (
      #"^The unit '(.+)' does not match the unit of '(.+)', '(.+)'; give the value in (.+), or leave 'unit' out\.$"#,
      {
        "De eenheid '\($0[1])' past niet bij de eenheid van '\($0[2])', '\($0[3])'; geef de "
          + "waarde in \($0[4]), of laat 'unit' weg."
      }
    ),
    (
      #"^Unknown key '(.+)'; this object takes no keys\.$"#,
      { "Onbekende sleutel '\($0[1])'; dit object heeft geen sleutels." }
    ),
    (
      #"^Unknown key '(.+)'; allowed keys are (.+)\.$"#,
      {
        "Onbekende sleutel '\($0[1])'; toegestane sleutels zijn "
          + "\($0[2].replacingText("' and '", with: "' en '"))."
      }
    ),
    (
      #"^Key '(.+)' appears (\d+) times; the last, at line (\d+), would silently win\.$"#,
      {
        "Sleutel '\($0[1])' staat er \($0[2]) keer; de laatste, op regel \($0[3]), zou ongemerkt "
          + "winnen."
      }
    ),
    (
      #"^A text in two languages needs "nl", "en" or both, e\.g\. \{"nl": "…", "en": "…"\}\.$"#,
      {
        _ in
        "Een tekst in twee talen vraagt \"nl\", \"en\" of beide, bijvoorbeeld "
          + "{\"nl\": \"…\", \"en\": \"…\"}."
      }
    ),
    (
      #"^The number '(.+)' is too large; numbers here can be at most 1e15 \(a million billion\) in size\.$"#,
      {
        "Het getal '\($0[1])' is te groot; getallen zijn hier hooguit 1e15 (een miljoen "
          + "miljard) groot."
      }
    ),
  ]
}
