extension ConversationOutcome {
  /// One sentence for how the session ended, the outcome and the parent's reaction to the closing together, so
  /// that the screen and the report never say "she leaves unhappy" and "it went well" one after the other.
  public func sentence(after ending: EndingAssessment?) -> String {
    guard let reaction = ending?.reaction else { return sentence }
    switch (self, reaction) {
    case (_, .looptWeg):
      return "De ouder voelt zich weggestuurd door je afsluiting en loopt boos weg: het gesprek is geëscaleerd."
    case (.opgelost, .accepteert):
      return "De ouder was klaar om afspraken te maken en accepteert je afsluiting: het gesprek is gelukt."
    case (.opgelost, _):
      return
        "De ouder was klaar om afspraken te maken, maar vertrekt ontevreden, zonder te weten wat er nu gebeurt."
    case (.tijdOm, .accepteert):
      return "De tijd was om; de ouder accepteert je afsluiting."
    case (.tijdOm, _):
      return "De tijd was om en de ouder vertrekt ontevreden, zonder te weten wat er nu gebeurt."
    case (_, .accepteert):
      return "Je rondde het gesprek af en de ouder accepteert het einde."
    default:
      return
        "Je rondde het gesprek af, maar de ouder vertrekt ontevreden, zonder te weten wat er nu gebeurt."
    }
  }
}
