import Foundation

/// Files of the repository the CLI tests read, found from this source file.
enum RepositoryPaths {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardizedFileURL

  /// `Scenarios/*.json`, sorted, as absolute paths.
  static var scenarios: [String] {
    let folder = root.appendingPathComponent("Scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map {
      folder.appendingPathComponent($0).path
    }
  }

  /// A file under `Tests/HousingEffectTests/Fixtures/Invalid/`.
  static func fixture(_ name: String) -> String {
    root.appendingPathComponent("Tests/HousingEffectTests/Fixtures/Invalid")
      .appendingPathComponent(name).path
  }

  /// Every fixture file name.
  static var fixtureNames: [String] {
    let folder = root.appendingPathComponent("Tests/HousingEffectTests/Fixtures/Invalid")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }
}
