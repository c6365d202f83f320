/// Sectors that share default workforce profiles (contract mix, migrant shares, seasonality).
public enum SectorGroup: String, Sendable, Hashable, Codable, CaseIterable {
  case logistics
  case glasshouse
  case openField
  case foodProcessing
  case meatProcessing
  case manufacturing
  case dataCentre
  case highTech
  case hospitality
  case construction
}
