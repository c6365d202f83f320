import HousingEffectReports

/// The fixed words of the help pages (headings, "One of:", the tool's description) in Dutch or
/// English; the commands' own texts live in their descriptors, in both languages.
struct HelpWords: Sendable {
  let language: Language

  init(_ language: Language) {
    self.language = language
  }

  private func pick(_ english: String, _ dutch: String) -> String {
    language == .nl ? dutch : english
  }

  var toolAbstract: String {
    pick(
      "\(CLI.name): what a company's workforce means for labour-migrant housing, public "
        + "facilities and broad welfare (brede welvaart), before it settles or expands.",
      "\(CLI.name): wat het personeel van een bedrijf betekent voor de huisvesting van "
        + "arbeidsmigranten, voor voorzieningen en voor brede welvaart, voordat het zich "
        + "vestigt of uitbreidt.")
  }
  var commandPlaceholder: String {
    pick("COMMAND [ARGUMENTS] [OPTIONS]", "OPDRACHT [ARGUMENTEN] [OPTIES]")
  }
  var helpPlaceholder: String { pick("COMMAND", "OPDRACHT") }
  var usageLead: String { pick("USAGE: ", "GEBRUIK: ") }
  var orLead: String { pick("   or: ", "    of: ") }
  var commandsHeading: String { pick("COMMANDS:", "OPDRACHTEN:") }
  var argumentsHeading: String { pick("ARGUMENTS:", "ARGUMENTEN:") }
  var optionsHeading: String { pick("OPTIONS:", "OPTIES:") }
  var globalOptionsHeading: String { pick("GLOBAL OPTIONS:", "ALGEMENE OPTIES:") }
  var globalOptionsAfterCommandHeading: String {
    pick("GLOBAL OPTIONS (after the command):", "ALGEMENE OPTIES (na de opdracht):")
  }
  var otherOptionsHeading: String { pick("OTHER OPTIONS:", "OVERIGE OPTIES:") }
  var version: String { pick("Show the version and exit.", "Toon de versie en stop.") }
  var notAvailableTag: String { pick("(not available yet)", "(nog niet beschikbaar)") }
  var commandNotAvailable: String {
    pick(
      "This command is not available yet in this version.",
      "Deze opdracht is in deze versie nog niet beschikbaar.")
  }
  var seeCommandHelp: String {
    pick(
      "Run '\(CLI.name) \(CLI.helpCommand) COMMAND' for the arguments and options of a command.",
      "Typ '\(CLI.name) \(CLI.helpCommand) OPDRACHT' voor de argumenten en opties van een "
        + "opdracht, en '--lang en' voor deze hulp in het Engels.")
  }
  var exitStatus: String {
    pick(
      "EXIT STATUS: 0 success, 1 failure, 64 command-line error, 65 invalid data, "
        + "66 missing input file.",
      "AFSLUITSTATUS: 0 gelukt, 1 mislukt, 64 fout in de opdrachtregel, 65 ongeldige "
        + "gegevens, 66 invoerbestand ontbreekt.")
  }
  var oneOf: String { pick("One of:", "Een van:") }
  var defaultValue: String { pick("Default:", "Standaard:") }
  var repeatable: String { pick("Repeatable.", "Herhaalbaar.") }
  var optional: String { pick("Optional.", "Optioneel.") }

  /// A usage line with its `[OPTIONS]` placeholder in this language; option names and value
  /// placeholders (`FILE`, `TYPE`) stay as typed.
  func usageLine(_ line: String) -> String {
    language == .nl ? line.replacingText("[OPTIONS]", with: "[OPTIES]") : line
  }
}
