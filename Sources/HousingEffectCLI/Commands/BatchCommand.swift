import Foundation
import HousingEffect
import HousingEffectReports

/// `housing-effect batch`: many establishments in, one row each out, with the totals per
/// municipality and per policy region.
struct BatchCommand: Command {
  static let inputs = PositionalDescriptor.variadic(
    "INPUT",
    help: "A CSV file with one establishment per row (see Docs/batch-format.md), or "
      + "establishment files (JSON) and folders of them.")
  static let skipInvalid = OptionDescriptor.flag(
    "skip-invalid",
    help: "Write the valid rows and list the skipped ones, instead of writing nothing when a "
      + "row is invalid.")
  static let totals = OptionDescriptor.flag(
    "totals", help: "With --format csv: one row per municipality instead of per establishment.")

  static let descriptor = CommandDescriptor(
    name: "batch",
    abstract: "Many establishments in, one row of results each out, with totals per municipality.",
    discussion: """
      Assesses every row of a CSV file as one establishment (the quick-estimate fields plus the \
      common optional inputs) and writes one row of key indicators for each, in the same order, \
      with the cumulative need per municipality and per policy region. Every invalid row is \
      reported with its line and column; by default nothing is written when a row is invalid \
      (exit 65).
      """,
    options: [
      skipInvalid, totals, InputFiles.regionFile, EnsembleArguments.batchDraws,
      EnsembleArguments.seed, EnsembleArguments.threads,
    ],
    positionals: [inputs],
    available: true)

  /// One CSV file, or establishment files and folders.
  var inputs: [String]
  var skipInvalid: Bool
  var totals: Bool
  var regionFile: String?
  /// Draws per row (0: point values only), seed, and worker threads for the rows; the output
  /// never depends on the number of threads.
  var ensemble: EnsembleOptions

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    inputs = parsed.values(Self.inputs)
    skipInvalid = parsed.isSet(Self.skipInvalid)
    totals = parsed.isSet(Self.totals)
    regionFile = parsed.value(InputFiles.regionFile)
    ensemble = try EnsembleArguments.options(parsed, defaultDraws: 0)
  }

  /// Pipeline runs (rows × (1 + draws)) from which a run counts as long enough to show
  /// progress: about a second.
  static let progressRows = 20_000

  var inputPaths: [String] { inputs + [regionFile].compactMap { $0 } }

  /// Whether `path` is a folder.
  static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  func run(_ context: CommandContext) -> ExitStatus {
    if totals, context.options.format != .csv {
      context.error("--totals is for --format csv; the other formats always show the totals.")
      return .usage
    }
    let regions: RegionData
    switch InputFiles.regions(file: regionFile, context: context) {
    case .failure(let status): return status
    case .success(let data): regions = data
    }
    let (rows, diagnostics, invalid): ([BatchRow], [Diagnostic], [String])
    // One file that is not JSON is a batch CSV; anything else is a list of establishment files
    // and folders of them.
    let csvPath =
      inputs.count == 1 && !inputs[0].hasSuffix(".json") && !Self.isFolder(inputs[0])
      ? inputs[0] : nil
    if let csv = csvPath {
      let bytes: [UInt8]
      switch InputFiles.read(csv, context: context) {
      case .failure(let status): return status
      case .success(let read): bytes = read
      }
      let loaded = BatchFile.load(
        text: String(decoding: bytes, as: UTF8.self), fileName: csv, regions: regions)
      (rows, diagnostics, invalid) = (
        loaded.rows, loaded.diagnostics, loaded.invalidLines.map { "line \($0)" }
      )
    } else {
      (rows, diagnostics, invalid) = Self.loadFiles(inputs, regions: regions)
    }
    InputFiles.report(diagnostics, context: context)
    if diagnostics.hasErrors {
      // A CSV has invalid rows; a list of establishment files has invalid files.
      let unit = csvPath == nil ? "file" : "row"
      let units = invalid.count == 1 ? unit : unit + "s"
      guard skipInvalid, !rows.isEmpty else {
        context.error(
          "\(invalid.count) invalid \(units) in '\(inputs.joined(separator: "', '"))'; nothing "
            + "was written. Fix them, or run with --skip-invalid to write the valid \(unit)s.")
        return diagnostics.contains { $0.code == .fileNotFound } ? .noInput : .dataError
      }
      context.io.err(
        "housing-effect: warning: skipped \(invalid.count) invalid \(units) ("
          + invalid.joined(separator: ", ") + ").\n")
    }
    // Progress only on a terminal and only for long runs: a log or a pipe never fills with it.
    let io = context.io
    let showProgress = io.errorIsTerminal && rows.count * (1 + ensemble.draws) >= Self.progressRows
    let result = BatchResult(
      rows, regions: regions, options: ensemble,
      progress: showProgress
        ? { done, total in
          io.err("\rhousing-effect: batch: \(done) of \(total) rows" + (done == total ? "\n" : ""))
        } : nil)
    let report = BatchReport(result, language: context.options.language)
    switch context.options.format {
    case .text: return context.write(report.text())
    case .markdown: return context.write(report.markdown())
    case .html: return context.write(report.html())
    case .csv: return context.write(report.csv(totals: totals))
    case .json:
      do {
        return context.write(try report.json())
      } catch {
        context.error("The batch result could not be written as JSON: a value is not finite.")
        return .failure
      }
    }
  }

  /// Every establishment file of `paths`, a folder standing for its `*.json` files sorted by
  /// name (studies left out); a row's line is its position in that order.
  static func loadFiles(
    _ paths: [String], regions: RegionData
  ) -> ([BatchRow], [Diagnostic], [String]) {
    let files = paths.flatMap { path -> [String] in
      guard isFolder(path) else { return [path] }
      return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()
        .map { (path as NSString).appendingPathComponent($0) }
    }
    var rows: [BatchRow] = []
    var diagnostics: [Diagnostic] = []
    var invalid: [String] = []
    for path in files {
      let name = (path as NSString).lastPathComponent
      guard case .success(let bytes) = InputFiles.contents(of: path) else {
        let missing = !FileManager.default.fileExists(atPath: path)
        diagnostics.append(
          Diagnostic(
            .error, missing ? .fileNotFound : .unreadableFile, at: "",
            missing ? "There is no such file; check the path." : "The file cannot be read."
          ).inFile(path))
        invalid.append(name)
        continue
      }
      if InputFiles.isStudy(bytes) || ProjectionStudyLoader.isProjectionStudy(bytes) { continue }
      let (establishment, found) = EstablishmentLoader.load(
        bytes, file: path, municipality: InputFiles.municipalityCheck(regions))
      diagnostics += found
      if let establishment, !found.hasErrors {
        rows.append(BatchRow(line: rows.count + invalid.count + 1, establishment: establishment))
      } else {
        invalid.append(name)
      }
    }
    return (rows, diagnostics, invalid)
  }
}
