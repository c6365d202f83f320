import HousingEffect
import Testing

@Suite("CSV table")
struct CSVTableTests {
  @Test("reads quoted fields with delimiters, doubled quotes and line breaks")
  func quotedFields() {
    let text = "name,notes\n\"Bergen (L.)\",\"says \"\"hi\"\", twice\"\nVenlo,\"two\nlines\"\n"
    let (table, diagnostics) = CSVTable.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(table.header == ["name", "notes"])
    #expect(
      table.rows.map(\.fields) == [
        ["Bergen (L.)", "says \"hi\", twice"], ["Venlo", "two\nlines"],
      ])
    #expect(table.rows.map(\.line) == [2, 3])
  }

  @Test("accepts LF, CRLF and CR line endings alike", arguments: ["\n", "\r\n", "\r"])
  func lineEndings(ending: String) {
    let text = ["a,b", "1,2", "3,4"].joined(separator: ending) + ending
    let (table, diagnostics) = CSVTable.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(table.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
    #expect(table.rows.map(\.line) == [2, 3])
  }

  @Test("keeps a CRLF inside a quoted field and counts it as one line")
  func crlfInsideQuotes() {
    let (table, diagnostics) = CSVTable.parse("a,b\r\n\"x\r\ny\",2\r\nlast,3\r\n")
    #expect(diagnostics.isEmpty)
    #expect(table.rows.first?.fields == ["x\r\ny", "2"])
    #expect(table.rows.map(\.line) == [2, 4])
  }

  @Test("strips a leading UTF-8 byte order mark")
  func byteOrderMark() {
    let (table, diagnostics) = CSVTable.parse(
      "\u{FEFF}code;name\r\nGM0983;Venlo\r\n", delimiter: .semicolon)
    #expect(diagnostics.isEmpty)
    #expect(table.header == ["code", "name"])
    #expect(table.value(table.rows[0], "code") == "GM0983")
  }

  @Test("reads semicolon-separated text and leaves commas in fields alone")
  func semicolons() {
    let (table, diagnostics) = CSVTable.parse("name;area\nBeesel;27,88\n", delimiter: .semicolon)
    #expect(diagnostics.isEmpty)
    #expect(table.rows.map(\.fields) == [["Beesel", "27,88"]])
  }

  @Test("skips blank lines, keeps empty trailing fields, needs no final line break")
  func blanksAndEmptyFields() {
    let (table, diagnostics) = CSVTable.parse("\n\na,b,c\n\n1,,\n  \n,2,\"\"")
    #expect(diagnostics.isEmpty)
    #expect(table.headerLine == 3)
    #expect(table.rows.map(\.fields) == [["1", "", ""], ["", "2", ""]])
    #expect(table.rows.map(\.line) == [5, 7])
  }

  struct Malformed: Sendable, CustomTestStringConvertible {
    let text: String
    let line: Int
    let column: Int?
    let rows: Int
    var testDescription: String { text.debugDescription }
  }

  @Test(
    "reports malformed CSV with its line and never traps",
    arguments: [
      Malformed(text: "a,b\n1,2\n3,\"open\n4,5\n", line: 3, column: 3, rows: 2),
      Malformed(text: "a,b\n\"x\"y,2\n", line: 2, column: 4, rows: 1),
      Malformed(text: "a,b\nx\"y,2\n", line: 2, column: 2, rows: 1),
      Malformed(text: "a,b\n1,2\n3\n4,5,6\n", line: 3, column: nil, rows: 1),
      Malformed(text: "a,b\n\"", line: 2, column: 1, rows: 0),
      Malformed(text: "\"", line: 1, column: 1, rows: 0),
    ])
  func malformed(_ example: Malformed) {
    let (table, diagnostics) = CSVTable.parse(example.text)
    let first = diagnostics.first
    #expect(first?.code == .invalidValue)
    #expect(first?.severity == .error)
    #expect(first?.line == example.line)
    #expect(first?.column == example.column)
    #expect(table.rows.count == example.rows)
  }

  @Test("reports every ragged row with its line and leaves it out")
  func raggedRows() {
    let (table, diagnostics) = CSVTable.parse("a,b,c\n1,2,3\n1,2\n1,2,3,4\n7,8,9\n")
    #expect(table.rows.map(\.line) == [2, 5])
    #expect(diagnostics.map(\.line) == [3, 4])
    #expect(
      diagnostics.allSatisfy { $0.code == .invalidValue && $0.message.contains("header has 3") })
  }

  @Test("hints at the other delimiter when a row is one field")
  func delimiterHint() {
    let (_, diagnostics) = CSVTable.parse("a,b\n1;2\n")
    #expect(diagnostics.first?.message.contains("separated by ';'") == true)
  }

  @Test("reports an empty file and a repeated column")
  func headerProblems() {
    #expect(CSVTable.parse("").diagnostics.first?.line == 1)
    #expect(CSVTable.parse("\u{FEFF}\r\n").diagnostics.first?.code == .invalidValue)
    let repeated = CSVTable.parse("code,name,code\n").diagnostics
    #expect(repeated.map(\.code) == [.duplicateKey])
    #expect(repeated.first?.path == "code")
  }

  @Test(
    "detects the delimiter from the first record",
    arguments: [
      ("a,b,c\n1;2;3", CSVFormat.Delimiter.comma),
      ("\u{FEFF}a;b;c\r\n1,5;2;3", .semicolon),
      ("\"x,y,z\";b;c\n", .semicolon),
      ("single\n", .comma),
    ])
  func detection(text: String, expected: CSVFormat.Delimiter) {
    #expect(CSVTable.detectDelimiter(in: text) == expected)
  }
}

