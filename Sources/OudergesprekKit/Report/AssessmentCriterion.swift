/// What the trainee scores themself on after a session, and what the analyser scores beside it.
public enum AssessmentCriterion: String, CaseIterable, Codable, Sendable {
  case ikBoodschappen = "ik-boodschappen"
  case actiefLuisteren = "actief-luisteren"
  case blokkadesVermeden = "blokkades-vermeden"
  case emotioneleAfstand = "emotionele-afstand"
  case afronding

  /// The Dutch name, for prompts and the report.
  public var label: String {
    switch self {
    case .ikBoodschappen: "ik-boodschappen"
    case .actiefLuisteren: "actief luisteren"
    case .blokkadesVermeden: "blokkades vermeden"
    case .emotioneleAfstand: "emotionele afstand"
    case .afronding: "de afronding"
    }
  }

  /// The question the trainee answers with a score from 1 to 5.
  public var question: String {
    switch self {
    case .ikBoodschappen: "Hoe goed gebruikte je ik-boodschappen (gedrag, gevolg, gevoel)?"
    case .actiefLuisteren: "Hoe goed luisterde je actief (gevoel benoemen, samenvatten, doorvragen)?"
    case .blokkadesVermeden: "Hoe goed vermeed je blokkades (adviseren, geruststellen, preken, ...)?"
    case .emotioneleAfstand: "Hoe goed hield je emotionele afstand als de ouder heftig werd?"
    case .afronding: "Hoe goed rondde je het gesprek af (samenvatten, afspraak, bedanken)?"
    }
  }
}
