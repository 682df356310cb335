import Foundation

extension ScenarioCatalog {
  /// Loads only the files of `directory` that can be the scenario `name` names, for `oefen NAME`.
  ///
  /// A file is read, and its id found by a scan of its first bytes (`ScenarioIDScan`); it is decoded and
  /// validated only when that id starts with `name` (an exact id or a prefix), when the scan cannot tell, or
  /// when the file is called `NAME.json` (so that a broken file of the chosen scenario still shows its problems).
  /// The other files cannot change what `scenario(named:)` answers, so they are left for `controleer` and
  /// `scenarios`. Two candidates with the same id are marked as in `load(directory:)`. `depth` is how thoroughly
  /// each candidate is checked; `.usability` changes no scenario that `scenario(named:)` answers.
  public static func load(
    directory: String, candidatesFor name: String, depth: ScenarioCheckDepth = .complete
  ) -> ScenarioCatalog {
    var files: [LoadedScenario] = []
    for path in scenarioFiles(in: directory) {
      let namedAfter = (path as NSString).lastPathComponent == "\(name).json"
      switch ScenarioLoader.readFile(path) {
      case .success(let bytes):
        let id = ScenarioIDScan.id(in: bytes)
        if namedAfter || id.map({ $0.hasPrefix(name) }) ?? true {
          files.append(ScenarioLoader.load(bytes: bytes, path: path, depth: depth))
        }
      case .failure:
        // An unreadable file is never usable; only its own name makes its message matter here.
        if namedAfter { files.append(ScenarioLoader.load(file: path)) }
      }
    }
    return ScenarioCatalog(files: markDuplicateIDs(files), directory: directory)
  }
}
