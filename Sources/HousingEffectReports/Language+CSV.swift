import HousingEffect

extension Language {
  /// The dialect of every CSV the tool writes in this language (Docs/cli.md, "CSV dialect").
  ///
  /// Dutch Excel reads semicolons and decimal commas and needs the byte order mark for
  /// accented names; an English spreadsheet reads RFC 4180 (comma, decimal point). One rule,
  /// so that `assess`, `compare`, `batch`, `params`, `sensitivity` and `regions` agree.
  public var csvFormat: CSVFormat {
    switch self {
    case .nl: .dutchExcel
    case .en: .standard
    }
  }
}
