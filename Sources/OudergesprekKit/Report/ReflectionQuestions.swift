/// The card box's questions to reflect on after a conversation.
public enum ReflectionQuestions {
  /// The questions, in the order to think about them.
  public static let all = [
    "Wat ging goed in dit gesprek?",
    "Wat zou je de volgende keer anders doen, en op welk moment?",
    "Hoe hield je emotionele afstand toen de ouder heftig werd? Wat deed het gesprek met jou?",
    "Met wie bespreek je dit gesprek na (mentor, coach, collega), en wanneer?",
    "Welk vervolg heeft dit gesprek nodig: terugkoppeling aan de leerling, aan collega's, aan de ouder?",
  ]
}
