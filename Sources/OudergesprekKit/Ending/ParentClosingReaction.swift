/// How the simulated parent takes the teacher's closing words.
public enum ParentClosingReaction: String, Sendable, Equatable, Codable, CaseIterable {
  /// The parent accepts the ending and the next step.
  case accepteert
  /// The parent goes along but is not satisfied: no concrete next step, even after protesting.
  case blijftOntevreden = "blijft-ontevreden"
  /// The closing words were rude (a jij-boodschap or a hostile blockade): the parent walks out.
  case looptWeg = "loopt-weg"

  /// A Dutch sentence for the feedback.
  public var sentence: String {
    switch self {
    case .accepteert: "De ouder accepteert het einde van het gesprek."
    case .blijftOntevreden: "De ouder gaat mee, maar vertrekt ontevreden: het is niet duidelijk wat er nu gebeurt."
    case .looptWeg: "De ouder voelt zich weggestuurd en loopt boos weg."
    }
  }
}
