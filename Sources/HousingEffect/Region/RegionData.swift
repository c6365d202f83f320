/// A set of municipalities with lookup by name or CBS code; `limburg` is the built-in data.
public struct RegionData: Sendable, Hashable {
  /// The municipalities, in the order they were given.
  public let municipalities: [Municipality]
  /// Indices into `municipalities` by CBS code, by folded full name and by folded base name.
  private let byCode: [String: [Int]]
  private let byFullName: [String: [Int]]
  private let byBaseName: [String: [Int]]

  /// Region data of `municipalities`, indexed for lookup by CBS code, full name and base name
  /// (ignoring case, accents and punctuation).
  public init(municipalities: [Municipality]) {
    self.municipalities = municipalities
    var byCode: [String: [Int]] = [:]
    var byFullName: [String: [Int]] = [:]
    var byBaseName: [String: [Int]] = [:]
    for (index, municipality) in municipalities.enumerated() {
      let key = NameKey(municipality.name)
      byCode[RegionData.cbsCode(municipality.code) ?? municipality.code.uppercased(), default: []]
        .append(index)
      byFullName[key.full, default: []].append(index)
      byBaseName[key.base, default: []].append(index)
    }
    self.byCode = byCode
    self.byFullName = byFullName
    self.byBaseName = byBaseName
  }

  /// Equal when the municipalities are equal, in the same order.
  public static func == (lhs: RegionData, rhs: RegionData) -> Bool {
    lhs.municipalities == rhs.municipalities
  }

  /// Hashes the municipalities, consistent with `==`.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(municipalities)
  }

  /// The 31 municipalities of Limburg, compiled in from `Docs/data/limburg-municipalities.csv`
  /// (see `LimburgMunicipalities.swift`, generated; a test keeps the two in step).
  public static let limburg = RegionData(municipalities: limburgMunicipalities)

  /// Reads a region file: a CSV with the columns of ``RegionFile/columns`` (`code`, `name`,
  /// `population` and `population_date` required), separated by `,` or `;` (detected; with `;`
  /// a decimal comma is accepted).
  ///
  /// Returns the municipalities from rows without errors, and every problem with its line and
  /// column name.
  public static func loadRegionFile(
    text: String, fileName: String? = nil
  ) -> (
    [Municipality], [Diagnostic]
  ) {
    RegionFile.load(text: text, fileName: fileName)
  }

  /// The municipalities as a region file that ``loadRegionFile(text:fileName:)`` reads back.
  public func regionFile(format: CSVFormat = .standard) -> String {
    RegionFile.write(municipalities, format: format)
  }

  /// The municipality called `query` or with CBS code `query`.
  ///
  /// Case, diacritics, spaces and punctuation are ignored, `a/d` reads as `aan de`, and a CBS
  /// code may be given with or without `GM` and leading zeros. A name without its bracketed
  /// qualifier (`Bergen` for `Bergen (L.)`) matches only when exactly one municipality fits.
  public func municipality(named query: String) -> Result<Municipality, MunicipalityLookupFailure> {
    municipality(named: query, suggest: true)
  }

  /// The lookup of ``municipality(named:)``; without `suggest`, an unknown name costs no
  /// search for a suggestion (which compares it with every name).
  func municipality(
    named query: String, suggest: Bool
  ) -> Result<Municipality, MunicipalityLookupFailure> {
    if let code = RegionData.cbsCode(query) {
      if let index = byCode[code]?.first { return .success(municipalities[index]) }
      // No suggestion: every code is a few edits from many others.
      return .failure(MunicipalityLookupFailure(query: query, reason: .unknown))
    }
    let key = NameKey(query)
    guard !key.full.isEmpty else {
      return .failure(MunicipalityLookupFailure(query: query, reason: .unknown))
    }
    var matches = byFullName[key.full] ?? []
    if matches.isEmpty, !key.isQualified {
      matches = byBaseName[key.full] ?? []
    }
    switch matches.count {
    case 1: return .success(municipalities[matches[0]])
    case 0:
      guard suggest else {
        return .failure(MunicipalityLookupFailure(query: query, reason: .unknown))
      }
      var suggestion = Suggestion.closest(to: query, in: municipalities.lazy.map(\.name))
      if suggestion == nil, key.full.count >= 3 {
        let prefixed = byFullName.filter { $0.key.hasPrefix(key.full) }.flatMap(\.value)
        if prefixed.count == 1 { suggestion = municipalities[prefixed[0]].name }
      }
      return .failure(
        MunicipalityLookupFailure(query: query, reason: .unknown, suggestion: suggestion))
    default:
      return .failure(
        MunicipalityLookupFailure(
          query: query, reason: .ambiguous(matches.map { municipalities[$0].name })))
    }
  }

  /// The neighbours of `municipality`, resolved where they are in this region data.
  public func neighbours(of municipality: Municipality) -> [Neighbour] {
    municipality.neighbours.map { name in
      switch self.municipality(named: name, suggest: false) {
      case .success(let found): .municipality(found)
      case .failure: .outsideRegion(name: name)
      }
    }
  }

  /// `GM` plus four digits when `text` is a CBS municipality code (`GM0983`, `gm 983`, `0983`).
  static func cbsCode(_ text: String) -> String? {
    var digits = text.uppercased().filter { $0 != " " }
    if digits.hasPrefix("GM") { digits.removeFirst(2) }
    guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    return "GM" + String(repeating: "0", count: 4 - digits.count) + digits
  }
}
