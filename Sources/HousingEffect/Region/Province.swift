/// One of the twelve Dutch provinces.
public enum Province: String, Sendable, Hashable, Codable, CaseIterable {
  case groningen = "Groningen"
  case fryslan = "Fryslân"
  case drenthe = "Drenthe"
  case overijssel = "Overijssel"
  case flevoland = "Flevoland"
  case gelderland = "Gelderland"
  case utrecht = "Utrecht"
  case noordHolland = "Noord-Holland"
  case zuidHolland = "Zuid-Holland"
  case zeeland = "Zeeland"
  case noordBrabant = "Noord-Brabant"
  case limburg = "Limburg"

  /// The province of the municipality with CBS code `code` (`GM0855`, `855`), from the
  /// municipal division of 2024 (`Docs/data/municipality-provinces.csv`); `nil` for a code
  /// that is not a current municipality.
  public init?(municipalityCode code: String) {
    guard let code = RegionData.cbsCode(code),
      let entry = MunicipalityProvinces.byCode[code]
    else { return nil }
    self = entry.province
  }

  /// The CBS code of the current municipality called `name`, ignoring case, diacritics,
  /// punctuation and a trailing `(gemeente)` as StatLine writes it (`Utrecht (gemeente)`).
  public static func municipalityCode(named name: String) -> String? {
    var key = NameKey(name).full
    let suffix = NameKey("gemeente").full
    if key.hasSuffix(suffix), key.count > suffix.count {
      key.removeLast(suffix.count)
    }
    return MunicipalityProvinces.byName[key]
  }
}

extension MunicipalityProvinces {
  /// The table by CBS code.
  static let byCode: [String: Entry] = Dictionary(
    entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

  /// CBS codes by folded full name; also by base name (`Bergen` is not unique and is left out).
  static let byName: [String: String] = {
    var names: [String: String] = [:]
    var bases: [String: [String]] = [:]
    for entry in entries {
      let key = NameKey(entry.name)
      names[key.full] = entry.code
      bases[key.base, default: []].append(entry.code)
    }
    for (base, codes) in bases where codes.count == 1 && names[base] == nil {
      names[base] = codes[0]
    }
    return names
  }()
}
