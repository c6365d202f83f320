import HousingEffect
import HousingEffectReports

/// `housing-effect batch`: many establishments in, one row each out, with the totals per
/// municipality and per policy region.
struct BatchCommand: Command {
  static let csv = PositionalDescriptor.required(
    "CSV", help: "CSV file with one establishment per row (see Docs/batch-format.md).")
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
    options: [skipInvalid, totals, InputFiles.regionFile],
    positionals: [csv],
    available: true)

  var csv: String
  var skipInvalid: Bool
  var totals: Bool
  var regionFile: String?

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    csv = parsed.value(Self.csv) ?? ""
    skipInvalid = parsed.isSet(Self.skipInvalid)
    totals = parsed.isSet(Self.totals)
    regionFile = parsed.value(InputFiles.regionFile)
  }

  var inputPaths: [String] { [csv, regionFile].compactMap { $0 } }

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
    let bytes: [UInt8]
    switch InputFiles.read(csv, context: context) {
    case .failure(let status): return status
    case .success(let read): bytes = read
    }
    let (rows, diagnostics, invalid) = BatchFile.load(
      text: String(decoding: bytes, as: UTF8.self), fileName: csv, regions: regions)
    InputFiles.report(diagnostics, context: context)
    if diagnostics.hasErrors {
      guard skipInvalid, !rows.isEmpty else {
        context.error(
          "\(invalid.count) invalid row\(invalid.count == 1 ? "" : "s") in '\(csv)'; nothing "
            + "was written. Fix them, or run with --skip-invalid to write the valid rows.")
        return .dataError
      }
      context.io.err(
        "housing-effect: warning: skipped \(invalid.count) invalid "
          + "row\(invalid.count == 1 ? "" : "s") (lines "
          + invalid.map(String.init).joined(separator: ", ") + ").\n")
    }
    let result = BatchResult(rows, regions: regions)
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
}
