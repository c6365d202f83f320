import HousingEffect

// Values that several reports show in words: yes/no and scorecard values.
extension ReportStrings {
  /// "ja", "nee" or "onbekend".
  func yesNo(_ value: Bool?) -> String {
    switch value {
    case true?: pick("ja", "yes")
    case false?: pick("nee", "no")
    case nil: pick("onbekend", "unknown")
    }
  }

  /// The value of a scorecard indicator in words or numbers.
  func welfareValue(_ id: IndicatorID, _ value: Double?, unit: Unit) -> String {
    if id == "welfare.languageTraining" {
      return yesNo(value.map { $0 > 0.5 })
    }
    guard let value else { return pick("onbekend", "unknown") }
    let format = NumberFormat(language: language)
    switch id {
    case "welfare.migrantsPer1000": return format.format(value, .decimals(1))
    case "welfare.settlingPersons", "welfare.crossBorderPersons":
      return format.format(value, .count)
    case "welfare.valueAddedPerJob":
      // An amount per job, in euros of the unit's price year: whole euros, not thousands.
      return format.format(value, .eurosWhole)
    default: return format.format(value, unit: unit)
    }
  }
}
