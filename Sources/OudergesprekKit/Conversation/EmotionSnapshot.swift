/// The parent's emotion at one moment: the state's id, its Dutch name and its intensity.
public struct EmotionSnapshot: Sendable, Equatable, Codable {
  public var state: String
  public var name: String
  public var intensity: Int

  public init(state: String, name: String, intensity: Int) {
    self.state = state
    self.name = name
    self.intensity = intensity
  }

  init(_ state: EmotionState) {
    self.init(state: state.id, name: state.name, intensity: state.intensity)
  }
}