@Suite("CSV writer")
struct CSVWriterTests {
  @Test(
    "quotes a field only when it must",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("a;b", "a;b"), ("say \"x\"", "\"say \"\"x\"\"\""),
      ("two\nlines", "\"two\nlines\""), ("cr\r", "\"cr\r\""), (" padded", "\" padded\""),
      ("", ""), ("Ĳsselstein — ö", "Ĳsselstein — ö"),
    ])
  func quoting(field: String, expected: String) {
    #expect(CSVWriter().field(field) == expected)
  }

  static let tricky = CSVTable(
    header: ["name", "notes", "empty"],
    rows: [
      CSVTable.Row(line: 2, fields: ["Bergen (L.)", "a, b; \"c\"\nd", ""]),
      CSVTable.Row(line: 4, fields: [" lead", "\u{FEFF}bom", "x\r\ny"]),
      CSVTable.Row(line: 6, fields: ["", "", ""]),
    ])

  @Test(
    "round-trips through the reader",
    arguments: [CSVFormat.standard, .dutchExcel, CSVFormat(lineEnding: .lf)])
  func roundTrip(format: CSVFormat) {
    let text = CSVWriter(format: format).write(Self.tricky)
    let (table, diagnostics) = CSVTable.parse(text, delimiter: format.delimiter)
    #expect(diagnostics.isEmpty)
    #expect(table.header == Self.tricky.header)
    #expect(table.rows.map(\.fields) == Self.tricky.rows.map(\.fields))
    #expect(CSVTable.detectDelimiter(in: text) == format.delimiter)
  }

  @Test("round-trips a one-column table with an empty field")
  func singleEmptyColumn() {
    let table = CSVTable(header: ["x"], rows: [CSVTable.Row(line: 2, fields: [""])])
    let text = CSVWriter().write(table)
    #expect(text == "x\r\n\"\"\r\n")
    #expect(CSVTable.parse(text).table.rows.map(\.fields) == [[""]])
  }

  @Test("dutchExcel writes a BOM, semicolons, decimal commas and CRLF")
  func dutchExcel() {
    let text = CSVWriter(format: .dutchExcel).write(
      header: ["name", "area_km2", "population", "note"],
      rows: [
        ["Beesel", .number(27.88), 13393, "1,5 km, ruim"],
        ["Venlo", .decimal(124.155, places: 1), 103785, .empty],
      ])
    #expect(
      text
        == "\u{FEFF}name;area_km2;population;note\r\nBeesel;27,88;13393;1,5 km, ruim\r\nVenlo;124,2;103785;\r\n"
    )
    let standard = CSVWriter().write(header: ["area"], rows: [[.number(27.88)]])
    #expect(standard == "area\r\n27.88\r\n")
  }

  @Test(
    "writes numbers in positional notation",
    arguments: [
      (27.88, "27.88"), (3.0, "3"), (-0.0, "0"), (1e20, "100000000000000000000"),
      (1.5e-5, "0.000015"), (-0.25, "-0.25"), (123456.789, "123456.789"), (Double.nan, "nan"),
    ])
  func numbers(value: Double, expected: String) {
    #expect(CSVValue.number(value).text(in: .standard) == expected)
  }

  @Test(
    "rounds decimals half away from zero",
    arguments: [
      (2.5, 0, "3"), (-2.5, 0, "-3"), (0.125, 2, "0.13"), (-0.001, 2, "0.00"), (5.0, 3, "5.000"),
      (0.05, 1, "0.1"), (1234.5678, 2, "1234.57"),
    ])
  func decimals(value: Double, places: Int, expected: String) {
    #expect(CSVValue.decimal(value, places: places).text(in: .standard) == expected)
  }
}
