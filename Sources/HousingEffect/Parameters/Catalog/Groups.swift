// Placeholder groups: replaced by one file per group.
extension ParameterCatalog {
  static let jobs: [Parameter] = []
  static let workforce: [Parameter] = []
  static let migration: [Parameter] = []
  static let households: [Parameter] = []
  static let housing: [Parameter] = []
  static let facilities: [Parameter] = []
  static let welfare: [Parameter] = []
  static let region: [Parameter] = []
}
