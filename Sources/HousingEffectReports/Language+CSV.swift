import HousingEffect

extension Language {
  /// The dialect of every CSV the tool writes in this language (Docs/cli.md, "CSV dialect").
  ///
  /// Dutch Excel reads semicolons and decimal commas; an English spreadsheet reads RFC 4180
  /// (comma, decimal point). Both start with the UTF-8 byte order mark: without it Excel on
  /// Windows reads the bytes as Windows-1252 and "m²" becomes "mÂ²" (issue 21, item 6). One
  /// rule, so that `assess`, `compare`, `batch`, `params`, `sensitivity` and `regions` agree.
  public var csvFormat: CSVFormat {
    switch self {
    case .nl: .dutchExcel
    case .en: .english
    }
  }
}
