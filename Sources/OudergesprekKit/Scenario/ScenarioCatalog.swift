import Foundation

/// All scenarios available: the files of a scenario folder, plus the built-in default.
public struct ScenarioCatalog: Sendable {
  /// Every file loaded, usable or not, in file-name order.
  public var files: [LoadedScenario]
  /// The folder the files came from; nil when only the built-in scenario is available.
  public var directory: String?

  /// The usable scenarios, with the built-in default when no file provides it.
  public var scenarios: [Scenario] {
    var result = files.compactMap(\.scenario)
    if !result.contains(where: { $0.id == BuiltInScenario.id }), let builtIn = BuiltInScenario.loaded.scenario {
      result.insert(builtIn, at: 0)
    }
    return result
  }

  /// The scenario with this id; also accepts a unique prefix of an id.
  ///
  /// The built-in scenario is only loaded when `name` could name it, so that looking up another one costs nothing.
  public func scenario(named name: String) -> Scenario? {
    var all = files.compactMap(\.scenario)
    if BuiltInScenario.id.hasPrefix(name), !all.contains(where: { $0.id == BuiltInScenario.id }),
      let builtIn = BuiltInScenario.loaded.scenario
    {
      all.insert(builtIn, at: 0)
    }
    if let exact = all.first(where: { $0.id == name }) { return exact }
    let matches = all.filter { $0.id.hasPrefix(name) }
    return matches.count == 1 ? matches[0] : nil
  }

  /// The default scenario: the built-in one (or its copy in the folder).
  public var defaultScenario: Scenario {
    scenario(named: BuiltInScenario.id) ?? BuiltInScenario.loaded.scenario!
  }

  /// The files with problems, usable or not.
  public var filesWithProblems: [LoadedScenario] { files.filter { !$0.diagnostics.isEmpty } }

  public init(files: [LoadedScenario], directory: String?) {
    self.files = files
    self.directory = directory
  }

  /// Loads every `*.json` file directly in `directory` (not `scenario.schema.json`), in name order.
  ///
  /// Sub-folders and links to folders are not followed, so a link loop cannot trap the loader.
  /// Two files with the same id: the second gets a `fout`.
  public static func load(directory: String) -> ScenarioCatalog {
    let files = scenarioFiles(in: directory).map(ScenarioLoader.load(file:))
    return ScenarioCatalog(files: markDuplicateIDs(files), directory: directory)
  }

  /// Loads the files and folders a user named (for `controleer PAD…`), checking ids across all of them.
  /// A folder stands for the scenario files directly in it.
  public static func load(paths: [String]) -> ScenarioCatalog {
    let files = paths.flatMap { path in
      ScenarioDirectory.isDirectory(path) ? scenarioFiles(in: path) : [path]
    }
    return ScenarioCatalog(files: markDuplicateIDs(files.map(ScenarioLoader.load(file:))), directory: nil)
  }

  /// The scenario files directly in `directory`, in name order; sub-folders and links to folders are skipped.
  static func scenarioFiles(in directory: String) -> [String] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".json") && $0 != "scenario.schema.json" && !$0.hasPrefix(".") }
      .sorted()
    return names.map { (directory as NSString).appendingPathComponent($0) }
      .filter { !ScenarioDirectory.isDirectory($0) }
  }

  static func markDuplicateIDs(_ files: [LoadedScenario]) -> [LoadedScenario] {
    var firstPath: [String: String] = [:]
    return files.map { file in
      guard let scenario = file.scenario else { return file }
      if let other = firstPath[scenario.id] {
        var marked = file
        let location = firstLine(containing: "\"id\"", in: file.source)
        marked.add(
          .error(
            "id \"\(scenario.id)\" wordt ook al gebruikt door \(other); geef elk scenario een eigen id", at: location))
        return marked
      }
      firstPath[scenario.id] = file.path
      return file
    }
  }

  private static func firstLine(containing needle: String, in source: String?) -> SourceLocation? {
    guard let source else { return nil }
    for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if let range = line.range(of: needle) {
        return SourceLocation(line: index + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
      }
    }
    return nil
  }
}
