import Foundation
import HousingEffect
import Testing

@testable import HousingEffectReports

/// `batch` writes CSV and JSON in pieces as the rows are assessed; put together they must be
/// the bytes of the whole document.
@Suite("Batch output in pieces")
struct BatchStreamTests {
  static let text = #"""
    name,municipality,type,jobs,free_legal_beds
    Café Zuid,Venlo,hospitality,40,10
    "Loods ""Noord""",Venlo,distribution-contract,250,
    Kas,Horst aan de Maas,glasshouse-tomato,120,30
    Fabriek,Heerlen,food-processing,90,

    """#

  static func rows() -> [BatchRow] {
    BatchFile.load(text: text, regions: .limburg).rows
  }

  @Test("the reader in chunks of any size gives the rows and problems of the whole file")
  func chunks() {
    let bad = Self.text + "X,Venloo,hospitality,10,\nY,Venlo,hospitality\n"
    let whole = BatchFile.load(text: bad, fileName: "b.csv", regions: .limburg)
    #expect(whole.rows.count == 4)
    #expect(whole.invalidLines == [6, 7])
    for size in [1, 2, 3, 100] {
      var reader = BatchReader(text: bad, fileName: "b.csv", regions: .limburg)
      var rows: [BatchRow] = []
      var chunks = 0
      while !reader.isFinished {
        let chunk = reader.next(size)
        #expect(chunk.count <= size)
        rows += chunk
        chunks += 1
      }
      #expect(rows == whole.rows)
      #expect(reader.problems().diagnostics == whole.diagnostics)
      #expect(reader.problems().invalidLines == whole.invalidLines)
      #expect(chunks >= 4 / size)
    }
  }

  @Test("totals added up chunk by chunk are the same bits as over all rows at once")
  func totalsByChunk() {
    let all = BatchResult(Self.rows(), regions: .limburg)
    var run = BatchRun(regions: .limburg)
    var rows: [BatchResult.Row] = []
    for row in Self.rows() { rows += run.assess([row]) }
    let (municipalities, regions, balance) = run.totals()
    #expect(rows == all.rows)
    #expect(municipalities == all.municipalities)
    #expect(regions == all.regions)
    #expect(balance == all.balance)
    // Venlo's 10 and Horst's 30 free legal beds describe one pool for Noord-Limburg: counted
    // once, at the largest stated figure.
    let venlo = municipalities.first { $0.name == "Venlo" }
    #expect(venlo?.establishments == 2)
    #expect(regions.first { $0.name == "Noord-Limburg" }?.vacantBeds == 30)
    #expect(balance.pooledVacantBeds == 30)
    #expect(
      venlo?.jobsFTE == all.rows.filter { $0.code == venlo?.code }.reduce(0) { $0 + $1.jobsFTE })
  }

  @Test(
    "JSON pieces put together are JSONEncoder's document, with and without ranges and rows",
    arguments: [0, 30])
  func json(draws: Int) throws {
    let options = EnsembleOptions(draws: draws, seed: 5, threads: 2)
    for rows in [Self.rows(), []] {
      let result = BatchResult(rows, regions: .limburg, options: options)
      // Foundation's encoder on the `Encodable` document is the reference the hand-built
      // trees must match byte for byte (design note 65).
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let document = BatchReport.Document(
        rows: result.rows, municipalities: result.municipalities, regions: result.regions,
        balance: result.balance)
      let reference = String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
      #expect(
        try JSONWriter.render(result.json)
          == String(decoding: try encoder.encode(result), as: UTF8.self))
      let streamed = try BatchReport(result, language: .nl).json()
      #expect(streamed == reference)
      // Pieces of one row each, joined as `batch` joins them.
      var pieces = try BatchStream.jsonHead(result)
      for (index, row) in result.rows.enumerated() {
        pieces +=
          (index == 0 ? BatchStream.jsonFirstRow : BatchStream.jsonSeparator)
          + (try BatchStream.jsonRows([row]))
      }
      pieces += BatchStream.jsonTail(empty: result.rows.isEmpty)
      #expect(pieces == reference)
    }
  }

  @Test("CSV lines written chunk by chunk, then the totals, are the whole CSV document")
  func csv() {
    let result = BatchResult(
      Self.rows(), regions: .limburg, options: EnsembleOptions(draws: 20, seed: 1, threads: 1))
    for format in [CSVFormat.dutchExcel, .standard] {
      let stream = BatchStream(language: .nl, format: format, ranged: true)
      let pieces =
        stream.csvHead + result.rows.map { stream.csvLines([$0]) }.joined()
        + stream.csvTotals(result)
      let reference = CSVWriter(format: format).write(
        header: stream.csvHeader,
        rows: result.rows.map(stream.csvCells) + stream.csvTotalCells(result))
      #expect(pieces == reference)
      #expect(pieces == BatchReport(result, language: .nl).csv(format: format))
      // Rows and totals share the header: every line has its columns.
      let lines = result.rows.map(stream.csvCells) + stream.csvTotalCells(result)
      #expect(lines.allSatisfy { $0.count == stream.csvHeader.count })
      #expect(
        stream.csvTotalCells(result).count == result.municipalities.count + result.regions.count)
      #expect(pieces.contains("\"Loods \"\"Noord\"\"\""))
      #expect(pieces.contains(" P90"))
    }
  }
}
