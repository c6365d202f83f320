import Testing

@testable import HousingEffect

@Suite("Batch at screening speed: CSV cells written as bytes, rows read on several threads")
struct BatchBytesTests {
  static let formats: [CSVFormat] = [
    .standard, CSVFormat(delimiter: .semicolon, decimalSeparator: .comma),
    // A delimiter that is also the decimal mark: a number with a fraction must be quoted.
    CSVFormat(delimiter: .comma, decimalSeparator: .comma),
  ]

  static let cells: [CSVValue] = [
    .empty, .text("Venlo"), .text(" leading"), .text("trailing "), .text("a,b"), .text("a;b"),
    .text("say \"hi\""), .text("two\nlines"), .text("Sittard-Geleen"), .text("’s-Hertogenbosch"),
    .text("\u{FEFF}mark"), .text("tab\t"), .text("é"), .integer(0), .integer(-42),
    .integer(Int.max), .integer(Int.min), .decimal(0, places: 0), .decimal(-0.4, places: 0),
    .decimal(-0.5, places: 0), .decimal(2.5, places: 0), .decimal(0.05, places: 1),
    .decimal(-0.05, places: 1), .decimal(1234.5678, places: 4), .decimal(0.00049, places: 4),
    .decimal(12.0, places: 2), .decimal(1e20, places: 0), .decimal(9e14, places: 2),
    .decimal(.nan, places: 1), .decimal(-.infinity, places: 0), .decimal(3.14159, places: 20),
    .decimal(7.25, places: -3), .number(0.1), .number(-2.5e-7), .number(1e300),
  ]

  @Test("each cell, alone between two others, gives the bytes of its text", arguments: formats)
  func cellsAsBytes(format: CSVFormat) {
    let writer = CSVWriter(format: format)
    for cell in Self.cells {
      let row: [CSVValue] = [.text("x"), cell, .integer(1)]
      var bytes: [UInt8] = []
      writer.appendRecord(row, to: &bytes)
      let expected = writer.record(row.map { $0.text(in: format) })
      #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(cell)")
    }
  }

  @Test("a record of one cell, empty or not, is the text's record", arguments: formats)
  func oneCell(format: CSVFormat) {
    let writer = CSVWriter(format: format)
    for cell in [CSVValue.empty, .text(""), .text("a"), .decimal(1.5, places: 1)] {
      var bytes: [UInt8] = []
      writer.appendRecord([cell], to: &bytes)
      #expect(
        String(decoding: bytes, as: UTF8.self) == writer.record([cell.text(in: format)]),
        "\(cell)")
    }
  }

  @Test("fixed-point digits by hand: rounding half away from zero, zero padding")
  func handDigits() {
    var bytes: [UInt8] = []
    let nl = CSVFormat(delimiter: .semicolon, decimalSeparator: .comma)
    CSVValue.decimal(-0.005, places: 2).append(to: &bytes, in: nl)
    bytes.append(0x7C)
    CSVValue.decimal(1.05, places: 3).append(to: &bytes, in: nl)
    bytes.append(0x7C)
    CSVValue.decimal(99.96, places: 1).append(to: &bytes, in: .standard)
    #expect(String(decoding: bytes, as: UTF8.self) == "-0,01|1,050|100.0")
  }

  static let badFile = """
    name,municipality,type,jobs,,x
    A,Venlo,data-centre,10,,
    B,Venlp,data-centre,abc,,
    C,,warehouse,,,1
    ,,,,,
    E,Venlo,"data-centre",1,2
    F,Weert,distribution-ecommerce,40,,
    G,Weert,glasshouse-tomato,,,
    H,Beesel,data-centre,5,,
    I,Venlo,"data-centre,5,,

    """

  @Test("rows, problems and invalid lines are the same on 1, 2 and 3 threads, in any chunk size")
  func readerThreads() {
    func read(threads: Int, chunk: Int) -> ([BatchRow], [Diagnostic], [Int]) {
      var reader = BatchReader(text: Self.badFile, fileName: "b.csv", regions: .limburg)
      reader.threads = threads
      var rows: [BatchRow] = []
      while !reader.isFinished { rows += reader.next(chunk) }
      let (diagnostics, invalid) = reader.problems()
      return (rows, diagnostics, invalid)
    }
    let one = read(threads: 1, chunk: 5_000)
    // Rows A, F and H are valid; B (municipality, jobs), C (municipality, size), E (field
    // count), G (size) and I (unclosed quote) are not.
    #expect(one.0.map(\.line) == [2, 7, 9])
    #expect(one.0.map(\.establishment.name) == ["A", "F", "H"])
    #expect(one.2 == [3, 4, 6, 8, 10])
    for (threads, chunk) in [(2, 5_000), (3, 1), (2, 2), (1, 1)] {
      let other = read(threads: threads, chunk: chunk)
      #expect(other.0 == one.0, "\(threads) threads, chunks of \(chunk)")
      #expect(other.1 == one.1, "\(threads) threads, chunks of \(chunk)")
      #expect(other.2 == one.2, "\(threads) threads, chunks of \(chunk)")
    }
  }

  @Test("rows go to workers one at a time and come back in order")
  func workers() {
    for threads in [1, 2, 5] {
      let squares = BatchWorkers.map(count: 1_000, threads: threads) { $0 * $0 }
      #expect(squares == (0..<1_000).map { $0 * $0 })
    }
    #expect(BatchWorkers.map(count: 0, threads: 2) { $0 }.isEmpty)
  }

  @Test("a chunk holds about 100,000 pipeline runs: 5,000 rows without draws, fewer with")
  func chunkRows() {
    #expect(BatchResult.chunkRows(draws: 0) == 5_000)
    #expect(BatchResult.chunkRows(draws: 19) == 5_000)
    #expect(BatchResult.chunkRows(draws: 2_000) == 100_000 / 2_001)
    #expect(BatchResult.chunkRows(draws: 1_000_000) == 8)
  }
}
