/// Every kind of problem an input can have.
///
/// Raw values are stable: tests and scripts match them.
public enum DiagnosticCode: String, Sendable, Hashable, Codable, CaseIterable {
  // File level
  case fileNotFound = "file-not-found"
  case unreadableFile = "unreadable-file"
  case malformedJSON = "malformed-json"
  case duplicateKey = "duplicate-key"
  case tooDeep = "too-deep"
  case unsupportedSchemaVersion = "unsupported-schema-version"
  // Structure
  case wrongType = "wrong-type"
  case unknownKey = "unknown-key"
  case missingField = "missing-field"
  case invalidValue = "invalid-value"
  // Values
  case shareOutOfRange = "share-out-of-range"
  case sharesDoNotSumToOne = "shares-do-not-sum-to-one"
  case negativeValue = "negative-value"
  case valueTooLarge = "value-too-large"
  case yearOutOfRange = "year-out-of-range"
  case yearsOutOfOrder = "years-out-of-order"
  case emptyWorkforce = "empty-workforce"
  case contradictorySize = "contradictory-size"
  case missingSize = "missing-size"
  // Names
  case unknownEstablishmentType = "unknown-establishment-type"
  case unknownMunicipality = "unknown-municipality"
  case unknownParameter = "unknown-parameter"
  case overrideOutOfRange = "override-out-of-range"
  case overrideWrongUnit = "override-wrong-unit"
  case invalidOverrideRange = "invalid-override-range"
  // Results
  case resultOutOfRange = "result-out-of-range"
  case inputTooLarge = "input-too-large"
  // Studies
  case unknownBase = "unknown-base"
  case cyclicAlternatives = "cyclic-alternatives"
  case duplicateName = "duplicate-name"
  case unknownTemplate = "unknown-template"
  // Projection studies
  case unknownPath = "unknown-path"
  case unknownRegion = "unknown-region"
  case missingBase = "missing-base"
  // Warnings
  case overrideWithoutReason = "override-without-reason"
  case overrideOutsidePlausibleRange = "override-outside-plausible-range"
  case assumptionDrivesResult = "assumption-drives-result"
  case turnoverTooLowForShortStays = "turnover-too-low-for-short-stays"
  case newcomersLargeForHost = "newcomers-large-for-host"
  case sizeImplausiblySmall = "size-implausibly-small"
  case startYearOutsideCatalogue = "start-year-outside-catalogue"
  case unverifiedRegionData = "unverified-region-data"
  case replacesBuiltInMunicipality = "replaces-built-in-municipality"
  case limburgDerivedDefaults = "limburg-derived-defaults"
  case normBelowProvincialBound = "norm-below-provincial-bound"
}
