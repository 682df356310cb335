extension AssessmentCriterion {
  /// The question the colleague answers about the teacher, with a score from 1 to 5.
  public var colleagueQuestion: String {
    switch self {
    case .ikBoodschappen: "Hoe goed gebruikte de docent ik-boodschappen (gedrag, gevolg, gevoel), zonder verwijt?"
    case .actiefLuisteren: "Hoe goed luisterde de docent actief (gevoel benoemen, samenvatten, doorvragen)?"
    case .blokkadesVermeden:
      "Hoe goed vermeed de docent blokkades (adviseren, geruststellen, preken, bevelen, oordelen)?"
    case .emotioneleAfstand: "Hoe goed hield de docent emotionele afstand toen jij als ouder heftig werd?"
    case .afronding: "Hoe goed rondde de docent het gesprek af (einde aankondigen, samenvatten, afspraak, bedanken)?"
    }
  }
}
