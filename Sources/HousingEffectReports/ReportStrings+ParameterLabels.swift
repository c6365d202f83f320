import HousingEffect

// Dutch labels of the catalogue parameters. The catalogue itself stays English (code and
// docs are English); the Dutch report shows these labels instead. Each label lives in the
// parameter's one Dutch entry (`DutchParameterText.all`), with its description and rationale.
extension ReportStrings {
  /// The label of `parameter` in the report language.
  ///
  /// Dutch reports get the Dutch label, English reports the catalogue label. A parameter
  /// without a Dutch label (not in the standard catalogue) keeps its catalogue label.
  public func parameterLabel(_ parameter: Parameter) -> String {
    guard language == .nl else { return parameter.label }
    return ReportStrings.dutchParameterLabels[parameter.id] ?? parameter.label
  }

  /// The Dutch label of every catalogue parameter, from its entry in `DutchParameterText.all`.
  ///
  /// A short noun phrase, like the English label. A test checks that every id of
  /// `ParameterCatalog.standard` has one.
  public static let dutchParameterLabels: [ParameterID: String] = DutchParameterText.all
    .mapValues(\.label)
}
