// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "HousingEffect",
  products: [
    // MARK: Public API
    .library(name: "HousingEffect", targets: ["HousingEffect"]),
    .library(name: "HousingEffectReports", targets: ["HousingEffectReports"]),
    .executable(name: "housing-effect", targets: ["housing-effect"]),
  ],
  dependencies: [],
  targets: [
    // MARK: Model: establishment → staffing → … → assessment (pure, no I/O)
    .target(name: "HousingEffect"),

    // MARK: Renderers: text, Markdown, CSV, JSON, HTML
    .target(name: "HousingEffectReports", dependencies: ["HousingEffect"]),

    // MARK: Command line: argument parsing and commands, testable in-process
    .target(name: "HousingEffectCLI", dependencies: ["HousingEffect", "HousingEffectReports"]),
    .executableTarget(name: "housing-effect", dependencies: ["HousingEffectCLI"]),

    // MARK: Tools
    .executableTarget(
      name: "housing-effect-fuzz", dependencies: ["HousingEffect", "_Fuzzing"],
      path: "Sources/housing-effect-fuzz"),
    .executableTarget(
      name: "housing-effect-bench", dependencies: ["HousingEffect", "HousingEffectReports"],
      path: "Sources/housing-effect-bench"),

    // MARK: Tests
    .target(name: "_TestSupport", dependencies: ["HousingEffect"], path: "Tests/_TestSupport"),
    // Seeded mutations of the example files and the invariants every input must keep; shared
    // by the fuzz test and the housing-effect-fuzz tool.
    .target(
      name: "_Fuzzing", dependencies: ["HousingEffect", "HousingEffectReports", "HousingEffectCLI"],
      path: "Tests/_Fuzzing"),
    .testTarget(
      name: "HousingEffectTests",
      dependencies: ["HousingEffect", "HousingEffectReports", "_TestSupport", "_Fuzzing"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "HousingEffectReportsTests",
      dependencies: ["HousingEffect", "HousingEffectReports", "_TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "HousingEffectCLITests",
      dependencies: ["HousingEffectCLI", "HousingEffect", "HousingEffectReports", "_TestSupport"],
      exclude: ["Snapshots"]),
  ]
)
