/// The version of the library and the tool, printed by `--version`, written into JSON output
/// and into the running header of a printed report.
public enum HousingEffectVersion {
  /// The version, in semantic versioning: `0.1.0`.
  public static let current = "0.1.0"
}
