import Foundation
import Testing

@testable import HousingEffectCLI

@Suite("Spool: rows kept aside in a temporary file")
struct SpoolTests {
  @Test("pieces end at line breaks, so no character is cut, and together are what was appended")
  func pieces() throws {
    let spool = try Spool()
    let lines = (0..<50).map { "regel \($0): Sûsteren, Gennep én Roermond – €\($0 * 7)\n" }
    for line in lines { try spool.append(line) }
    try spool.append("zonder einde ü")
    for size in [1, 7, 64, 1 << 20] {
      var pieces: [String] = []
      try spool.forEachPiece(size: size) { pieces.append($0) }
      #expect(pieces.joined() == lines.joined() + "zonder einde ü")
      #expect(pieces.dropLast().allSatisfy { $0.hasSuffix("\n") })
      #expect(!pieces.joined().contains("\u{FFFD}"))
    }
    // Appending after reading goes to the end.
    try spool.append("\nnog een")
    var all = ""
    try spool.forEachPiece { all += $0 }
    #expect(all.hasSuffix("zonder einde ü\nnog een"))
  }

  @Test("a report in pieces goes to an --output file whole, replacing it in one step")
  func outputFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "spool-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("out.csv").path
    let spool = try Spool()
    try spool.append("1;a\n2;b\n")
    let io = CapturingIO()
    let writer = OutputWriter(path: path, io: io, workingDirectory: directory.path)
    try writer.write(pieces: ReportPieces(head: "n;x\n", middle: spool, tail: "einde\n"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "n;x\n1;a\n2;b\neinde\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["out.csv"])
  }
}
