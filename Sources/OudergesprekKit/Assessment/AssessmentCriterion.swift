/// One of the four things a teacher is scored on, by the analyser and by a colleague or the teacher themselves.
public enum AssessmentCriterion: String, CaseIterable, Sendable, Codable, Comparable {
  case ikBoodschappen = "ik-boodschappen"
  case luisteren
  case blokkadesVermeden = "blokkades-vermeden"
  case afronding

  /// The Dutch name, for tables and prompts.
  public var label: String {
    switch self {
    case .ikBoodschappen: "ik-boodschappen"
    case .luisteren: "luisteren"
    case .blokkadesVermeden: "blokkades vermeden"
    case .afronding: "de afronding"
    }
  }

  /// The question a person answers when scoring this criterion, in Dutch.
  public var question: String {
    switch self {
    case .ikBoodschappen:
      "Ik-boodschappen: sprak de docent vanuit zichzelf (gedrag, gevolg, gevoel), zonder verwijt?"
    case .luisteren:
      "Luisteren: benoemde de docent gevoelens, vatte hij of zij samen en stelde open vragen?"
    case .blokkadesVermeden:
      "Blokkades vermeden: bleef de docent weg van adviseren, sussen, preken, bevelen en oordelen?"
    case .afronding:
      "De afronding: kondigde de docent het einde aan, maakte een concrete afspraak en bedankte de ouder?"
    }
  }

  public static func < (lhs: AssessmentCriterion, rhs: AssessmentCriterion) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
