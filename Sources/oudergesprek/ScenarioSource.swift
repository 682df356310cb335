import Foundation
import OudergesprekKit

/// Loads the scenario catalog from the folder the user chose, or found, and says where it came from.
enum ScenarioSource {
  /// The catalog; throws a usage error when an explicitly chosen folder does not exist.
  static func catalog(option: String?, environment: [String: String]) throws(UsageError) -> ScenarioCatalog {
    catalog(in: try folder(option: option, environment: environment))
  }

  /// The scenario folder to use; nil when none exists. Throws a usage error when an explicitly chosen folder
  /// does not exist.
  static func folder(option: String?, environment: [String: String]) throws(UsageError) -> String? {
    let found = ScenarioDirectory.resolve(
      option: option, environment: environment, workingDirectory: FileManager.default.currentDirectoryPath)
    guard let (path, source) = found else { return nil }
    guard ScenarioDirectory.isDirectory(path) else {
      let origin = source == .option ? "--scenarios" : "OUDERGESPREK_SCENARIOS"
      throw UsageError("de scenariomap '\(path)' (uit \(origin)) bestaat niet of is geen map")
    }
    return path
  }

  /// Every file of `folder`, loaded and validated; only the built-in scenario when there is no folder.
  static func catalog(in folder: String?) -> ScenarioCatalog {
    folder.map { ScenarioCatalog.load(directory: $0) } ?? ScenarioCatalog(files: [], directory: nil)
  }

  /// Only the files of `folder` that can be the scenario `name` names (`ScenarioCatalog.load(directory:candidatesFor:)`),
  /// checked to `depth`.
  static func candidates(
    for name: String, in folder: String?, depth: ScenarioCheckDepth = .complete
  ) -> ScenarioCatalog {
    folder.map { ScenarioCatalog.load(directory: $0, candidatesFor: name, depth: depth) }
      ?? ScenarioCatalog(files: [], directory: nil)
  }

  /// Warns on standard error about files in the folder that cannot be used.
  static func warnAboutBrokenFiles(in catalog: ScenarioCatalog) {
    let broken = catalog.files.filter(\.hasErrors)
    guard !broken.isEmpty else { return }
    let names = broken.map { TerminalText.neutralize(($0.path as NSString).lastPathComponent) }.joined(separator: ", ")
    Terminal.warn(
      "Let op: \(broken.count) scenariobestand(en) met fouten overgeslagen: \(names). Zie 'oudergesprek controleer'.")
  }
}
