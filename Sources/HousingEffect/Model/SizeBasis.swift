/// What the size of an establishment is measured in, and so how jobs are derived from it.
public enum SizeBasis: String, Sendable, Hashable, Codable {
  /// Jobs (FTE) given directly.
  case jobs
  /// Gross floor area in square metres.
  case floorArea
  /// Land area or, for glasshouses, glass area in hectares.
  case hectares
}
