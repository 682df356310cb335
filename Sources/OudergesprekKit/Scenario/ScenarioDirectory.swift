import Foundation

/// Finds the scenario folder: `--scenarios PAD`, then `OUDERGESPREK_SCENARIOS`, then `./Scenarios`,
/// then the `Scenarios` folder of the checkout this program was built from.
public enum ScenarioDirectory {
  /// Where the folder was found, for messages.
  public enum Source: Sendable, Equatable {
    case option, environment, workingDirectory, checkout
  }

  /// The folder to use, or nil when none exists (then only the built-in scenario is available).
  ///
  /// An explicit choice (option or environment variable) that does not exist is returned anyway,
  /// so that the caller can say so instead of silently using another folder.
  public static func resolve(
    option: String?, environment: [String: String], workingDirectory: String, checkout: String = checkoutDirectory
  ) -> (path: String, source: Source)? {
    if let option { return (option, .option) }
    if let fromEnvironment = environment["OUDERGESPREK_SCENARIOS"], !fromEnvironment.isEmpty {
      return (fromEnvironment, .environment)
    }
    let local = (workingDirectory as NSString).appendingPathComponent("Scenarios")
    if isDirectory(local) { return (local, .workingDirectory) }
    let built = (checkout as NSString).appendingPathComponent("Scenarios")
    if isDirectory(built) { return (built, .checkout) }
    return nil
  }

  /// The package root this file was compiled in.
  public static let checkoutDirectory: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // Scenario, OudergesprekKit, Sources, root
    return url.path
  }()

  public static func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }
}
