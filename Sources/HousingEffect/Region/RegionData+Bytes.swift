extension RegionData {
  /// Reads a region file from its bytes: like ``loadRegionFile(text:fileName:)``, after
  /// checking that the bytes are UTF-8.
  ///
  /// A file in UTF-16 or UTF-32 gets one error that names the encoding (instead of a
  /// "missing column" for every column), and invalid UTF-8 an error at its line and column
  /// (instead of being silently replaced by U+FFFD).
  public static func loadRegionFile(
    bytes: [UInt8], fileName: String? = nil
  ) -> ([Municipality], [Diagnostic]) {
    if let problem = TextEncoding.problem(bytes) {
      let diagnostic = Diagnostic(
        .error, .invalidValue, at: "", problem.message, file: fileName, line: problem.line,
        column: problem.column)
      return ([], [diagnostic])
    }
    return loadRegionFile(text: String(decoding: bytes, as: UTF8.self), fileName: fileName)
  }
}
