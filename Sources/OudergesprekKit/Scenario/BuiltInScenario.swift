/// The default scenario, built into the program so that it always has something to play.
public enum BuiltInScenario {
  /// The id of the default scenario.
  public static let id = "bezorgde-moeder-cijfers"
  /// How the built-in copy is named in messages.
  public static let path = "<ingebouwd>/\(id).json"

  /// The built-in scenario, loaded and validated.
  public static let loaded: LoadedScenario = ScenarioLoader.load(bytes: Array(json.utf8), path: path)
}
