import HousingEffect
import HousingEffectReports

/// One message of the tool itself in English and in Dutch; it is shown in the report language
/// (issue 21: a Dutch run says everything in Dutch, `--lang en` everything in English).
///
/// Option names, placeholders (`FILE`, `YEAR`), file names and values the user typed stay as
/// they are in both.
struct Words: Sendable, Equatable, CustomStringConvertible {
  /// The English text.
  let en: String
  /// The Dutch text.
  let nl: String

  init(_ en: String, nl: String) {
    self.en = en
    self.nl = nl
  }

  /// Text that reads the same in both languages: a placeholder such as `FILE`.
  init(same text: String) {
    self.init(text, nl: text)
  }

  /// The text in `language`.
  func callAsFunction(_ language: Language) -> String {
    language == .nl ? nl : en
  }

  /// The English text, for debugging and test failure messages.
  var description: String { en }

  /// `a + b`: each language joined with its own.
  static func + (lhs: Words, rhs: Words) -> Words {
    Words(lhs.en + rhs.en, nl: lhs.nl + rhs.nl)
  }

  /// " Did you mean 'x'?" / " Bedoelde u 'x'?", or nothing.
  static func didYouMean(_ suggestion: String?) -> Words {
    guard let suggestion else { return Words(same: "") }
    return Words(" Did you mean '\(suggestion)'?", nl: " Bedoelde u '\(suggestion)'?")
  }

  /// "'a', 'b' or 'c'" / "'a', 'b' of 'c'": quoted names.
  static func quotedList(_ names: [String]) -> Words {
    let quoted = names.map { "'\($0)'" }
    guard quoted.count > 1 else { return Words(same: quoted.joined()) }
    let head = quoted.dropLast().joined(separator: ", ")
    return Words(head + " or " + quoted.last!, nl: head + " of " + quoted.last!)
  }

  /// A batch result with a value JSON cannot hold.
  static let batchNotFinite = Words(
    "The batch result could not be written as JSON: a value is not finite.",
    nl: "Het batchresultaat kon niet als JSON geschreven worden: een waarde is niet eindig.")

  /// "error" / "fout".
  static let error = Words("error", nl: "fout")
  /// "warning" / "waarschuwing".
  static let warning = Words("warning", nl: "waarschuwing")
}

extension Words {
  /// Why a municipality name did not resolve, with "did you mean" and, for a Dutch municipality
  /// outside the region data, its province and how to add it; `otherwise` when there is no
  /// province to name.
  static func lookUpFailure(
    _ failure: MunicipalityLookupFailure, otherwise: Words = Words(same: "")
  ) -> Words {
    let query = failure.query
    var text: Words
    switch failure.reason {
    case .unknown:
      text = Words(
        failure.message, nl: "'\(query)' is geen gemeentenaam of CBS-code in de regiogegevens.")
    case .ambiguous(let names):
      let list = names.joined(separator: ", ")
      text = Words(
        failure.message,
        nl: "'\(query)' past bij meer dan één gemeente (\(list)); geef de volledige naam of de "
          + "CBS-code.")
    }
    text = text + .didYouMean(failure.suggestion)
    guard let hint = failure.provinceHint, let place = failure.province else {
      return text + otherwise
    }
    return text
      + Words(
        " " + hint,
        nl: " \(place.name) (\(place.code)) ligt in \(place.province); de ingebouwde "
          + "regiogegevens beslaan de gemeenten van Limburg. Voeg haar toe met --region-file "
          + "FILE: een CSV met de kolommen code,name,population,population_date,dwellings,"
          + "dwellings_date, of een download van CBS StatLine (zie Docs/region-data.md).")
  }
}
