/// How thoroughly a scenario is checked when it is loaded.
public enum ScenarioCheckDepth: Sendable {
  /// Every check: what `controleer`, `scenarios` and a scenario named by its path show.
  case complete
  /// Every check that can find a `fout`, without the costly ones that can only warn (words shared by two topics,
  /// what a player can never reach, lines that presuppose a name or a key fact): for loading a scenario to play
  /// by its id, where the warnings are not shown. Whether a file is usable, and its errors, are the same.
  case usability
}
