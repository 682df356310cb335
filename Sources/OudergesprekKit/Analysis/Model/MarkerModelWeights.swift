// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-12.11
basis|jij-boodschap|-7.92
basis|parafrase|-7.79
basis|gevoelsreflectie|-10.69
basis|samenvatting|-13.6
basis|open-vraag|-17.57
basis|aanmoediging|-3.82
basis|bevelen|-6.61
basis|waarschuwen|-7.56
basis|moraliseren|-5.07
basis|adviseren|-8.52
basis|argumenteren|-8.85
basis|bekritiseren|-6.76
basis|prijzen|-9.67
basis|etiketteren|-5.64
basis|interpreteren|-7.8
basis|geruststellen|-7.0
basis|ondervragen|-8.39
basis|afleiden|-7.19
basis|afronding-aankondigen|-10.37
basis|vervolgafspraak|-11.61
basis|bedanken|-10.36
begin:ach|argumenteren|-0.96
begin:ach|prijzen|-0.99
begin:ach|geruststellen|-1.93
begin:ach|afleiden|1.94
begin:alle|prijzen|-1.0
begin:alle|etiketteren|-1.0
begin:als|jij-boodschap|-2.7
begin:als|parafrase|1.92
begin:als|gevoelsreflectie|-0.86
begin:als|samenvatting|-0.99
begin:als|open-vraag|-1.01
begin:als|bevelen|-0.9
begin:als|waarschuwen|2.06
begin:als|moraliseren|-0.94
begin:als|argumenteren|-1.96
begin:als|bekritiseren|-2.73
begin:als|prijzen|-1.97
begin:als|etiketteren|-0.99
begin:als|interpreteren|-1.0
begin:als|geruststellen|-1.73
begin:als|ondervragen|-0.93
begin:als|afleiden|-1.83
begin:als|afronding-aankondigen|-1.0
begin:als|vervolgafspraak|-0.96
begin:als|bedanken|-1.0
begin:anders|bevelen|-0.92
begin:bedankt|samenvatting|-0.95
begin:bedankt|aanmoediging|-0.98
begin:bedankt|bekritiseren|-0.89
begin:bedankt|afleiden|-1.0
begin:bedankt|afronding-aankondigen|-1.0
begin:bedankt|bedanken|1.88
begin:begrijp|parafrase|1.0
begin:blijf|bevelen|1.0
begin:blijf|interpreteren|-1.0
begin:blijf|geruststellen|-1.0
begin:blijft|waarschuwen|-0.95
begin:bram|ik-boodschap|-0.93
begin:bram|jij-boodschap|1.43
begin:bram|open-vraag|0.94
begin:bram|bekritiseren|-0.93
begin:bram|prijzen|-0.95
begin:daan|gevoelsreflectie|-0.96
begin:daan|moraliseren|-0.79
begin:daan|argumenteren|-0.73
begin:daar|waarschuwen|-0.97
begin:daar|adviseren|-0.96
begin:daar|interpreteren|0.99
begin:daar|geruststellen|0.51
begin:daar|afleiden|-0.51
begin:dan|ik-boodschap|-0.99
begin:dan|argumenteren|-0.98
begin:dan|prijzen|-0.92
begin:dan|afronding-aankondigen|0.86
begin:dan|vervolgafspraak|-1.98
begin:dank|jij-boodschap|-1.0
begin:dank|gevoelsreflectie|-2.0
begin:dank|moraliseren|-0.98
begin:dank|bekritiseren|-1.0
begin:dank|geruststellen|-1.0
begin:dank|afronding-aankondigen|-0.72
begin:dank|vervolgafspraak|0.12
begin:dank|bedanken|2.0
begin:dankjewel|afronding-aankondigen|-0.99
begin:dat|jij-boodschap|-1.0
begin:dat|gevoelsreflectie|3.71
begin:dat|samenvatting|-1.0
begin:dat|open-vraag|-1.95
begin:dat|aanmoediging|-0.95
begin:dat|bevelen|-1.67
begin:dat|waarschuwen|-0.91
begin:dat|moraliseren|-2.89
begin:dat|argumenteren|0.95
begin:dat|bekritiseren|0.34
begin:dat|prijzen|-0.96
begin:dat|interpreteren|0.42
begin:dat|geruststellen|-0.49
begin:dat|ondervragen|-0.96
begin:dat|afleiden|0.41
begin:de|jij-boodschap|-0.82
begin:de|samenvatting|-0.95
begin:de|open-vraag|0.66
begin:de|bevelen|-0.72
begin:de|moraliseren|-0.88
begin:de|argumenteren|0.98
begin:de|bekritiseren|-1.78
begin:die|jij-boodschap|-1.71
begin:die|argumenteren|-0.91
begin:die|bekritiseren|0.95
begin:dit|jij-boodschap|1.0
begin:dit|waarschuwen|0.99
begin:dit|argumenteren|-0.89
begin:dit|bekritiseren|2.87
begin:doe|bevelen|-0.64
begin:doe|waarschuwen|0.14
begin:doe|moraliseren|-1.0
begin:doe|prijzen|-1.0
begin:doe|etiketteren|1.15
begin:doe|geruststellen|-1.0
begin:doe|afleiden|-0.92
begin:doet|jij-boodschap|-1.73
begin:doordat|vervolgafspraak|-0.79
begin:dus|ik-boodschap|-1.83
begin:dus|jij-boodschap|0.75
begin:dus|parafrase|0.21
begin:dus|gevoelsreflectie|-1.76
begin:dus|samenvatting|0.18
begin:dus|open-vraag|-1.75
begin:dus|aanmoediging|-1.0
begin:dus|moraliseren|-1.0
begin:dus|adviseren|-1.0
begin:dus|argumenteren|-0.94
begin:dus|bekritiseren|0.88
begin:dus|prijzen|-0.99
begin:dus|afleiden|-1.0
begin:dus|vervolgafspraak|0.84
begin:echt|adviseren|0.93
begin:een|gevoelsreflectie|-0.74
begin:een|bevelen|-1.0
begin:een|moraliseren|0.97
begin:een|etiketteren|-0.92
begin:eerlijk|jij-boodschap|0.93
begin:eerlijk|moraliseren|0.98
begin:eerlijk|bekritiseren|0.93
begin:eigenlijk|jij-boodschap|-1.0
begin:eigenlijk|waarschuwen|-0.98
begin:eigenlijk|moraliseren|-0.57
begin:eigenlijk|bekritiseren|-1.0
begin:eigenlijk|interpreteren|1.92
begin:en|ik-boodschap|-0.77
begin:en|gevoelsreflectie|-1.0
begin:en|open-vraag|-1.0
begin:even|parafrase|-0.9
begin:even|samenvatting|1.61
begin:even|open-vraag|-0.97
begin:even|argumenteren|-0.85
begin:even|vervolgafspraak|-0.59
begin:even|bedanken|0.96
begin:fatsoenlijk|moraliseren|0.64
begin:feit|argumenteren|0.96
begin:fenna|bekritiseren|-0.92
begin:fijn|jij-boodschap|0.9
begin:fijn|bekritiseren|0.11
begin:fijn|prijzen|-0.99
begin:fijn|bedanken|0.99
begin:ga|jij-boodschap|-1.0
begin:ga|aanmoediging|1.0
begin:ga|bevelen|0.93
begin:ga|waarschuwen|1.71
begin:ga|bekritiseren|-1.0
begin:ga|etiketteren|-1.0
begin:ga|afronding-aankondigen|-1.0
begin:ga|vervolgafspraak|-1.0
begin:ga|bedanken|-1.0
begin:gaat|waarschuwen|0.95
begin:gaat|geruststellen|-0.88
begin:geef|afleiden|-1.0
begin:geeft|bevelen|1.0
begin:geen|bevelen|0.81
begin:geen|geruststellen|1.0
begin:geen|afleiden|-1.0
begin:goed|samenvatting|-0.91
begin:goed|geruststellen|-1.88
begin:goed|vervolgafspraak|-0.91
begin:goed|bedanken|1.0
begin:goedemiddag|jij-boodschap|0.91
begin:goedemiddag|gevoelsreflectie|-0.91
begin:goeiemiddag|bevelen|-0.94
begin:haar|adviseren|-0.99
begin:haar|argumenteren|-0.99
begin:had|bekritiseren|0.82
begin:haha|open-vraag|-0.93
begin:haha|moraliseren|-1.0
begin:haha|afleiden|1.93
begin:heb|vervolgafspraak|-0.58
begin:heeft|jij-boodschap|-0.97
begin:heeft|interpreteren|-0.66
begin:heel|afleiden|-0.96
begin:het|ik-boodschap|-1.81
begin:het|jij-boodschap|-1.0
begin:het|samenvatting|-0.93
begin:het|aanmoediging|-1.0
begin:het|bevelen|-1.0
begin:het|waarschuwen|-1.0
begin:het|argumenteren|-0.28
begin:het|bekritiseren|-1.26
begin:het|interpreteren|-1.0
begin:het|geruststellen|0.15
begin:het|afleiden|-0.33
begin:hierdoor|ik-boodschap|-0.96
begin:hij|jij-boodschap|-0.14
begin:hij|parafrase|-0.99
begin:hij|bevelen|-1.87
begin:hij|argumenteren|-0.98
begin:hij|bekritiseren|1.03
begin:hij|interpreteren|0.39
begin:hij|ondervragen|-1.0
begin:hij|afronding-aankondigen|-0.98
begin:hij|vervolgafspraak|-1.77
begin:hm|samenvatting|-0.95
begin:hm|aanmoediging|1.9
begin:hoe|parafrase|-1.99
begin:hoe|gevoelsreflectie|-1.9
begin:hoe|bevelen|-0.94
begin:hoe|moraliseren|-1.0
begin:hoe|argumenteren|-1.0
begin:hoe|bekritiseren|-0.97
begin:hoe|prijzen|-1.83
begin:hoe|geruststellen|-1.0
begin:hoe|ondervragen|0.97
begin:hoe|afleiden|-1.59
begin:hoe|vervolgafspraak|-0.97
begin:hoeveel|ondervragen|0.69
begin:hoezo|ondervragen|0.62
begin:hoi|jij-boodschap|-0.83
begin:hoi|bevelen|-1.77
begin:hé|afleiden|-0.93
begin:iedere|moraliseren|1.0
begin:iemand|jij-boodschap|-1.7
begin:iemand|moraliseren|3.15
begin:iemand|bekritiseren|-1.8
begin:ik|ik-boodschap|-2.74
begin:ik|parafrase|-3.89
begin:ik|gevoelsreflectie|1.01
begin:ik|samenvatting|-3.78
begin:ik|aanmoediging|-1.86
begin:ik|bevelen|-1.06
begin:ik|waarschuwen|-2.15
begin:ik|moraliseren|-1.81
begin:ik|adviseren|0.76
begin:ik|argumenteren|1.01
begin:ik|bekritiseren|-1.44
begin:ik|prijzen|-1.93
begin:ik|etiketteren|-0.15
begin:ik|interpreteren|-0.67
begin:ik|geruststellen|0.77
begin:ik|ondervragen|-1.0
begin:ik|afleiden|-0.99
begin:ik|afronding-aankondigen|-1.36
begin:ik|vervolgafspraak|-1.1
begin:ik|bedanken|-2.03
begin:ilias|interpreteren|-0.94
begin:ja|gevoelsreflectie|-0.9
begin:ja|open-vraag|-0.97
begin:ja|aanmoediging|0.88
begin:ja|ondervragen|-0.88
begin:ja|afleiden|-1.0
begin:jayden|bevelen|0.6
begin:je|jij-boodschap|0.93
begin:je|parafrase|1.0
begin:je|gevoelsreflectie|2.84
begin:je|samenvatting|-0.88
begin:je|open-vraag|1.78
begin:je|bevelen|3.45
begin:je|waarschuwen|-0.92
begin:je|moraliseren|0.13
begin:je|argumenteren|1.94
begin:je|prijzen|0.94
begin:je|interpreteren|-0.46
begin:je|geruststellen|1.81
begin:je|afleiden|-0.95
begin:je|vervolgafspraak|-0.88
begin:jij|jij-boodschap|-0.94
begin:jij|gevoelsreflectie|0.77
begin:jij|open-vraag|-1.0
begin:jij|bevelen|1.95
begin:jij|waarschuwen|0.99
begin:jij|bekritiseren|-0.46
begin:jij|prijzen|1.02
begin:jij|etiketteren|0.87
begin:jij|interpreteren|1.0
begin:jij|geruststellen|-0.92
begin:jij|ondervragen|-0.61
begin:jij|afleiden|-1.0
begin:jij|vervolgafspraak|-0.83
begin:joh|geruststellen|1.98
begin:joh|afleiden|1.0
begin:julian|jij-boodschap|-0.32
begin:julian|bekritiseren|-0.63
begin:jullie|jij-boodschap|1.98
begin:jullie|moraliseren|-0.93
begin:jullie|adviseren|-0.86
begin:jullie|bekritiseren|0.69
begin:jullie|prijzen|0.98
begin:jullie|etiketteren|-0.85
begin:jullie|geruststellen|-0.59
begin:kevin|waarschuwen|-0.74
begin:kijk|ik-boodschap|0.96
begin:kijk|jij-boodschap|-0.98
begin:kijk|waarschuwen|-0.86
begin:kijk|argumenteren|2.32
begin:kijk|bekritiseren|-0.98
begin:kinderen|adviseren|-0.8
begin:klinkt|gevoelsreflectie|0.97
begin:knap|open-vraag|-0.63
begin:knap|prijzen|0.84
begin:knap|bedanken|0.88
begin:kom|argumenteren|-0.98
begin:kom|interpreteren|-0.98
begin:kort|jij-boodschap|-0.42
begin:kort|bekritiseren|-0.64
begin:kortom|ik-boodschap|-0.97
begin:kortom|jij-boodschap|1.89
begin:kortom|parafrase|-0.95
begin:kortom|samenvatting|2.73
begin:kortom|open-vraag|0.92
begin:kortom|bevelen|-0.88
begin:kortom|bekritiseren|1.89
begin:kortom|prijzen|-0.97
begin:kortom|geruststellen|-0.95
begin:kortom|vervolgafspraak|-1.18
begin:kortom|bedanken|-0.82
begin:kunt|gevoelsreflectie|-1.0
begin:kunt|adviseren|-1.0
begin:laat|ondervragen|-0.99
begin:laat|vervolgafspraak|0.67
begin:laten|bevelen|-0.97
begin:laten|afronding-aankondigen|-0.92
begin:laten|vervolgafspraak|0.99
begin:laten|bedanken|-1.84
begin:leerlingen|jij-boodschap|-0.99
begin:leerlingen|adviseren|-0.99
begin:leg|bevelen|0.92
begin:let|waarschuwen|1.0
begin:let|afronding-aankondigen|-0.96
begin:lever|bevelen|1.82
begin:maak|geruststellen|1.0
begin:maakt|gevoelsreflectie|-0.96
begin:maakt|adviseren|-0.91
begin:maakt|interpreteren|-0.5
begin:maakt|geruststellen|0.82
begin:maandag|afronding-aankondigen|-0.93
begin:maandag|vervolgafspraak|1.91
begin:maar|gevoelsreflectie|-0.97
begin:maar|open-vraag|-1.76
begin:maar|argumenteren|0.98
begin:maar|afleiden|0.96
begin:mag|adviseren|-0.78
begin:mag|afronding-aankondigen|-0.99
begin:mag|bedanken|-0.99
begin:met|parafrase|1.0
begin:met|samenvatting|-0.93
begin:met|open-vraag|-1.0
begin:met|aanmoediging|-0.99
begin:met|prijzen|1.94
begin:met|geruststellen|-0.87
begin:mijn|moraliseren|-0.95
begin:mijn|etiketteren|-0.91
begin:mijn|bedanken|-0.95
begin:milan|jij-boodschap|-0.98
begin:misschien|prijzen|-0.98
begin:misschien|interpreteren|-0.9
begin:misschien|geruststellen|-0.98
begin:mm|parafrase|-1.0
begin:mohammed|jij-boodschap|1.64
begin:mohammed|bekritiseren|0.93
begin:nee|parafrase|-1.0
begin:nee|argumenteren|1.0
begin:nee|interpreteren|-1.0
begin:nee|geruststellen|-0.93
begin:neem|aanmoediging|1.0
begin:neem|bevelen|-0.89
begin:niemand|geruststellen|1.84
begin:niet|ik-boodschap|-0.77
begin:niet|aanmoediging|-1.0
begin:niet|bevelen|0.77
begin:niet|waarschuwen|-0.91
begin:niet|adviseren|-1.0
begin:niet|afleiden|0.87
begin:nog|samenvatting|-0.97
begin:nog|bevelen|-0.96
begin:nog|waarschuwen|1.01
begin:nog|bekritiseren|-0.87
begin:nog|afleiden|-0.89
begin:nou|ik-boodschap|0.99
begin:nou|moraliseren|-0.53
begin:nou|argumenteren|-0.99
begin:nou|bekritiseren|2.91
begin:nou|afleiden|0.96
begin:nou|afronding-aankondigen|-0.96
begin:nou|bedanken|-3.6
begin:nu|ik-boodschap|0.99
begin:nu|bedanken|-0.94
begin:och|bekritiseren|-0.99
begin:och|afleiden|1.95
begin:oftewel|argumenteren|-1.0
begin:oke|ik-boodschap|-0.94
begin:oke|afronding-aankondigen|0.93
begin:oké|parafrase|-0.94
begin:oké|gevoelsreflectie|-0.85
begin:oké|samenvatting|-1.77
begin:om|waarschuwen|-0.99
begin:omdat|waarschuwen|-0.99
begin:omdat|afronding-aankondigen|1.0
begin:onze|interpreteren|-0.96
begin:onze|bedanken|-0.99
begin:opvoeden|argumenteren|-0.94
begin:opvoeden|afleiden|-0.46
begin:ouders|moraliseren|1.89
begin:ouders|bekritiseren|-0.74
begin:over|samenvatting|-0.84
begin:over|open-vraag|-0.99
begin:over|argumenteren|-0.98
begin:over|afleiden|1.91
begin:over|afronding-aankondigen|-0.98
begin:pas|waarschuwen|0.94
begin:pas|bekritiseren|-0.97
begin:pas|geruststellen|-0.93
begin:pff|afronding-aankondigen|-0.76
begin:regels|argumenteren|0.49
begin:respect|ik-boodschap|-0.92
begin:respect|moraliseren|0.92
begin:respect|afleiden|-0.93
begin:samengevat|jij-boodschap|1.32
begin:samengevat|samenvatting|-0.9
begin:samengevat|open-vraag|-0.83
begin:samengevat|bekritiseren|1.61
begin:samengevat|interpreteren|-0.99
begin:samenvattend|ik-boodschap|-1.0
begin:samenvattend|jij-boodschap|-0.88
begin:samenvattend|parafrase|-1.0
begin:samenvattend|samenvatting|2.88
begin:samenvattend|open-vraag|-1.0
begin:samenvattend|aanmoediging|-1.0
begin:samenvattend|bevelen|-1.0
begin:schrijf|adviseren|0.83
begin:sem|adviseren|-0.83
begin:sem|argumenteren|-1.0
begin:sem|bekritiseren|-1.78
begin:sem|etiketteren|0.9
begin:sinds|ik-boodschap|2.59
begin:sinds|jij-boodschap|-0.98
begin:sinds|bekritiseren|-0.55
begin:snap|aanmoediging|0.92
begin:sorry|moraliseren|0.46
begin:statistisch|argumenteren|0.79
begin:stop|argumenteren|-0.99
begin:straks|waarschuwen|0.99
begin:stuur|waarschuwen|-0.99
begin:tess|jij-boodschap|-1.0
begin:tess|open-vraag|1.0
begin:tess|bekritiseren|-1.0
begin:thnx|afronding-aankondigen|-0.7
begin:tja|open-vraag|-1.81
begin:tja|bekritiseren|1.83
begin:tja|afleiden|0.73
begin:tja|bedanken|-0.98
begin:toen|gevoelsreflectie|-0.94
begin:toen|samenvatting|-0.65
begin:tot|open-vraag|0.95
begin:tot|afleiden|-0.95
begin:trouwens|ondervragen|-0.96
begin:u|ik-boodschap|-1.0
begin:u|jij-boodschap|-0.16
begin:u|parafrase|0.81
begin:u|gevoelsreflectie|-0.3
begin:u|samenvatting|-0.72
begin:u|open-vraag|-1.92
begin:u|bevelen|-0.84
begin:u|waarschuwen|-1.0
begin:u|moraliseren|0.79
begin:u|adviseren|-1.83
begin:u|bekritiseren|-0.48
begin:u|etiketteren|-0.92
begin:u|interpreteren|-0.12
begin:u|geruststellen|0.91
begin:u|ondervragen|-0.66
begin:u|afleiden|-1.91
begin:u|bedanken|-1.97
begin:uw|jij-boodschap|0.84
begin:uw|bevelen|-0.88
begin:uw|etiketteren|-0.96
begin:uw|vervolgafspraak|-0.99
begin:vanaf|bevelen|0.91
begin:vertel|aanmoediging|-0.79
begin:vertel|adviseren|-0.95
begin:vertelt|gevoelsreflectie|-0.98
begin:volgende|waarschuwen|-0.99
begin:volgende|vervolgafspraak|2.69
begin:volgens|samenvatting|-1.0
begin:volgens|interpreteren|1.32
begin:volgens|ondervragen|-1.0
begin:volgens|vervolgafspraak|-1.0
begin:voor|interpreteren|-0.75
begin:vorige|ik-boodschap|-0.98
begin:waar|gevoelsreflectie|-0.98
begin:waar|afleiden|-0.96
begin:waarom|jij-boodschap|-0.9
begin:waarom|open-vraag|-0.86
begin:waarom|adviseren|0.89
begin:waarom|ondervragen|1.23
begin:wanneer|ik-boodschap|1.77
begin:wanneer|open-vraag|-0.67
begin:wanneer|argumenteren|-1.0
begin:wanneer|bekritiseren|-0.96
begin:wanneer|geruststellen|-0.99
begin:wanneer|ondervragen|-0.99
begin:wanneer|vervolgafspraak|-0.99
begin:wat|jij-boodschap|0.92
begin:wat|parafrase|-1.06
begin:wat|gevoelsreflectie|-2.01
begin:wat|samenvatting|-0.89
begin:wat|open-vraag|-0.91
begin:wat|bekritiseren|1.97
begin:wat|prijzen|-0.88
begin:wat|etiketteren|0.94
begin:wat|ondervragen|-0.95
begin:wat|afleiden|-0.92
begin:wat|vervolgafspraak|-0.94
begin:wat|bedanken|-1.0
begin:we|ik-boodschap|-0.95
begin:we|aanmoediging|-0.92
begin:we|bevelen|-0.92
begin:we|bekritiseren|-0.5
begin:we|etiketteren|-0.93
begin:we|ondervragen|-0.85
begin:we|afronding-aankondigen|1.03
begin:we|vervolgafspraak|-1.34
begin:we|bedanken|1.01
begin:wees|geruststellen|0.64
begin:weet|ik-boodschap|0.89
begin:weet|jij-boodschap|0.93
begin:weet|bekritiseren|0.96
begin:welk|open-vraag|-1.86
begin:ze|ik-boodschap|-0.8
begin:ze|jij-boodschap|0.88
begin:ze|aanmoediging|-0.98
begin:ze|moraliseren|-0.72
begin:ze|argumenteren|-0.91
begin:ze|interpreteren|-0.92
begin:ze|geruststellen|-0.91
begin:zeg|afleiden|0.92
begin:zegt|aanmoediging|1.84
begin:zegt|bevelen|0.99
begin:zet|moraliseren|-1.0
begin:zij|bekritiseren|0.71
begin:zij|geruststellen|-0.49
begin:zijn|waarschuwen|-0.92
begin:zo|ik-boodschap|-0.84
begin:zo|moraliseren|0.99
begin:zo|interpreteren|-1.0
begin:zo|afleiden|1.0
begin:zo'n|jij-boodschap|-0.98
begin:zo'n|bevelen|-0.97
begin:zo'n|waarschuwen|-0.97
begin:zo'n|bekritiseren|0.99
begin:zo'n|prijzen|0.91
begin:zorg|bevelen|0.88
begin:zorg|bekritiseren|-0.98
begin:zou|ik-boodschap|-1.0
begin:zou|bevelen|-1.0
begin:zou|adviseren|1.0
begin:zou|etiketteren|-1.0
begin:zoveel|bekritiseren|-0.95
begin:zoveel|geruststellen|0.95
begin:zullen|samenvatting|-0.99
begin:zullen|waarschuwen|-0.99
begin:zullen|afleiden|0.33
begin:zullen|bedanken|-0.96
deel:gedrag|ik-boodschap|4.26
deel:gedrag|jij-boodschap|-1.98
deel:gedrag|parafrase|-1.99
deel:gedrag|gevoelsreflectie|-1.97
deel:gedrag|samenvatting|-1.63
deel:gedrag|open-vraag|-0.82
deel:gedrag|bevelen|-1.96
deel:gedrag|waarschuwen|-1.07
deel:gedrag|moraliseren|-0.81
deel:gedrag|adviseren|-1.73
deel:gedrag|argumenteren|-1.68
deel:gedrag|bekritiseren|-1.99
deel:gedrag|prijzen|-0.93
deel:gedrag|geruststellen|-1.8
deel:gedrag|ondervragen|-0.93
deel:gedrag|afronding-aankondigen|-0.99
deel:gedrag|vervolgafspraak|-1.91
deel:gedrag|bedanken|-1.94
deel:gevoel|ik-boodschap|5.66
deel:gevoel|jij-boodschap|-1.44
deel:gevoel|parafrase|-1.0
deel:gevoel|samenvatting|-1.57
deel:gevoel|open-vraag|1.04
deel:gevoel|waarschuwen|-0.99
deel:gevoel|moraliseren|-0.81
deel:gevoel|adviseren|-0.83
deel:gevoel|argumenteren|-1.68
deel:gevoel|bekritiseren|-1.92
deel:gevoel|interpreteren|-1.5
deel:gevoel|geruststellen|-0.99
deel:gevoel|ondervragen|-0.93
deel:gevoel|afronding-aankondigen|-0.99
deel:gevoel|vervolgafspraak|-1.12
deel:gevoel|bedanken|-1.94
deel:gevolg|ik-boodschap|3.09
deel:gevolg|jij-boodschap|-1.0
deel:gevolg|gevoelsreflectie|-0.91
deel:gevolg|samenvatting|-1.0
deel:gevolg|open-vraag|-1.86
deel:gevolg|waarschuwen|-1.94
deel:gevolg|adviseren|-0.82
deel:gevolg|interpreteren|-1.0
deel:gevolg|ondervragen|-0.93
deel:gevolg|afronding-aankondigen|-0.99
deel:gevolg|vervolgafspraak|-0.96
deel:gevolg|bedanken|-1.0
familie:afronding|ik-boodschap|-3.76
familie:afronding|jij-boodschap|-3.0
familie:afronding|gevoelsreflectie|-1.95
familie:afronding|samenvatting|-0.7
familie:afronding|open-vraag|-1.75
familie:afronding|aanmoediging|-0.98
familie:afronding|waarschuwen|-1.7
familie:afronding|moraliseren|-1.93
familie:afronding|adviseren|-0.88
familie:afronding|argumenteren|-1.93
familie:afronding|bekritiseren|-1.07
familie:afronding|prijzen|-0.95
familie:afronding|interpreteren|-0.96
familie:afronding|geruststellen|-1.0
familie:afronding|ondervragen|-0.99
familie:afronding|afleiden|-2.68
familie:afronding|afronding-aankondigen|4.64
familie:afronding|vervolgafspraak|5.81
familie:afronding|bedanken|5.88
familie:blokkade|ik-boodschap|-6.67
familie:blokkade|jij-boodschap|-1.01
familie:blokkade|parafrase|-5.74
familie:blokkade|gevoelsreflectie|-3.79
familie:blokkade|samenvatting|-4.84
familie:blokkade|open-vraag|-4.95
familie:blokkade|aanmoediging|-1.0
familie:blokkade|bevelen|0.3
familie:blokkade|waarschuwen|0.95
familie:blokkade|moraliseren|-1.08
familie:blokkade|adviseren|-0.84
familie:blokkade|argumenteren|0.97
familie:blokkade|bekritiseren|-0.51
familie:blokkade|etiketteren|-0.91
familie:blokkade|interpreteren|0.47
familie:blokkade|ondervragen|-0.61
familie:blokkade|afleiden|1.03
familie:blokkade|afronding-aankondigen|-2.88
familie:blokkade|vervolgafspraak|-3.65
familie:blokkade|bedanken|-2.0
familie:ik-boodschap|ik-boodschap|6.82
familie:ik-boodschap|jij-boodschap|-1.0
familie:ik-boodschap|parafrase|-1.0
familie:ik-boodschap|gevoelsreflectie|-0.97
familie:ik-boodschap|samenvatting|-2.57
familie:ik-boodschap|open-vraag|-0.82
familie:ik-boodschap|waarschuwen|-1.94
familie:ik-boodschap|moraliseren|-0.81
familie:ik-boodschap|adviseren|-1.73
familie:ik-boodschap|argumenteren|-1.68
familie:ik-boodschap|bekritiseren|-0.99
familie:ik-boodschap|interpreteren|-1.5
familie:ik-boodschap|geruststellen|-0.99
familie:ik-boodschap|ondervragen|-0.93
familie:ik-boodschap|afronding-aankondigen|-0.99
familie:ik-boodschap|vervolgafspraak|-1.91
familie:ik-boodschap|bedanken|-1.94
familie:jij-boodschap|jij-boodschap|10.6
familie:jij-boodschap|parafrase|-1.83
familie:jij-boodschap|gevoelsreflectie|-2.8
familie:jij-boodschap|samenvatting|-1.0
familie:jij-boodschap|open-vraag|-0.34
familie:jij-boodschap|aanmoediging|-1.0
familie:jij-boodschap|bevelen|-1.61
familie:jij-boodschap|waarschuwen|-1.04
familie:jij-boodschap|moraliseren|-1.18
familie:jij-boodschap|adviseren|-1.86
familie:jij-boodschap|argumenteren|-1.98
familie:jij-boodschap|bekritiseren|3.2
familie:jij-boodschap|prijzen|-2.94
familie:jij-boodschap|etiketteren|1.91
familie:jij-boodschap|interpreteren|-2.4
familie:jij-boodschap|geruststellen|-2.4
familie:jij-boodschap|ondervragen|-0.99
familie:jij-boodschap|afleiden|-1.95
familie:jij-boodschap|afronding-aankondigen|-1.0
familie:jij-boodschap|vervolgafspraak|-1.0
familie:jij-boodschap|bedanken|-1.0
familie:luisteren|ik-boodschap|-3.06
familie:luisteren|jij-boodschap|-3.29
familie:luisteren|parafrase|3.7
familie:luisteren|gevoelsreflectie|5.05
familie:luisteren|samenvatting|3.1
familie:luisteren|open-vraag|6.38
familie:luisteren|aanmoediging|1.11
familie:luisteren|bevelen|-3.7
familie:luisteren|waarschuwen|-1.99
familie:luisteren|moraliseren|-1.92
familie:luisteren|adviseren|-1.14
familie:luisteren|argumenteren|-3.98
familie:luisteren|bekritiseren|-4.2
familie:luisteren|prijzen|-3.96
familie:luisteren|etiketteren|-2.0
familie:luisteren|interpreteren|-4.48
familie:luisteren|geruststellen|-3.08
familie:luisteren|ondervragen|-2.89
familie:luisteren|afleiden|-1.89
familie:luisteren|afronding-aankondigen|-2.81
familie:luisteren|vervolgafspraak|-3.69
familie:luisteren|bedanken|-2.85
p:'ouwe' noemt|ik-boodschap|1.0
p:'s avonds|parafrase|0.91
p:'s avonds|adviseren|1.73
p:'s avonds|bekritiseren|0.96
p:'s nachts|jij-boodschap|0.75
p:'s nachts|parafrase|-0.83
p:'s nachts|adviseren|0.86
p:'s nachts|ondervragen|0.69
p:'s ochtends|parafrase|0.83
p:1 en|argumenteren|0.49
p:1 keer|waarschuwen|0.99
p:14 keer|argumenteren|0.96
p:14 maart|ik-boodschap|-0.92
p:14 maart|samenvatting|0.92
p:14 maart|vervolgafspraak|0.83
p:2 voor|jij-boodschap|-0.98
p:2 voor|argumenteren|0.98
p:2 voor|bekritiseren|-0.98
p:3 februari|ik-boodschap|-0.93
p:3 maart|adviseren|-0.97
p:3 maart|argumenteren|0.97
p:4 9|jij-boodschap|-0.98
p:4 9|argumenteren|0.98
p:4 9|bekritiseren|-0.98
p:4 daar|gevoelsreflectie|0.97
p:4 daar|argumenteren|0.76
p:4 daar|geruststellen|-0.97
p:4 gemiddeld|argumenteren|-0.73
p:4 is|ik-boodschap|0.81
p:4 is|gevoelsreflectie|0.97
p:4 is|open-vraag|0.94
p:4 is|argumenteren|0.76
p:4 is|geruststellen|-0.97
p:5 2|jij-boodschap|-0.98
p:5 2|argumenteren|0.98
p:5 2|bekritiseren|-0.98
p:5 4|argumenteren|-0.73
p:6 8|gevoelsreflectie|-0.97
p:6 8|samenvatting|-0.88
p:6 8|argumenteren|0.95
p:7 1|adviseren|-0.99
p:7 1|argumenteren|-0.99
p:7 halen|prijzen|0.91
p:7 naar|ik-boodschap|0.81
p:7 naar|open-vraag|0.94
p:8 gemiddeld|gevoelsreflectie|-0.97
p:9 voor|jij-boodschap|-0.98
p:9 voor|argumenteren|0.98
p:9 voor|bekritiseren|-0.98
p:? dan|ondervragen|-0.61
p:? dank|bedanken|0.92
p:? dat|bekritiseren|1.78
p:? en|open-vraag|-1.0
p:? en|adviseren|-0.88
p:? en|bekritiseren|-0.97
p:? en|ondervragen|1.71
p:? hoe|afleiden|-0.96
p:? ik|adviseren|0.9
p:? maar|gevoelsreflectie|0.96
p:? maar|open-vraag|0.87
p:? met|bekritiseren|-0.97
p:? met|afleiden|-0.96
p:? ook|ondervragen|0.69
p:? van|bekritiseren|-0.96
p:? waarom|ik-boodschap|-0.93
p:? was|ondervragen|0.97
p:? wat|open-vraag|-1.86
p:? wat|ondervragen|1.86
p:? wie|ik-boodschap|-0.93
p:? wie|open-vraag|-1.0
p:? wie|adviseren|-0.99
p:? wie|ondervragen|1.99
p:aan ?|parafrase|-1.0
p:aan ?|gevoelsreflectie|-1.0
p:aan ?|prijzen|-1.0
p:aan afspraken|ik-boodschap|-0.9
p:aan alles|jij-boodschap|0.98
p:aan alles|gevoelsreflectie|1.0
p:aan alles|open-vraag|-1.0
p:aan bij|ondervragen|-0.93
p:aan dat|jij-boodschap|-0.82
p:aan dat|parafrase|0.83
p:aan dat|open-vraag|0.66
p:aan dat|bekritiseren|-0.82
p:aan de|open-vraag|0.66
p:aan de|waarschuwen|0.91
p:aan de|bekritiseren|0.78
p:aan de|geruststellen|-0.49
p:aan de|ondervragen|0.94
p:aan denken|afleiden|0.87
p:aan doen|argumenteren|0.85
p:aan een|argumenteren|0.49
p:aan eerlijk|ik-boodschap|1.0
p:aan eerlijk|interpreteren|-1.0
p:aan eerlijk|afronding-aankondigen|-1.0
p:aan eerlijk|vervolgafspraak|-1.0
p:aan eerlijk|bedanken|-1.0
p:aan en|jij-boodschap|0.96
p:aan en|samenvatting|-0.96
p:aan en|bekritiseren|0.96
p:aan gedaan|jij-boodschap|0.73
p:aan gedacht|jij-boodschap|-0.97
p:aan gedacht|adviseren|0.95
p:aan het|afronding-aankondigen|0.97
p:aan hoor|aanmoediging|0.93
p:aan je|ik-boodschap|0.83
p:aan mevrouw|bevelen|0.97
p:aan nu|aanmoediging|-0.92
p:aan onze|bevelen|-0.92
p:aan school|bevelen|0.99
p:aan sem|adviseren|0.88
p:aan te|gevoelsreflectie|0.97
p:aan te|bevelen|-0.97
p:aan te|adviseren|-0.96
p:aan te|argumenteren|0.14
p:aan te|interpreteren|-0.86
p:aan te|geruststellen|-1.63
p:aan te|afleiden|1.47
p:aan toevoegen|open-vraag|0.95
p:aan toevoegen|afleiden|-0.95
p:aan u|ik-boodschap|-1.0
p:aan u|parafrase|1.0
p:aan zijn|ik-boodschap|0.83
p:aan zijn|jij-boodschap|0.86
p:aan zijn|bekritiseren|0.94
p:aanbieden aan|bevelen|0.97
p:aandacht daarom|waarschuwen|-0.98
p:aandacht daarom|moraliseren|-0.57
p:aandacht krijgt|ondervragen|-0.96
p:aandacht van|jij-boodschap|-1.0
p:aandacht van|bekritiseren|-1.0
p:aandacht van|interpreteren|1.0
p:aangekondigd in|bekritiseren|-0.97
p:aanpak is|prijzen|0.99
p:aanpakken ?|ik-boodschap|-0.91
p:aanpakken ?|parafrase|-0.93
p:aanpakken ?|gevoelsreflectie|-0.93
p:aanpakken ?|samenvatting|0.91
p:aanpakken ?|open-vraag|1.82
p:aansluiting met|waarschuwen|-0.98
p:aansprak ?|open-vraag|0.94
p:aantekeningen op|ik-boodschap|0.91
p:aantekeningen op|open-vraag|-0.91
p:aardrijkskunde zakt|ik-boodschap|0.92
p:aardrijkskunde zakt|jij-boodschap|-0.92
p:aardrijkskunde zakt|bekritiseren|-0.89
p:ach dat|adviseren|0.97
p:ach dat|geruststellen|-1.78
p:ach dat|afleiden|1.54
p:ach een|afleiden|0.95
p:ach elke|geruststellen|0.8
p:ach elke|afleiden|-0.95
p:ach het|afleiden|-0.54
p:ach iedereen|adviseren|-0.92
p:ach iedereen|argumenteren|-0.96
p:ach iedereen|afleiden|0.92
p:ach u|prijzen|-0.99
p:ach u|etiketteren|0.99
p:ach zulke|etiketteren|-0.97
p:ach zulke|geruststellen|-0.97
p:ach zulke|afleiden|0.97
p:acht bij|bevelen|0.91
p:achter dan|interpreteren|0.99
p:achter zetten|vervolgafspraak|-0.94
p:achterin zitten|bevelen|1.0
p:achterstand bij|afronding-aankondigen|-0.99
p:achterstand op|open-vraag|-0.99
p:advies is|adviseren|-0.89
p:advies voor|parafrase|-1.0
p:advies voor|gevoelsreflectie|-1.0
p:advies voor|prijzen|-1.0
p:af ?|open-vraag|-0.86
p:af ?|ondervragen|0.86
p:af bedankt|samenvatting|0.95
p:af dat|samenvatting|1.93
p:af dat|adviseren|-1.0
p:af dat|afronding-aankondigen|-0.85
p:af dat|vervolgafspraak|1.0
p:af en|samenvatting|-0.94
p:af en|afronding-aankondigen|0.98
p:af en|bedanken|0.94
p:af ik|jij-boodschap|-1.0
p:af ik|bekritiseren|-1.0
p:af ik|afronding-aankondigen|1.0
p:af ik|vervolgafspraak|1.0
p:af ik|bedanken|1.0
p:af is|ik-boodschap|-0.72
p:af maandag|bedanken|0.83
p:af te|adviseren|0.99
p:af te|etiketteren|-0.99
p:af tot|waarschuwen|0.91
p:af we|afronding-aankondigen|0.64
p:af we|vervolgafspraak|0.93
p:af we|bedanken|-0.82
p:afdelingsleider volgende|gevoelsreflectie|-0.89
p:afgeleid en|vervolgafspraak|-0.98
p:afgelopen drie|open-vraag|-0.99
p:afgelopen maand|ik-boodschap|1.0
p:afgelopen maand|parafrase|-1.0
p:afgelopen twee|ik-boodschap|0.92
p:afgelopen twee|jij-boodschap|-0.92
p:afgelopen twee|bekritiseren|-0.89
p:afgelopen week|ik-boodschap|0.99
p:afgelopen week|argumenteren|-0.99
p:afmeldt als|ik-boodschap|-0.99
p:afronden de|afronding-aankondigen|1.0
p:afronden de|vervolgafspraak|-1.0
p:afronden en|vervolgafspraak|0.91
p:afronden over|samenvatting|0.81
p:afronden over|afronding-aankondigen|0.97
p:afronden over|bedanken|0.97
p:afsluiten de|vervolgafspraak|-0.85
p:afspraak bij|ik-boodschap|-0.92
p:afspraak bij|samenvatting|0.92
p:afspraak gehouden|jij-boodschap|0.79
p:afspraak gehouden|bekritiseren|0.89
p:afspraak gewoon|jij-boodschap|0.96
p:afspraak maken|afleiden|-0.73
p:afspraak maken|bedanken|0.92
p:afspraak met|ik-boodschap|0.96
p:afspraak met|adviseren|0.89
p:afspraak met|argumenteren|-0.8
p:afspraak met|afronding-aankondigen|0.64
p:afspraak met|vervolgafspraak|0.93
p:afspraak met|bedanken|-0.82
p:afspraken aan|jij-boodschap|0.94
p:afspraken aan|bekritiseren|0.94
p:afspraken die|afronding-aankondigen|-0.96
p:afspraken en|bedanken|-0.94
p:afspraken houdt|jij-boodschap|-0.82
p:afspraken houdt|open-vraag|0.66
p:afspraken houdt|bekritiseren|-0.82
p:afspraken te|bevelen|0.86
p:afspreekt dat|vervolgafspraak|-0.94
p:afspreken ?|adviseren|0.9
p:afwezig geweest|jij-boodschap|-0.59
p:afwezig moeten|ik-boodschap|0.96
p:afwezig moeten|waarschuwen|-0.96
p:afwezig was|argumenteren|0.96
p:ajax gisteren|ondervragen|-0.88
p:akkoord ?|prijzen|0.95
p:akkoord met|prijzen|0.99
p:akkoord met|vervolgafspraak|-0.71
p:al als|ik-boodschap|0.96
p:al als|waarschuwen|-0.96
p:al bekeken|vervolgafspraak|-0.58
p:al drie|ik-boodschap|-0.98
p:al drie|bevelen|-0.96
p:al drie|argumenteren|0.99
p:al eens|jij-boodschap|-0.97
p:al eens|adviseren|0.95
p:al gezien|afleiden|0.92
p:al in|adviseren|-0.9
p:al ingeleverd|moraliseren|-0.88
p:al sinds|samenvatting|-1.0
p:al te|afronding-aankondigen|1.0
p:al te|vervolgafspraak|-1.0
p:al twee|argumenteren|1.0
p:al twee|bekritiseren|0.91
p:al weken|geruststellen|-0.9
p:alle afspraken|jij-boodschap|0.94
p:alle afspraken|bekritiseren|0.94
p:alle leerlingen|prijzen|-1.0
p:alle leerlingen|etiketteren|-1.0
p:alle ouders|argumenteren|0.92
p:alle tijd|aanmoediging|0.93
p:allebei boos|afronding-aankondigen|1.0
p:allebei dat|samenvatting|0.97
p:allebei het|open-vraag|-0.93
p:allebei niks|ik-boodschap|0.97
p:allebei tegelijk|geruststellen|-0.99
p:allebei zorgen|afronding-aankondigen|-0.96
p:allebei zorgen|vervolgafspraak|-0.96
p:alleen bij|ik-boodschap|0.89
p:alleen bij|parafrase|-1.0
p:alleen bij|argumenteren|1.0
p:alleen bij|interpreteren|-1.0
p:alleen dat|ik-boodschap|-0.72
p:alleen loopt|waarschuwen|-0.99
p:alleen maar|jij-boodschap|0.1
p:alleen maar|bevelen|-0.99
p:alleen omdat|jij-boodschap|-0.99
p:alleen omdat|parafrase|-0.88
p:alleen omdat|interpreteren|0.93
p:alleen omdat|geruststellen|-0.93
p:alleen voelt|ik-boodschap|-0.95
p:alleen voelt|gevoelsreflectie|0.86
p:alleen voor|ik-boodschap|0.93
p:alleen wat|etiketteren|-0.99
p:alleen zit|ik-boodschap|-0.97
p:alleen zit|interpreteren|-0.83
p:alleen zo|gevoelsreflectie|-0.95
p:allemaal best|afleiden|-0.93
p:allemaal goed|gevoelsreflectie|-0.96
p:allemaal goed|bevelen|-0.93
p:allemaal kan|ik-boodschap|0.91
p:allemaal op|geruststellen|0.89
p:allemaal regelt|open-vraag|-0.63
p:allemaal regelt|prijzen|0.84
p:allemaal wel|adviseren|-0.91
p:allemaal wel|geruststellen|0.94
p:alles beter|bekritiseren|1.73
p:alles dat|gevoelsreflectie|1.0
p:alles dat|open-vraag|-1.0
p:alles doen|adviseren|-0.86
p:alles en|ik-boodschap|0.73
p:alles en|gevoelsreflectie|-0.93
p:alles op|jij-boodschap|0.98
p:alles op|gevoelsreflectie|-0.96
p:alles op|samenvatting|0.75
p:alles op|adviseren|-0.89
p:alles op|bekritiseren|0.98
p:als afwezig|ik-boodschap|0.96
p:als afwezig|waarschuwen|-0.96
p:als daan|open-vraag|0.1
p:als daan|vervolgafspraak|1.94
p:als dat|jij-boodschap|2.75
p:als dat|waarschuwen|0.99
p:als dat|bekritiseren|1.48
p:als de|ik-boodschap|1.0
p:als de|interpreteren|-1.0
p:als de|afronding-aankondigen|-1.0
p:als de|vervolgafspraak|-1.98
p:als de|bedanken|-1.0
p:als dit|ik-boodschap|-0.96
p:als dit|jij-boodschap|-0.96
p:als dit|prijzen|-0.99
p:als een|gevoelsreflectie|1.9
p:als een|etiketteren|1.0
p:als eerste|ik-boodschap|-0.91
p:als eerste|parafrase|-0.93
p:als eerste|gevoelsreflectie|-0.93
p:als eerste|samenvatting|0.91
p:als eerste|open-vraag|1.82
p:als er|ondervragen|-0.99
p:als er|vervolgafspraak|0.67
p:als finn|prijzen|0.91
p:als gijs|ik-boodschap|0.84
p:als gijs|vervolgafspraak|-0.98
p:als het|waarschuwen|0.92
p:als het|adviseren|-0.99
p:als het|geruststellen|1.68
p:als hij|ik-boodschap|-0.96
p:als hij|samenvatting|-0.92
p:als hij|bevelen|-0.9
p:als hij|adviseren|0.99
p:als hij|argumenteren|-0.44
p:als hij|prijzen|0.91
p:als hij|etiketteren|-0.99
p:als hij|geruststellen|-0.74
p:als hij|afleiden|-1.83
p:als iets|ik-boodschap|-0.98
p:als ik|ik-boodschap|-0.79
p:als ik|jij-boodschap|0.82
p:als ik|parafrase|3.68
p:als ik|gevoelsreflectie|-0.86
p:als ik|open-vraag|0.9
p:als ik|bevelen|0.92
p:als ik|waarschuwen|-0.83
p:als ik|argumenteren|-0.8
p:als ik|geruststellen|-1.9
p:als ik|vervolgafspraak|-0.93
p:als je|ik-boodschap|-0.87
p:als je|samenvatting|-1.0
p:als je|bevelen|-0.37
p:als je|waarschuwen|3.73
p:als je|moraliseren|-0.98
p:als je|adviseren|0.99
p:als je|argumenteren|0.72
p:als je|ondervragen|-0.93
p:als jij|ik-boodschap|0.93
p:als jij|waarschuwen|-0.97
p:als jij|adviseren|-0.83
p:als jullie|ik-boodschap|0.71
p:als keuzevak|open-vraag|-0.92
p:als laatste|ik-boodschap|-0.84
p:als leerling|moraliseren|0.98
p:als leerling|argumenteren|-1.05
p:als lotte|ik-boodschap|0.93
p:als lucas|waarschuwen|0.95
p:als mila|open-vraag|1.7
p:als moeder|jij-boodschap|-0.84
p:als moeder|parafrase|-0.95
p:als moeder|waarschuwen|-0.99
p:als moeder|moraliseren|0.98
p:als moeder|bekritiseren|0.84
p:als oneerlijk|gevoelsreflectie|-0.98
p:als oneerlijk|open-vraag|-0.98
p:als ouder|gevoelsreflectie|0.9
p:als rik|open-vraag|-0.95
p:als rik|waarschuwen|-0.95
p:als tess|parafrase|-0.82
p:als u|ik-boodschap|0.98
p:als u|jij-boodschap|0.11
p:als u|waarschuwen|0.19
p:als u|bekritiseren|-0.79
p:als u|vervolgafspraak|-0.94
p:als vader|moraliseren|0.79
p:als vader|adviseren|-0.84
p:als verpleegkundige|prijzen|0.99
p:als we|jij-boodschap|-1.68
p:als we|open-vraag|-0.93
p:als we|waarschuwen|-0.94
p:als we|bekritiseren|-0.93
p:als we|ondervragen|0.85
p:als ze|moraliseren|-0.98
p:als ze|argumenteren|0.56
p:als zoë|vervolgafspraak|0.98
p:alsof er|bekritiseren|0.71
p:alsof er|geruststellen|-0.49
p:alsof je|gevoelsreflectie|1.83
p:alsof u|gevoelsreflectie|1.0
p:alsof u|aanmoediging|-1.0
p:alstublieft zitten|waarschuwen|-0.95
p:altijd alles|jij-boodschap|0.98
p:altijd alles|bekritiseren|0.98
p:altijd begint|gevoelsreflectie|-0.74
p:altijd op|interpreteren|-0.96
p:altijd te|jij-boodschap|0.78
p:altijd te|ondervragen|-0.84
p:altijd vragen|ik-boodschap|-0.98
p:altijd zo|jij-boodschap|-0.95
p:altijd zo|waarschuwen|-0.94
p:altijd zo|bekritiseren|-0.95
p:altijd zo|prijzen|1.92
p:altijd zo|vervolgafspraak|-0.71
p:amira in|gevoelsreflectie|-0.92
p:ander verhaal|afleiden|0.44
p:andere groep|ik-boodschap|-0.81
p:andere groep|gevoelsreflectie|-1.0
p:andere moeder|parafrase|0.91
p:andere moeder|interpreteren|-0.66
p:andere ouders|moraliseren|-0.88
p:andere ouders|interpreteren|1.0
p:andere plek|parafrase|-0.9
p:andere plek|open-vraag|-0.97
p:andere school|parafrase|0.98
p:andere school|interpreteren|-0.66
p:andere vakken|parafrase|1.0
p:andere vakken|open-vraag|1.0
p:andere woorden|parafrase|1.0
p:andere woorden|samenvatting|-0.93
p:andere woorden|open-vraag|-1.0
p:andere woorden|aanmoediging|-0.99
p:andere woorden|geruststellen|-0.87
p:anderen alles|ik-boodschap|0.73
p:anderen alles|gevoelsreflectie|-0.93
p:anderen hun|ik-boodschap|0.93
p:anderen me|ik-boodschap|1.0
p:anders behandelt|parafrase|0.93
p:anders bel|bevelen|-0.92
p:anders dan|parafrase|1.0
p:anders dan|open-vraag|1.0
p:anders even|adviseren|0.83
p:anders gaat|open-vraag|-0.99
p:anders heb|waarschuwen|0.94
p:anders laat|waarschuwen|0.95
p:anders stop|bevelen|0.93
p:anders stop|afronding-aankondigen|-0.96
p:anders volgen|bekritiseren|-0.97
p:anders wordt|waarschuwen|0.91
p:angst zit|interpreteren|0.63
p:angsten op|interpreteren|0.96
p:anna de|ik-boodschap|-1.0
p:anna de|parafrase|1.0
p:anouk en|open-vraag|0.93
p:anouk sinds|ik-boodschap|-0.81
p:anouk sinds|gevoelsreflectie|-1.0
p:antwoord dan|ik-boodschap|0.96
p:antwoord dan|argumenteren|-0.8
p:apart gaat|ik-boodschap|0.73
p:apart gaat|gevoelsreflectie|-0.93
p:app je|vervolgafspraak|0.81
p:avond controleren|bevelen|0.87
p:avond om|adviseren|-0.8
p:avond tot|moraliseren|-0.98
p:avond tot|argumenteren|0.98
p:avondeten ?|open-vraag|-1.0
p:avondeten ?|ondervragen|1.0
p:avonds beneden|adviseren|0.82
p:avonds niet|parafrase|0.91
p:avonds niet|adviseren|0.91
p:avonds thuiskomt|bekritiseren|0.96
p:ayoub is|samenvatting|0.97
p:baal ik|vervolgafspraak|-0.98
p:baalt er|gevoelsreflectie|0.77
p:baalt julian|gevoelsreflectie|0.91
p:balen voor|ik-boodschap|0.87
p:balen voor|gevoelsreflectie|-0.91
p:bang daarom|interpreteren|0.99
p:bang dat|parafrase|-0.91
p:bang dat|geruststellen|0.96
p:bang is|parafrase|-0.99
p:bang is|interpreteren|0.97
p:bang om|gevoelsreflectie|0.85
p:bas naast|ik-boodschap|0.83
p:bas naast|jij-boodschap|-0.98
p:basisschool en|ik-boodschap|-0.94
p:basisschool zat|open-vraag|1.0
p:basisschool zat|moraliseren|-1.0
p:basisschool zat|ondervragen|-1.0
p:bed gaat|bekritiseren|0.99
p:bed moeten|bekritiseren|0.82
p:bed te|bevelen|-1.0
p:bed te|moraliseren|1.0
p:bed te|adviseren|-0.8
p:bed te|argumenteren|-1.0
p:bed te|bekritiseren|-0.74
p:bedankt en|waarschuwen|-0.97
p:bedankt voor|samenvatting|0.65
p:bedankt voor|aanmoediging|-0.98
p:bedankt voor|bekritiseren|1.86
p:bedankt voor|afleiden|-1.0
p:bedankt voor|afronding-aankondigen|-1.0
p:bedoelt dat|parafrase|0.88
p:bedoelt dat|bedanken|-1.0
p:beetje geschrokken|gevoelsreflectie|0.92
p:beetje heimwee|interpreteren|0.83
p:beetje heimwee|geruststellen|0.83
p:beetje klaar|etiketteren|-1.0
p:beetje ongerust|afronding-aankondigen|-0.99
p:beetje verdrietig|gevoelsreflectie|0.91
p:beetje verdrietig|moraliseren|-0.81
p:beetje verdrietig|ondervragen|-0.97
p:beetje voor|ik-boodschap|-0.82
p:beetje zorgen|open-vraag|0.93
p:beetje zorgen|vervolgafspraak|-0.95
p:beginnen ?|afleiden|-0.93
p:beginnen daar|ik-boodschap|1.0
p:beginnen daar|interpreteren|-1.0
p:beginnen daar|afronding-aankondigen|-1.0
p:beginnen daar|vervolgafspraak|-1.0
p:beginnen daar|bedanken|-1.0
p:begint er|jij-boodschap|1.78
p:begint er|bekritiseren|1.78
p:begint mijn|vervolgafspraak|-0.94
p:begint om|parafrase|0.99
p:begint wat|gevoelsreflectie|-0.74
p:begon na|parafrase|-0.91
p:begon na|samenvatting|0.91
p:begonnen met|etiketteren|-0.84
p:begonnen na|samenvatting|-0.97
p:begonnen na|open-vraag|-0.94
p:begrijp dat|gevoelsreflectie|0.14
p:begrijp dat|argumenteren|0.76
p:begrijp dat|bekritiseren|0.98
p:begrijp dat|afleiden|0.95
p:begrijp heeft|ik-boodschap|-2.64
p:begrijp heeft|parafrase|1.82
p:begrijp heeft|samenvatting|-0.99
p:begrijp heeft|geruststellen|-0.99
p:begrijp het|parafrase|-0.94
p:begrijp ik|parafrase|1.0
p:begrijp ik|bekritiseren|-0.98
p:begrijp vindt|open-vraag|0.83
p:begrijp voelt|open-vraag|-0.87
p:begrijpen dat|argumenteren|0.98
p:behandeld door|gevoelsreflectie|1.0
p:behandelt dan|parafrase|0.93
p:behoorlijk onbeschoft|jij-boodschap|-0.71
p:behoorlijk onbeschoft|bekritiseren|0.95
p:behulpzaam dus|jij-boodschap|-0.95
p:behulpzaam dus|bekritiseren|-0.95
p:behulpzaam weer|bekritiseren|1.58
p:behulpzaam weer|afronding-aankondigen|-0.96
p:behulpzaam weer|bedanken|-1.8
p:bekeken ?|vervolgafspraak|-0.58
p:bel gaat|samenvatting|-0.98
p:bel ik|ik-boodschap|-0.87
p:bel ik|samenvatting|0.65
p:bel ik|bevelen|-0.92
p:bel ik|waarschuwen|1.12
p:bel ik|bedanken|0.96
p:bel u|ik-boodschap|-0.97
p:bel u|jij-boodschap|-1.0
p:bel u|gevoelsreflectie|-1.0
p:bel u|samenvatting|-0.94
p:bel u|open-vraag|-0.98
p:bel u|adviseren|0.9
p:bel u|bekritiseren|-1.0
p:bel u|vervolgafspraak|2.39
p:bel u|bedanken|-0.79
p:belachelijke opmerking|jij-boodschap|-0.93
p:belachelijke vergelijking|bekritiseren|1.0
p:belangrijk dat|bekritiseren|-0.97
p:belangrijk is|gevoelsreflectie|-0.9
p:belde omdat|ik-boodschap|1.0
p:bellen ?|ik-boodschap|-1.0
p:bellen ?|bevelen|-1.0
p:bellen ?|adviseren|0.22
p:bellen ?|etiketteren|-1.0
p:bellen ?|vervolgafspraak|0.99
p:bellen om|afronding-aankondigen|-0.99
p:bellen om|bedanken|-0.99
p:beloningssysteem ?|adviseren|1.0
p:beloningssysteem ?|ondervragen|-0.98
p:belt bij|samenvatting|0.81
p:belt bij|afronding-aankondigen|0.97
p:belt bij|bedanken|0.97
p:belt morgen|bevelen|1.81
p:belt morgen|vervolgafspraak|-0.88
p:belt u|moraliseren|-0.95
p:belt u|adviseren|-0.88
p:belt u|vervolgafspraak|0.85
p:belt u|bedanken|-0.95
p:bemoeien je|bevelen|0.99
p:bemoeit zich|jij-boodschap|0.91
p:bemoeit zich|gevoelsreflectie|-0.83
p:bemoeit zich|bekritiseren|0.98
p:ben benieuwd|open-vraag|0.98
p:ben best|ik-boodschap|0.95
p:ben best|jij-boodschap|-0.95
p:ben best|bekritiseren|-0.95
p:ben bezorgd|vervolgafspraak|0.8
p:ben echt|ik-boodschap|0.9
p:ben een|afronding-aankondigen|-0.99
p:ben er|ik-boodschap|-0.13
p:ben er|open-vraag|0.94
p:ben je|ik-boodschap|-0.93
p:ben je|parafrase|0.95
p:ben je|adviseren|-0.99
p:ben je|geruststellen|0.98
p:ben je|ondervragen|0.99
p:ben mevrouw|bevelen|-0.94
p:ben nog|ik-boodschap|-0.77
p:ben nog|bevelen|0.77
p:ben nog|waarschuwen|-0.91
p:ben ongerust|ik-boodschap|0.92
p:ben opgelucht|open-vraag|-0.82
p:ben opgelucht|interpreteren|-0.5
p:ben teamleider|etiketteren|-0.91
p:ben teamleider|vervolgafspraak|-0.8
p:ben teleurgesteld|ik-boodschap|-0.9
p:ben u|bedanken|0.96
p:beneden laten|parafrase|0.91
p:beneden laten|adviseren|0.91
p:beneden te|adviseren|0.82
p:benieuwd hoe|open-vraag|0.98
p:bent alleen|gevoelsreflectie|-0.95
p:bent altijd|jij-boodschap|-0.95
p:bent altijd|waarschuwen|-0.94
p:bent altijd|bekritiseren|-0.95
p:bent altijd|prijzen|0.94
p:bent altijd|vervolgafspraak|-0.71
p:bent bang|parafrase|-0.91
p:bent bang|geruststellen|0.96
p:bent boos|gevoelsreflectie|0.93
p:bent boos|ondervragen|0.93
p:bent bram|ik-boodschap|-0.72
p:bent de|jij-boodschap|-0.93
p:bent denk|interpreteren|0.89
p:bent deze|open-vraag|0.78
p:bent deze|etiketteren|-0.92
p:bent drie|jij-boodschap|-0.59
p:bent duidelijk|gevoelsreflectie|0.94
p:bent duidelijk|samenvatting|0.89
p:bent duidelijk|argumenteren|-0.94
p:bent duidelijk|vervolgafspraak|0.63
p:bent dus|gevoelsreflectie|1.81
p:bent dus|geruststellen|-0.83
p:bent echt|jij-boodschap|1.43
p:bent echt|bekritiseren|-1.0
p:bent echt|prijzen|1.07
p:bent echt|etiketteren|0.87
p:bent een|bevelen|-0.97
p:bent een|etiketteren|1.0
p:bent en|vervolgafspraak|-0.85
p:bent er|waarschuwen|-0.99
p:bent er|moraliseren|-0.93
p:bent er|etiketteren|-1.0
p:bent er|geruststellen|-1.93
p:bent er|afleiden|-1.0
p:bent gekomen|gevoelsreflectie|-1.0
p:bent gekomen|geruststellen|-1.0
p:bent gekomen|bedanken|0.77
p:bent gekwetst|parafrase|0.91
p:bent gekwetst|interpreteren|-0.66
p:bent geweest|bedanken|1.0
p:bent gewoon|bekritiseren|0.99
p:bent gewoon|etiketteren|0.99
p:bent gewoon|interpreteren|0.59
p:bent ik|gevoelsreflectie|0.9
p:bent ik|vervolgafspraak|0.94
p:bent kwaad|interpreteren|0.63
p:bent maar|gevoelsreflectie|2.88
p:bent maar|samenvatting|-0.9
p:bent maar|bevelen|0.97
p:bent maar|argumenteren|0.76
p:bent maar|geruststellen|1.39
p:bent maar|afleiden|0.95
p:bent milan|waarschuwen|0.96
p:bent na|interpreteren|-0.5
p:bent net|interpreteren|-0.99
p:bent niet|ondervragen|-0.6
p:bent niet|afleiden|-0.91
p:bent nooit|etiketteren|-0.92
p:bent omdat|adviseren|-0.92
p:bent onbeleefd|prijzen|-0.99
p:bent onbeleefd|etiketteren|-0.99
p:bent oneerlijk|jij-boodschap|0.74
p:bent oneerlijk|gevoelsreflectie|-0.96
p:bent oneerlijk|bekritiseren|0.58
p:bent ongerust|ondervragen|0.94
p:bent op|prijzen|-0.9
p:bent slim|geruststellen|-0.92
p:bent soms|jij-boodschap|1.56
p:bent soms|etiketteren|0.94
p:bent toch|ondervragen|-0.61
p:bent u|jij-boodschap|0.11
p:bent u|gevoelsreflectie|0.98
p:bent u|bekritiseren|-0.93
p:bent u|etiketteren|0.93
p:bent u|ondervragen|0.85
p:bent van|samenvatting|-0.96
p:bent van|bedanken|-0.97
p:bent zo'n|ik-boodschap|-1.0
p:bent zo'n|prijzen|1.92
p:bent zo'n|etiketteren|0.99
p:bent zo'n|interpreteren|-0.99
p:beoordeling die|parafrase|-0.82
p:bereiken en|open-vraag|0.87
p:berekend volgens|bevelen|-1.0
p:berekend volgens|geruststellen|-1.0
p:bericht krijgt|argumenteren|0.99
p:bericht van|jij-boodschap|0.97
p:bericht van|bekritiseren|1.52
p:bericht wist|samenvatting|-0.65
p:berichten in|jij-boodschap|0.97
p:berichten in|bekritiseren|1.69
p:beschermt haar|interpreteren|0.89
p:bespreken hoe|vervolgafspraak|-0.9
p:bespreken waar|ik-boodschap|0.84
p:bespreken waar|vervolgafspraak|-0.98
p:bespreken we|ik-boodschap|-0.92
p:bespreken we|samenvatting|0.92
p:bespreken we|vervolgafspraak|1.77
p:besproken dat|ik-boodschap|-0.95
p:best bezorgd|ik-boodschap|0.95
p:best bezorgd|jij-boodschap|-0.95
p:best bezorgd|bekritiseren|-0.95
p:best een|prijzen|0.97
p:best gespannen|afronding-aankondigen|-0.76
p:best lastig|bekritiseren|-0.93
p:best mee|afleiden|-0.93
p:best spannend|ik-boodschap|-0.91
p:beste aanpak|prijzen|0.99
p:beste gebruiken|open-vraag|-0.94
p:beste is|adviseren|0.99
p:beste is|argumenteren|-0.99
p:beste keus|geruststellen|-0.83
p:beste leerling|ondervragen|-0.61
p:beste voor|open-vraag|-0.93
p:beter dan|etiketteren|0.91
p:beter eerst|bevelen|-0.93
p:beter eerst|adviseren|0.93
p:beter had|jij-boodschap|1.0
p:beter had|bekritiseren|1.0
p:beter maar|jij-boodschap|-0.88
p:beter maar|samenvatting|0.93
p:beter meteen|bekritiseren|-0.93
p:beter plannen|bevelen|1.0
p:beter plannen|geruststellen|1.0
p:beter sinds|samenvatting|-0.81
p:beter weet|bekritiseren|1.73
p:bevalt het|open-vraag|-1.81
p:bevalt het|afleiden|0.73
p:bevorderen naar|ik-boodschap|-0.96
p:bezig weer|bekritiseren|1.86
p:bezig weer|etiketteren|-0.87
p:bezorgd omdat|vervolgafspraak|0.8
p:bezorgd ze|ik-boodschap|0.95
p:bezorgd ze|jij-boodschap|-0.95
p:bezorgd ze|bekritiseren|-0.95
p:beëindig dit|ik-boodschap|-0.84
p:beëindig ik|jij-boodschap|-0.89
p:bieden als|bevelen|-0.97
p:biedt je|jij-boodschap|-0.77
p:biedt je|bevelen|0.97
p:biedt je|waarschuwen|-0.97
p:bij ?|adviseren|-0.99
p:bij ?|ondervragen|0.99
p:bij anouk|open-vraag|0.93
p:bij bent|jij-boodschap|-0.83
p:bij dank|ik-boodschap|-0.99
p:bij dank|afronding-aankondigen|0.86
p:bij dank|vervolgafspraak|-0.99
p:bij dank|bedanken|0.99
p:bij de|ik-boodschap|1.65
p:bij de|parafrase|2.0
p:bij de|gevoelsreflectie|-0.93
p:bij de|samenvatting|0.92
p:bij de|open-vraag|1.0
p:bij de|bevelen|0.99
p:bij de|waarschuwen|0.95
p:bij de|moraliseren|-1.91
p:bij de|bekritiseren|-0.99
p:bij de|prijzen|-1.0
p:bij de|geruststellen|-0.66
p:bij de|ondervragen|-0.93
p:bij de|afleiden|1.47
p:bij de|bedanken|-0.97
p:bij duits|open-vraag|1.0
p:bij duits|argumenteren|-1.0
p:bij duits|geruststellen|-1.0
p:bij echt|geruststellen|1.0
p:bij een|samenvatting|-0.92
p:bij engels|afronding-aankondigen|-0.99
p:bij frans|afleiden|-0.69
p:bij haar|bekritiseren|-0.99
p:bij hem|adviseren|0.88
p:bij het|bevelen|0.91
p:bij het|afleiden|-0.86
p:bij informatica|adviseren|-0.9
p:bij is|ik-boodschap|1.0
p:bij je|ik-boodschap|-1.8
p:bij je|bevelen|-1.0
p:bij leerplicht|waarschuwen|0.98
p:bij me|vervolgafspraak|0.98
p:bij mevrouw|gevoelsreflectie|-1.0
p:bij mij|open-vraag|-1.0
p:bij mij|waarschuwen|-0.91
p:bij mij|vervolgafspraak|0.93
p:bij moeten|afronding-aankondigen|0.93
p:bij nederlands|vervolgafspraak|-0.79
p:bij op|moraliseren|0.64
p:bij toch|open-vraag|-0.63
p:bij toch|prijzen|0.84
p:bij wat|gevoelsreflectie|1.87
p:bij wat|ondervragen|-0.97
p:bij wiskunde|gevoelsreflectie|-0.99
p:bij zich|parafrase|-0.82
p:bij zich|bevelen|-0.88
p:bij zich|vervolgafspraak|0.99
p:bij ziekte|parafrase|-1.0
p:bij ziekte|samenvatting|0.81
p:bij ziekte|argumenteren|1.0
p:bij ziekte|interpreteren|-1.0
p:bij ziekte|afronding-aankondigen|0.97
p:bij ziekte|bedanken|0.97
p:bij zijn|samenvatting|-0.8
p:bij zijn|afleiden|0.96
p:bijbaantje te|moraliseren|-0.95
p:bijhoudt en|samenvatting|0.94
p:bijhoudt kan|samenvatting|-1.0
p:bijhoudt over|samenvatting|1.0
p:bijhoudt over|adviseren|-1.0
p:bijhoudt over|vervolgafspraak|1.0
p:bijles daarmee|afronding-aankondigen|0.96
p:bijles en|samenvatting|0.81
p:bijles en|afronding-aankondigen|0.97
p:bijles en|bedanken|0.97
p:bijles gegaan|ondervragen|0.97
p:bijles ik|ik-boodschap|-0.97
p:bijles ik|vervolgafspraak|0.41
p:bijles ik|bedanken|-0.97
p:bijles krijgt|prijzen|0.98
p:bijles krijgt|afronding-aankondigen|-0.85
p:bijles te|ik-boodschap|-0.97
p:bijles te|jij-boodschap|-0.97
p:bijles te|adviseren|0.95
p:bijles te|vervolgafspraak|0.41
p:bijles te|bedanken|-0.97
p:bijles tot|parafrase|0.92
p:bijles tot|open-vraag|-0.92
p:bijna door|bedanken|-0.76
p:bijna niet|ik-boodschap|0.83
p:bijna niet|argumenteren|-0.68
p:bijna niks|vervolgafspraak|-0.95
p:bijna om|interpreteren|-0.96
p:bijvoorbeeld bij|adviseren|0.97
p:bijwerkt kan|ik-boodschap|0.84
p:bijwerkt kan|vervolgafspraak|-0.98
p:binnengekregen waardoor|ik-boodschap|0.93
p:binnengekregen waardoor|bekritiseren|-0.55
p:binnenkomt moet|open-vraag|0.98
p:binnenkwam wat|ik-boodschap|0.92
p:biologie heeft|afleiden|0.84
p:biologie nog|ik-boodschap|0.93
p:biologie nog|bekritiseren|-0.55
p:blaadjes maakt|ik-boodschap|0.91
p:blaadjes maakt|open-vraag|-0.91
p:blauw oog|ik-boodschap|0.92
p:blijf van|bevelen|1.0
p:blijf van|interpreteren|-1.0
p:blijf van|geruststellen|-1.0
p:blijft doorgaan|moraliseren|-0.94
p:blijft doorgaan|afleiden|-0.83
p:blijft een|jij-boodschap|-0.88
p:blijft een|samenvatting|0.93
p:blijft hij|prijzen|-0.99
p:blijft kan|ik-boodschap|-0.96
p:blijft liggen|adviseren|-0.89
p:blijft oefenen|geruststellen|-0.74
p:blijft reageren|waarschuwen|0.94
p:blijft u|waarschuwen|-0.95
p:blijft wordt|jij-boodschap|0.89
p:blijft zitten|waarschuwen|0.99
p:blijft zitten|geruststellen|0.96
p:blijven praten|ik-boodschap|0.97
p:blijven zitten|geruststellen|0.23
p:bo ?|adviseren|-0.99
p:bo ?|ondervragen|0.99
p:boeken bij|bekritiseren|0.93
p:boeken komt|open-vraag|0.73
p:boeken vaak|parafrase|-1.0
p:boos bent|gevoelsreflectie|0.9
p:boos bent|geruststellen|-0.98
p:boos bent|afleiden|0.95
p:boos om|vervolgafspraak|-0.85
p:boos op|gevoelsreflectie|0.93
p:boos op|ondervragen|0.93
p:boos toch|ondervragen|-0.6
p:boos toch|afleiden|-0.91
p:boos worden|afronding-aankondigen|1.0
p:bouwt hij|open-vraag|-0.99
p:bram als|waarschuwen|0.99
p:bram dat|afleiden|-0.93
p:bram gisteren|ik-boodschap|0.92
p:bram hou|bevelen|0.97
p:bram ik|ik-boodschap|-0.72
p:bram in|open-vraag|-0.67
p:bram je|bekritiseren|-0.93
p:bram jij|jij-boodschap|1.43
p:bram jij|prijzen|-0.95
p:bram leuk|jij-boodschap|-0.83
p:bram waar|ik-boodschap|-0.93
p:bram wat|afleiden|0.95
p:bram zit|ik-boodschap|0.83
p:breek het|afronding-aankondigen|0.64
p:breek het|vervolgafspraak|0.93
p:breek het|bedanken|-0.82
p:brief is|jij-boodschap|-0.96
p:brief laat|parafrase|-0.9
p:brief mee|prijzen|-1.0
p:brief mee|etiketteren|-1.0
p:brief niet|parafrase|1.0
p:brief niet|adviseren|-0.88
p:brief over|ik-boodschap|-1.64
p:brief over|parafrase|0.82
p:brief over|aanmoediging|-0.95
p:broertje ook|bekritiseren|-0.94
p:buikpijn klaagt|parafrase|0.83
p:buikpijn krijgt|interpreteren|0.99
p:buiten begeleiden|waarschuwen|0.95
p:buiten je|ik-boodschap|0.91
p:buiten je|waarschuwen|-0.91
p:buiten zit|ik-boodschap|-0.88
p:buitengesloten het|parafrase|-0.91
p:buitengesloten het|samenvatting|0.91
p:buitengesloten voelt|bedanken|-1.0
p:bureau ligt|bekritiseren|-0.98
p:bus gaan|adviseren|0.99
p:bus uitviel|interpreteren|-0.92
p:buurman praat|adviseren|-0.83
p:capuchon af|moraliseren|-0.79
p:chagrijn vandaag|prijzen|-0.86
p:chagrijn vandaag|etiketteren|1.77
p:checken of|open-vraag|-0.97
p:cijfer ?|vervolgafspraak|-0.97
p:cijfer dit|waarschuwen|-0.92
p:cijfer dit|argumenteren|-0.89
p:cijfer hij|afleiden|0.84
p:cijfer is|bevelen|-1.0
p:cijfer is|geruststellen|-1.0
p:cijfer kan|ik-boodschap|0.93
p:cijfer kan|bekritiseren|-0.55
p:cijfer nog|ik-boodschap|0.92
p:cijfer te|parafrase|0.87
p:cijfer te|argumenteren|0.94
p:cijfer toe|moraliseren|-0.95
p:cijfer toe|vervolgafspraak|0.85
p:cijfer toe|bedanken|-0.95
p:cijfer voor|samenvatting|0.97
p:cijfer voor|open-vraag|-0.99
p:cijfer voor|prijzen|-0.97
p:cijfer voor|vervolgafspraak|-0.63
p:cijfer zag|jij-boodschap|-0.93
p:cijfer zag|gevoelsreflectie|-0.88
p:cijferlijst drie|ik-boodschap|-0.96
p:cijferlijst drie|argumenteren|0.96
p:cijfers dalen|jij-boodschap|-0.93
p:cijfers dalen|interpreteren|-0.99
p:cijfers de|samenvatting|0.99
p:cijfers en|ik-boodschap|-1.0
p:cijfers en|parafrase|-1.0
p:cijfers en|samenvatting|1.0
p:cijfers en|open-vraag|-1.0
p:cijfers en|aanmoediging|-1.0
p:cijfers en|bevelen|-1.0
p:cijfers en|vervolgafspraak|-0.96
p:cijfers hebben|afleiden|-0.21
p:cijfers hij|samenvatting|0.97
p:cijfers niet|waarschuwen|0.83
p:cijfers niet|etiketteren|-0.99
p:cijfers niet|afleiden|-0.99
p:cijfers te|moraliseren|-1.0
p:cijfers voor|ik-boodschap|-0.99
p:cijfers voor|open-vraag|0.95
p:cijfers voor|waarschuwen|-0.92
p:cijfers voor|bekritiseren|-0.97
p:cijfers worden|argumenteren|0.85
p:cijfers zakken|ik-boodschap|-0.91
p:cijfers zakken|samenvatting|0.91
p:cijfers zakken|open-vraag|0.91
p:cijfers zijn|argumenteren|-0.85
p:cijfers zo|argumenteren|0.99
p:clown van|prijzen|-0.95
p:clown van|etiketteren|0.92
p:collega van|moraliseren|-0.95
p:collega van|vervolgafspraak|0.85
p:collega van|bedanken|-0.95
p:communicatie met|parafrase|0.9
p:communicatie met|samenvatting|-0.9
p:communicatie met|prijzen|-0.97
p:communicatie met|vervolgafspraak|-0.63
p:concentreren kunnen|vervolgafspraak|0.8
p:conciërge gaat|bekritiseren|-0.99
p:conciërge gebeld|parafrase|-1.0
p:conciërge naar|waarschuwen|0.95
p:contact graag|parafrase|0.95
p:contact graag|open-vraag|0.95
p:contact heeft|open-vraag|-0.73
p:contact met|parafrase|-0.98
p:contact met|waarschuwen|-0.94
p:contact met|vervolgafspraak|0.59
p:contact met|bedanken|-0.92
p:contact oké|aanmoediging|-0.92
p:contact oké|ondervragen|-0.85
p:contact opgenomen|ondervragen|0.99
p:contact opneemt|parafrase|0.95
p:contact opneemt|open-vraag|0.95
p:controleert elke|moraliseren|0.97
p:controleert over|afronding-aankondigen|-0.85
p:controleert toch|etiketteren|-0.92
p:controleert u|open-vraag|-1.0
p:controleert u|ondervragen|1.0
p:daan anders|parafrase|0.93
p:daan daarop|ondervragen|-0.95
p:daan doe|moraliseren|-0.79
p:daan heeft|argumenteren|-0.73
p:daan hoe|gevoelsreflectie|-0.96
p:daan in|open-vraag|0.87
p:daan in|waarschuwen|-0.99
p:daan niet|gevoelsreflectie|-1.0
p:daan niet|samenvatting|1.0
p:daan zijn|open-vraag|-0.77
p:daan zijn|vervolgafspraak|1.94
p:daar anders|parafrase|1.0
p:daar anders|open-vraag|1.0
p:daar baal|vervolgafspraak|-0.98
p:daar erger|ik-boodschap|1.0
p:daar erger|interpreteren|-1.0
p:daar erger|afronding-aankondigen|-1.0
p:daar erger|vervolgafspraak|-1.0
p:daar erger|bedanken|-1.0
p:daar ga|waarschuwen|-0.97
p:daar gaat|bekritiseren|-0.94
p:daar gaat|afleiden|1.26
p:daar grenzen|moraliseren|0.98
p:daar grenzen|bekritiseren|0.84
p:daar groeit|geruststellen|0.98
p:daar hebben|etiketteren|0.98
p:daar hoeft|moraliseren|-0.93
p:daar hoeft|interpreteren|-0.86
p:daar hoeft|geruststellen|-0.15
p:daar hoeft|afleiden|0.96
p:daar is|interpreteren|0.96
p:daar is|geruststellen|-0.96
p:daar kan|argumenteren|0.85
p:daar kom|adviseren|-0.96
p:daar maak|argumenteren|-1.0
p:daar maak|vervolgafspraak|0.98
p:daar maar|moraliseren|-0.94
p:daar maar|afleiden|-0.83
p:daar niks|afleiden|-0.95
p:daar nog|open-vraag|0.95
p:daar nog|afleiden|-0.95
p:daar nu|gevoelsreflectie|0.92
p:daar nu|bevelen|0.97
p:daar ongerust|gevoelsreflectie|0.85
p:daar schrok|ik-boodschap|0.92
p:daar schrok|gevoelsreflectie|-0.92
p:daar staat|argumenteren|-0.97
p:daar thuis|gevoelsreflectie|-0.9
p:daar valt|ik-boodschap|-0.96
p:daar valt|gevoelsreflectie|0.97
p:daar valt|argumenteren|1.71
p:daar valt|geruststellen|-0.97
p:daar verdrietig|parafrase|-0.89
p:daar zelf|parafrase|0.98
p:daar zit|interpreteren|0.99
p:daardoor doen|ik-boodschap|0.73
p:daardoor doen|gevoelsreflectie|-0.93
p:daardoor dom|samenvatting|0.95
p:daardoor heeft|afronding-aankondigen|-0.99
p:daardoor veel|open-vraag|0.78
p:daarmee wil|afronding-aankondigen|0.96
p:daarom doe|waarschuwen|-0.98
p:daarom doe|moraliseren|-0.57
p:daarom doet|jij-boodschap|-0.47
p:daarom doet|interpreteren|0.99
p:daarom doet|geruststellen|-0.99
p:daarom niet|parafrase|0.95
p:daarom op|samenvatting|-1.0
p:daarom op|interpreteren|1.0
p:daarom op|vervolgafspraak|-1.0
p:daaronder vooral|interpreteren|0.63
p:daarop gereageerd|ondervragen|-0.95
p:daartegenaan ?|jij-boodschap|-0.82
p:daartegenaan ?|open-vraag|1.63
p:daartegenaan ?|bekritiseren|-0.82
p:daarvan ?|ik-boodschap|0.92
p:daarvan thuis|open-vraag|0.99
p:daden gevolgen|moraliseren|0.94
p:dag de|moraliseren|0.97
p:dag een|moraliseren|-0.86
p:dag een|geruststellen|-1.0
p:dag op|ondervragen|0.69
p:dag slecht|vervolgafspraak|0.8
p:dagen niet|ik-boodschap|1.0
p:dagen wegbleef|samenvatting|-0.65
p:dagen wegblijft|bekritiseren|0.86
p:dagen woensdag|samenvatting|-0.95
p:dan 's|parafrase|0.83
p:dan ?|open-vraag|-1.0
p:dan ?|bekritiseren|-0.97
p:dan ?|ondervragen|1.0
p:dan bespreken|vervolgafspraak|0.94
p:dan bij|parafrase|1.0
p:dan bij|open-vraag|1.0
p:dan de|parafrase|0.93
p:dan de|etiketteren|0.91
p:dan doet|bekritiseren|-1.08
p:dan doet|geruststellen|-0.49
p:dan gaat|prijzen|0.99
p:dan gisteravond|open-vraag|-0.86
p:dan gisteravond|ondervragen|0.86
p:dan hoor|ondervragen|-0.61
p:dan in|ik-boodschap|0.97
p:dan kan|ik-boodschap|0.96
p:dan kan|open-vraag|-0.63
p:dan kan|argumenteren|-0.8
p:dan kan|prijzen|0.84
p:dan kan|vervolgafspraak|0.8
p:dan kijken|samenvatting|-0.84
p:dan kijken|afronding-aankondigen|-0.98
p:dan komt|prijzen|-0.92
p:dan komt|geruststellen|0.92
p:dan kun|jij-boodschap|-1.0
p:dan laten|ik-boodschap|-0.99
p:dan laten|afronding-aankondigen|0.86
p:dan laten|vervolgafspraak|-0.99
p:dan laten|bedanken|0.99
p:dan mis|parafrase|-0.82
p:dan normaal|ik-boodschap|-0.99
p:dan normaal|interpreteren|-0.94
p:dan ook|prijzen|-0.83
p:dan over|interpreteren|0.4
p:dan raak|geruststellen|-0.99
p:dan ronden|samenvatting|-1.92
p:dan ronden|argumenteren|-0.98
p:dan ronden|vervolgafspraak|-0.98
p:dan sluiten|jij-boodschap|-1.0
p:dan sluiten|samenvatting|0.95
p:dan sluiten|bekritiseren|-1.0
p:dan sluiten|afronding-aankondigen|1.0
p:dan sluiten|vervolgafspraak|-0.82
p:dan sluiten|bedanken|1.0
p:dan sta|ik-boodschap|0.93
p:dan tekenen|interpreteren|-1.0
p:dan tekent|jij-boodschap|-0.3
p:dan thuisgehouden|bekritiseren|0.96
p:dan u|interpreteren|0.99
p:dan vinden|prijzen|0.98
p:dan vindt|parafrase|-1.0
p:dan vindt|gevoelsreflectie|-1.0
p:dan vindt|prijzen|1.0
p:dan vindt|bedanken|-1.0
p:dan voel|ik-boodschap|0.71
p:dan zie|vervolgafspraak|0.99
p:dan zou|parafrase|0.91
p:dan zou|adviseren|0.91
p:dank je|ik-boodschap|-0.99
p:dank je|afronding-aankondigen|1.88
p:dank je|vervolgafspraak|-0.12
p:dank je|bedanken|0.99
p:dank jullie|bekritiseren|-0.94
p:dank u|jij-boodschap|-1.0
p:dank u|gevoelsreflectie|-1.0
p:dank u|samenvatting|-0.13
p:dank u|moraliseren|-0.98
p:dank u|prijzen|-0.95
p:dank u|geruststellen|-1.0
p:dank u|vervolgafspraak|-0.88
p:dank u|bedanken|4.02
p:dank voor|afronding-aankondigen|-0.97
p:dankbaar dat|bedanken|0.96
p:dankjewel voor|afronding-aankondigen|-0.99
p:dankjewel voor|bedanken|0.83
p:dat ?|jij-boodschap|-0.88
p:dat ?|samenvatting|0.93
p:dat ?|ondervragen|0.69
p:dat alleen|jij-boodschap|-0.99
p:dat alleen|parafrase|-0.88
p:dat alleen|interpreteren|0.93
p:dat alleen|geruststellen|-0.93
p:dat allemaal|open-vraag|-0.63
p:dat allemaal|prijzen|0.84
p:dat amira|ik-boodschap|-0.88
p:dat anouk|ik-boodschap|-0.81
p:dat anouk|gevoelsreflectie|-1.0
p:dat begrijp|bekritiseren|-0.98
p:dat bij|waarschuwen|0.91
p:dat blijft|adviseren|-0.89
p:dat bram|ik-boodschap|0.92
p:dat cijfer|jij-boodschap|-0.93
p:dat cijfer|gevoelsreflectie|-0.88
p:dat daan|waarschuwen|-0.99
p:dat daaronder|interpreteren|0.63
p:dat dan|parafrase|0.83
p:dat dat|bekritiseren|-0.98
p:dat de|parafrase|1.89
p:dat de|samenvatting|-0.88
p:dat de|open-vraag|0.13
p:dat de|moraliseren|-1.0
p:dat de|adviseren|-0.9
p:dat de|argumenteren|0.95
p:dat de|vervolgafspraak|-0.94
p:dat dit|ik-boodschap|-1.0
p:dat dit|gevoelsreflectie|0.1
p:dat dit|prijzen|1.99
p:dat dit|geruststellen|-0.83
p:dat doet|afleiden|0.95
p:dat draait|geruststellen|1.0
p:dat duidelijk|bevelen|0.81
p:dat emma|ik-boodschap|-0.95
p:dat er|parafrase|1.0
p:dat er|open-vraag|-1.0
p:dat er|interpreteren|0.67
p:dat even|afleiden|0.84
p:dat even|afronding-aankondigen|-0.92
p:dat formulier|bekritiseren|-0.98
p:dat frustreert|bedanken|-0.94
p:dat gaat|prijzen|-0.96
p:dat gaat|interpreteren|0.33
p:dat gaat|geruststellen|2.71
p:dat gaat|afleiden|-0.96
p:dat gebeurt|afleiden|-0.62
p:dat gedoe|open-vraag|-0.95
p:dat gedoe|afleiden|1.95
p:dat geen|bekritiseren|0.59
p:dat gehoord|bekritiseren|-0.96
p:dat gesprek|gevoelsreflectie|0.94
p:dat gesprek|samenvatting|0.89
p:dat gesprek|argumenteren|-0.94
p:dat gesprek|vervolgafspraak|0.63
p:dat goed|prijzen|0.99
p:dat haalt|argumenteren|-0.77
p:dat haalt|geruststellen|0.92
p:dat had|bekritiseren|0.82
p:dat heeft|argumenteren|0.99
p:dat heel|geruststellen|-0.44
p:dat het|jij-boodschap|-0.42
p:dat het|parafrase|1.0
p:dat het|gevoelsreflectie|-0.57
p:dat het|open-vraag|1.99
p:dat het|argumenteren|-1.0
p:dat het|bekritiseren|1.08
p:dat het|prijzen|-1.0
p:dat het|interpreteren|-0.92
p:dat het|afleiden|-0.69
p:dat hij|ik-boodschap|0.84
p:dat hij|jij-boodschap|-0.18
p:dat hij|parafrase|0.16
p:dat hij|gevoelsreflectie|-1.19
p:dat hij|samenvatting|0.86
p:dat hij|bevelen|1.87
p:dat hij|moraliseren|-0.94
p:dat hij|adviseren|0.91
p:dat hij|argumenteren|0.96
p:dat hij|bekritiseren|-0.92
p:dat hij|prijzen|0.98
p:dat hij|etiketteren|0.85
p:dat hij|interpreteren|-1.44
p:dat hij|afronding-aankondigen|-0.85
p:dat hoort|moraliseren|-0.28
p:dat hoort|argumenteren|-0.94
p:dat hoort|bekritiseren|-0.99
p:dat hoort|interpreteren|-0.86
p:dat hoort|geruststellen|-0.66
p:dat hoort|afleiden|1.12
p:dat huiswerkritme|open-vraag|-0.63
p:dat huiswerkritme|prijzen|0.84
p:dat ik|samenvatting|1.93
p:dat ik|waarschuwen|0.99
p:dat ik|adviseren|-1.0
p:dat ik|afleiden|-0.93
p:dat ik|vervolgafspraak|1.0
p:dat in|bevelen|-0.93
p:dat in|moraliseren|0.93
p:dat in|afleiden|-0.96
p:dat incident|afleiden|0.91
p:dat is|gevoelsreflectie|-1.89
p:dat is|open-vraag|-1.0
p:dat is|bevelen|-0.8
p:dat is|bekritiseren|0.3
p:dat is|geruststellen|0.71
p:dat is|afleiden|-0.19
p:dat jammer|ik-boodschap|0.73
p:dat jammer|gevoelsreflectie|-0.93
p:dat jayden|jij-boodschap|-0.82
p:dat jayden|gevoelsreflectie|0.9
p:dat jayden|open-vraag|0.66
p:dat jayden|bekritiseren|-0.82
p:dat je|jij-boodschap|0.19
p:dat je|gevoelsreflectie|-2.14
p:dat je|samenvatting|-0.9
p:dat je|open-vraag|-2.7
p:dat je|moraliseren|-1.62
p:dat je|argumenteren|-1.62
p:dat je|bekritiseren|0.79
p:dat je|prijzen|1.0
p:dat je|interpreteren|1.5
p:dat je|geruststellen|0.52
p:dat je|vervolgafspraak|-0.99
p:dat je|bedanken|1.87
p:dat jens|vervolgafspraak|-0.93
p:dat jesse|samenvatting|-0.93
p:dat jesse|open-vraag|-0.97
p:dat jij|ik-boodschap|-1.72
p:dat jij|jij-boodschap|1.66
p:dat jij|parafrase|-1.0
p:dat jij|gevoelsreflectie|-0.83
p:dat jij|open-vraag|-1.0
p:dat jij|aanmoediging|-1.0
p:dat jij|bevelen|-1.0
p:dat jij|waarschuwen|-1.0
p:dat jij|moraliseren|-1.0
p:dat jij|adviseren|-1.0
p:dat jij|argumenteren|-1.0
p:dat jij|bekritiseren|2.86
p:dat jij|prijzen|-1.0
p:dat jij|etiketteren|-1.0
p:dat jij|interpreteren|-2.68
p:dat jij|geruststellen|0.84
p:dat jij|ondervragen|-1.0
p:dat jij|afleiden|-1.0
p:dat jij|afronding-aankondigen|-1.0
p:dat jij|vervolgafspraak|-1.0
p:dat jij|bedanken|-1.0
p:dat joep|ik-boodschap|-0.84
p:dat jullie|jij-boodschap|-0.98
p:dat jullie|bekritiseren|-0.11
p:dat jullie|afleiden|-0.95
p:dat jullie|bedanken|1.0
p:dat kan|gevoelsreflectie|-0.9
p:dat kan|waarschuwen|-0.91
p:dat kan|prijzen|-0.99
p:dat kan|etiketteren|-0.9
p:dat kinderen|moraliseren|1.0
p:dat klinkt|gevoelsreflectie|3.68
p:dat klopt|ik-boodschap|-0.93
p:dat klopt|samenvatting|-1.0
p:dat klopt|argumenteren|1.91
p:dat klopt|bekritiseren|-0.97
p:dat komt|parafrase|-0.93
p:dat komt|gevoelsreflectie|-0.93
p:dat komt|bevelen|-0.93
p:dat komt|argumenteren|-0.99
p:dat komt|interpreteren|0.88
p:dat komt|ondervragen|-0.96
p:dat kost|open-vraag|0.98
p:dat kwetst|ik-boodschap|1.0
p:dat laten|geruststellen|-0.99
p:dat leerlingen|geruststellen|-0.7
p:dat liegen|moraliseren|0.93
p:dat liegen|argumenteren|-0.78
p:dat lijkt|aanmoediging|-0.98
p:dat loes|open-vraag|-0.99
p:dat mag|geruststellen|-0.46
p:dat merk|jij-boodschap|0.98
p:dat merk|gevoelsreflectie|1.0
p:dat merk|samenvatting|-1.0
p:dat merk|open-vraag|1.0
p:dat milan|ik-boodschap|0.92
p:dat milan|jij-boodschap|-0.92
p:dat milan|bekritiseren|-0.89
p:dat moet|gevoelsreflectie|2.78
p:dat moet|argumenteren|-0.95
p:dat morgen|waarschuwen|0.99
p:dat niemand|gevoelsreflectie|1.81
p:dat niemand|interpreteren|-0.89
p:dat niet|gevoelsreflectie|0.93
p:dat niet|ondervragen|0.88
p:dat nieuwe|afleiden|0.92
p:dat noah|adviseren|0.9
p:dat nog|bevelen|-0.61
p:dat nog|waarschuwen|0.97
p:dat noor|bekritiseren|-0.99
p:dat nou|moraliseren|-0.53
p:dat nou|bekritiseren|-0.91
p:dat nu|argumenteren|0.85
p:dat om|interpreteren|0.71
p:dat overkomt|geruststellen|-1.32
p:dat overkomt|afleiden|0.64
p:dat ravi|ik-boodschap|-0.92
p:dat samen|open-vraag|0.73
p:dat school|gevoelsreflectie|-0.95
p:dat slaat|argumenteren|1.68
p:dat slaat|bekritiseren|0.91
p:dat snap|vervolgafspraak|-0.85
p:dat soort|afleiden|1.47
p:dat thijs|adviseren|-0.9
p:dat thomas|parafrase|-1.0
p:dat thuis|ik-boodschap|0.81
p:dat thuis|open-vraag|2.78
p:dat toegestaan|ondervragen|0.98
p:dat tom|parafrase|0.99
p:dat u|ik-boodschap|-0.91
p:dat u|jij-boodschap|0.9
p:dat u|parafrase|-1.01
p:dat u|gevoelsreflectie|3.84
p:dat u|open-vraag|-0.95
p:dat u|aanmoediging|-0.99
p:dat u|bevelen|0.91
p:dat u|adviseren|-0.18
p:dat u|argumenteren|0.76
p:dat u|bekritiseren|1.16
p:dat u|prijzen|-0.94
p:dat u|interpreteren|-0.89
p:dat u|geruststellen|-0.74
p:dat u|afronding-aankondigen|-2.85
p:dat u|vervolgafspraak|-0.91
p:dat u|bedanken|1.72
p:dat valt|moraliseren|-0.98
p:dat valt|afleiden|-0.93
p:dat vandaan|gevoelsreflectie|1.0
p:dat vandaan|samenvatting|-1.0
p:dat vandaan|open-vraag|1.0
p:dat vera|ik-boodschap|1.0
p:dat vera|parafrase|-1.0
p:dat vind|ik-boodschap|2.8
p:dat vind|gevoelsreflectie|-0.91
p:dat vind|open-vraag|0.97
p:dat vind|waarschuwen|-0.99
p:dat vind|argumenteren|-0.8
p:dat vind|ondervragen|-0.93
p:dat vind|afronding-aankondigen|1.0
p:dat vond|samenvatting|-0.65
p:dat voor|samenvatting|-0.67
p:dat waait|afleiden|-0.53
p:dat was|bekritiseren|0.28
p:dat we|ik-boodschap|0.97
p:dat we|parafrase|-1.0
p:dat we|gevoelsreflectie|-1.0
p:dat we|argumenteren|1.78
p:dat we|prijzen|1.0
p:dat we|afronding-aankondigen|0.93
p:dat we|vervolgafspraak|0.91
p:dat we|bedanken|-1.99
p:dat weet|moraliseren|0.8
p:dat wel|geruststellen|0.8
p:dat wel|afleiden|-0.95
p:dat werkstuk|bevelen|1.82
p:dat wij|gevoelsreflectie|-0.84
p:dat ze|ik-boodschap|-0.95
p:dat ze|jij-boodschap|-0.47
p:dat ze|parafrase|1.83
p:dat ze|open-vraag|-0.83
p:dat ze|argumenteren|0.98
p:dat ze|prijzen|-1.0
p:dat ze|interpreteren|0.83
p:dat ze|geruststellen|-0.16
p:dat ze|ondervragen|-1.67
p:dat zegt|jij-boodschap|-0.93
p:dat zegt|bevelen|-0.87
p:dat zegt|argumenteren|-0.98
p:dat zegt|interpreteren|0.4
p:dat zelf|gevoelsreflectie|-0.96
p:dat zelf|open-vraag|0.78
p:dat zijn|moraliseren|0.94
p:dat zit|ik-boodschap|0.99
p:dat zit|argumenteren|-0.99
p:dat zo|jij-boodschap|2.75
p:dat zo|bekritiseren|1.48
p:dat zou|moraliseren|0.98
p:dat zoë|ik-boodschap|0.81
p:dat zoë|open-vraag|0.94
p:datum dankjewel|bedanken|0.83
p:datum met|bedanken|-0.9
p:de aansluiting|waarschuwen|-0.98
p:de administratie|ik-boodschap|0.96
p:de administratie|waarschuwen|-0.96
p:de advocaat|bekritiseren|-0.54
p:de advocaat|etiketteren|0.9
p:de afdelingsleider|gevoelsreflectie|-0.89
p:de afgelopen|ik-boodschap|2.91
p:de afgelopen|jij-boodschap|-0.92
p:de afgelopen|parafrase|-1.0
p:de afgelopen|open-vraag|-0.99
p:de afgelopen|argumenteren|-0.99
p:de afgelopen|bekritiseren|-0.89
p:de afspraak|ik-boodschap|0.96
p:de afspraak|jij-boodschap|0.79
p:de afspraak|argumenteren|-0.8
p:de afspraak|bekritiseren|0.89
p:de afspraken|jij-boodschap|-0.82
p:de afspraken|open-vraag|0.66
p:de afspraken|bevelen|0.86
p:de afspraken|bekritiseren|-0.82
p:de agenda|moraliseren|0.97
p:de andere|parafrase|1.0
p:de andere|open-vraag|1.0
p:de andere|moraliseren|-0.88
p:de andere|interpreteren|1.0
p:de anderen|ik-boodschap|2.66
p:de anderen|gevoelsreflectie|-0.93
p:de basisschool|ik-boodschap|-0.94
p:de basisschool|jij-boodschap|-0.97
p:de basisschool|open-vraag|1.0
p:de basisschool|moraliseren|-1.0
p:de basisschool|ondervragen|-1.0
p:de bel|samenvatting|-0.98
p:de beoordeling|parafrase|-0.82
p:de berichten|jij-boodschap|0.97
p:de berichten|bekritiseren|1.69
p:de beste|prijzen|0.99
p:de beste|geruststellen|-0.36
p:de bijles|ik-boodschap|-1.93
p:de bijles|parafrase|0.92
p:de bijles|gevoelsreflectie|-1.0
p:de bijles|samenvatting|1.0
p:de bijles|open-vraag|-0.92
p:de bijles|bevelen|1.6
p:de bijles|ondervragen|0.97
p:de bijles|afronding-aankondigen|0.96
p:de bijles|vervolgafspraak|0.46
p:de bijles|bedanken|-1.93
p:de boer|gevoelsreflectie|1.0
p:de bovenbouw|waarschuwen|-0.98
p:de brief|ik-boodschap|-1.64
p:de brief|jij-boodschap|-0.96
p:de brief|parafrase|0.92
p:de brief|samenvatting|-0.95
p:de brief|aanmoediging|-0.95
p:de brief|adviseren|-0.88
p:de brugklas|afleiden|-0.96
p:de bus|adviseren|0.99
p:de bus|interpreteren|-0.92
p:de cijferlijst|ik-boodschap|-0.96
p:de cijferlijst|argumenteren|0.96
p:de cijfers|ik-boodschap|-1.0
p:de cijfers|parafrase|-1.0
p:de cijfers|samenvatting|1.0
p:de cijfers|aanmoediging|-1.0
p:de cijfers|bevelen|-1.0
p:de cijfers|moraliseren|-1.0
p:de cijfers|afleiden|-0.95
p:de cijfers|vervolgafspraak|0.94
p:de clown|prijzen|-0.95
p:de clown|etiketteren|0.92
p:de communicatie|parafrase|0.9
p:de communicatie|samenvatting|-0.9
p:de communicatie|prijzen|-0.97
p:de communicatie|vervolgafspraak|-0.63
p:de conciërge|parafrase|-1.0
p:de conciërge|waarschuwen|0.95
p:de conciërge|bekritiseren|-0.99
p:de dag|waarschuwen|0.91
p:de dag|vervolgafspraak|0.8
p:de deadline|argumenteren|0.99
p:de deur|gevoelsreflectie|-0.94
p:de directeur|geruststellen|-0.96
p:de directie|waarschuwen|0.91
p:de docent|ik-boodschap|-0.92
p:de docent|prijzen|-0.97
p:de docent|afleiden|-0.93
p:de docent|vervolgafspraak|-0.63
p:de docenten|jij-boodschap|0.98
p:de docenten|moraliseren|-0.72
p:de docenten|bekritiseren|0.98
p:de draad|vervolgafspraak|-0.99
p:de eerste|jij-boodschap|-0.93
p:de eerste|bekritiseren|-0.71
p:de eerste|geruststellen|0.92
p:de ernst|jij-boodschap|-0.96
p:de excursie|afronding-aankondigen|-0.92
p:de fiets|ondervragen|-0.94
p:de gang|waarschuwen|0.99
p:de gang|bekritiseren|-0.87
p:de gaten|samenvatting|0.81
p:de gaten|geruststellen|0.64
p:de gaten|afronding-aankondigen|0.97
p:de gaten|bedanken|0.97
p:de gestolen|parafrase|-1.0
p:de grens|interpreteren|1.0
p:de groep|jij-boodschap|1.58
p:de groepsapp|open-vraag|0.95
p:de groepsopdracht|ik-boodschap|0.73
p:de groepsopdracht|gevoelsreflectie|-0.93
p:de grote|etiketteren|0.98
p:de gymdocent|jij-boodschap|-0.82
p:de gymdocent|open-vraag|0.66
p:de gymdocent|bekritiseren|-0.82
p:de gymles|ik-boodschap|0.9
p:de gymles|gevoelsreflectie|1.75
p:de gymles|interpreteren|0.99
p:de hand|bekritiseren|1.44
p:de hand|geruststellen|-0.49
p:de havo|parafrase|-0.87
p:de havo|gevoelsreflectie|0.99
p:de havo|waarschuwen|0.92
p:de hele|parafrase|0.87
p:de hele|gevoelsreflectie|-0.94
p:de hele|samenvatting|-0.65
p:de hele|bevelen|0.97
p:de hele|waarschuwen|0.99
p:de hele|argumenteren|0.94
p:de hele|etiketteren|0.91
p:de hele|vervolgafspraak|-0.93
p:de herfstvakantie|ik-boodschap|1.89
p:de herfstvakantie|jij-boodschap|-0.95
p:de herfstvakantie|adviseren|-0.9
p:de herfstvakantie|bekritiseren|-1.5
p:de herkansing|argumenteren|-0.94
p:de herkansingsdata|samenvatting|-1.0
p:de hond|afleiden|0.95
p:de hoogte|samenvatting|0.65
p:de hoogte|waarschuwen|-1.0
p:de hoogte|moraliseren|1.89
p:de hoogte|interpreteren|-1.0
p:de hoogte|ondervragen|0.62
p:de hoogte|bedanken|0.96
p:de huisarts|samenvatting|0.92
p:de huisarts|adviseren|0.89
p:de huisarts|geruststellen|0.92
p:de huisarts|afleiden|-0.94
p:de huisarts|vervolgafspraak|0.83
p:de huiswerkbegeleiding|ondervragen|-0.93
p:de huiswerkklas|parafrase|-0.98
p:de huiswerkklas|samenvatting|0.89
p:de huiswerkklas|waarschuwen|-0.83
p:de instructie|open-vraag|-0.98
p:de instructie|vervolgafspraak|0.98
p:de jaarplanning|adviseren|-0.9
p:de juf|parafrase|0.93
p:de kampweek|parafrase|-0.91
p:de kampweek|samenvatting|0.91
p:de kans|ik-boodschap|0.91
p:de kans|bevelen|1.0
p:de keuken|adviseren|0.86
p:de keuze|parafrase|-0.87
p:de keuze|gevoelsreflectie|0.99
p:de klas|ik-boodschap|1.0
p:de klas|jij-boodschap|-1.64
p:de klas|parafrase|-0.9
p:de klas|open-vraag|0.22
p:de klas|bevelen|-0.16
p:de klas|bekritiseren|0.48
p:de klas|prijzen|0.93
p:de klas|afleiden|-1.0
p:de klas|vervolgafspraak|-0.98
p:de kleedkamer|open-vraag|-0.82
p:de kluisjes|ik-boodschap|0.89
p:de kritiek|bekritiseren|-0.91
p:de laatste|adviseren|0.9
p:de laatste|geruststellen|0.92
p:de laptop|vervolgafspraak|-0.94
p:de laptops|ik-boodschap|1.0
p:de laptops|interpreteren|-1.0
p:de laptops|afronding-aankondigen|-1.0
p:de laptops|vervolgafspraak|-1.0
p:de laptops|bedanken|-1.0
p:de leerplichtambtenaar|jij-boodschap|-0.96
p:de leerplichtambtenaar|waarschuwen|0.99
p:de les|ik-boodschap|-0.8
p:de les|parafrase|-1.0
p:de les|bevelen|1.0
p:de les|waarschuwen|-0.91
p:de les|argumenteren|-0.85
p:de les|bekritiseren|0.3
p:de les|interpreteren|-1.0
p:de les|geruststellen|-0.91
p:de les|afronding-aankondigen|-1.0
p:de les|vervolgafspraak|-1.0
p:de les|bedanken|-1.0
p:de leukste|prijzen|0.91
p:de leukste|etiketteren|-0.91
p:de lunch|open-vraag|0.93
p:de lunch|argumenteren|-0.68
p:de mail|ik-boodschap|-0.93
p:de mail|samenvatting|0.96
p:de mail|adviseren|-0.97
p:de mail|argumenteren|0.97
p:de mail|ondervragen|0.74
p:de mail|vervolgafspraak|-0.59
p:de mails|bekritiseren|0.93
p:de meivakantie|vervolgafspraak|-0.95
p:de mentor|ik-boodschap|-1.0
p:de mentor|parafrase|0.87
p:de mentor|samenvatting|-0.25
p:de mentor|open-vraag|0.22
p:de mentor|bevelen|-0.73
p:de mentor|adviseren|1.0
p:de mentor|etiketteren|-1.0
p:de mentor|geruststellen|0.64
p:de mentor|ondervragen|0.94
p:de mentor|bedanken|0.96
p:de mentorles|vervolgafspraak|-0.95
p:de moeite|jij-boodschap|0.98
p:de moeite|bekritiseren|0.81
p:de nieuwe|ik-boodschap|0.99
p:de nieuwe|argumenteren|-0.99
p:de nieuwe|geruststellen|0.96
p:de normering|parafrase|0.87
p:de normering|argumenteren|0.94
p:de oefeningen|ik-boodschap|0.87
p:de oefeningen|gevoelsreflectie|-0.91
p:de onderbouw|etiketteren|-0.91
p:de onderbouw|vervolgafspraak|-0.8
p:de opdracht|samenvatting|-0.99
p:de opdracht|argumenteren|0.68
p:de opdracht|geruststellen|-0.99
p:de opdrachten|open-vraag|0.73
p:de opgaven|vervolgafspraak|0.99
p:de orde|bevelen|-0.8
p:de ouderavond|ik-boodschap|-1.0
p:de ouderavond|aanmoediging|-0.95
p:de ouderavond|bedanken|-0.97
p:de oudste|etiketteren|-0.94
p:de overgangsnormen|argumenteren|0.85
p:de overstap|open-vraag|-0.83
p:de pauze|ik-boodschap|-0.84
p:de pauze|gevoelsreflectie|-0.92
p:de pauze|bekritiseren|-0.99
p:de pauzes|waarschuwen|-0.99
p:de pesterijen|afronding-aankondigen|0.96
p:de planning|jij-boodschap|0.94
p:de planning|adviseren|-1.0
p:de planning|bekritiseren|0.94
p:de planning|afleiden|-0.91
p:de playstation|moraliseren|0.46
p:de puberteit|moraliseren|-0.93
p:de puberteit|interpreteren|-0.86
p:de puberteit|geruststellen|-0.66
p:de puberteit|afleiden|1.47
p:de pubertijd|moraliseren|-0.98
p:de rapportvergadering|gevoelsreflectie|-1.0
p:de rapportvergadering|samenvatting|-1.0
p:de regels|bevelen|-1.0
p:de regels|waarschuwen|0.91
p:de regels|argumenteren|1.9
p:de regels|geruststellen|-1.0
p:de reistijd|afronding-aankondigen|-0.97
p:de rest|parafrase|0.93
p:de rest|samenvatting|-0.88
p:de rest|argumenteren|0.95
p:de rest|vervolgafspraak|0.8
p:de ruzie|samenvatting|0.99
p:de ruzie|open-vraag|0.95
p:de ruzie|adviseren|-0.89
p:de scheiding|gevoelsreflectie|-0.95
p:de scheiding|interpreteren|0.96
p:de scheiding|geruststellen|-0.96
p:de school|parafrase|0.88
p:de school|gevoelsreflectie|0.98
p:de school|open-vraag|-0.99
p:de school|waarschuwen|-1.0
p:de school|moraliseren|1.0
p:de school|argumenteren|0.96
p:de school|bekritiseren|-0.94
p:de school|interpreteren|0.26
p:de schoolarts|vervolgafspraak|0.8
p:de schoolresultaten|moraliseren|0.9
p:de schorsing|parafrase|0.99
p:de schorsing|gevoelsreflectie|1.81
p:de schorsing|samenvatting|-0.95
p:de schorsing|prijzen|-0.99
p:de schrijfopdracht|vervolgafspraak|-0.79
p:de sectie|gevoelsreflectie|0.94
p:de sectie|samenvatting|0.89
p:de sectie|argumenteren|-0.94
p:de sectie|vervolgafspraak|0.63
p:de sfeer|jij-boodschap|0.98
p:de sfeer|samenvatting|0.93
p:de sfeer|bekritiseren|1.48
p:de sfeer|afronding-aankondigen|-0.97
p:de signalen|bevelen|-0.99
p:de slimste|prijzen|0.97
p:de steek|samenvatting|-0.61
p:de steek|open-vraag|-0.99
p:de stof|waarschuwen|-0.99
p:de straf|parafrase|0.98
p:de studiewijzer|samenvatting|-1.0
p:de studiewijzer|argumenteren|1.68
p:de studiewijzer|bekritiseren|0.91
p:de tafel|open-vraag|-0.98
p:de tafel|vervolgafspraak|0.98
p:de tandarts|bevelen|-0.9
p:de tandarts|vervolgafspraak|-0.83
p:de tas|ik-boodschap|-1.0
p:de tas|argumenteren|-1.0
p:de teamleider|samenvatting|-0.67
p:de teamleider|waarschuwen|1.73
p:de teamleider|vervolgafspraak|0.97
p:de telefoon|open-vraag|0.92
p:de telefoon|adviseren|0.86
p:de telefoons|vervolgafspraak|-0.98
p:de tijd|aanmoediging|0.96
p:de toets|ik-boodschap|1.9
p:de toets|parafrase|1.0
p:de toets|gevoelsreflectie|0.94
p:de toets|samenvatting|0.96
p:de toets|waarschuwen|-0.99
p:de toets|bekritiseren|-1.93
p:de toets|prijzen|-1.0
p:de toets|interpreteren|-0.64
p:de toets|ondervragen|-1.0
p:de toetsdatum|ik-boodschap|-0.98
p:de toetsen|parafrase|-0.9
p:de toetsen|samenvatting|-1.0
p:de toetsen|afronding-aankondigen|-0.97
p:de toetsweek|ik-boodschap|0.99
p:de toetsweek|adviseren|-0.9
p:de toetsweek|vervolgafspraak|0.22
p:de tolk|ik-boodschap|-0.83
p:de tolk|parafrase|0.82
p:de trap|ik-boodschap|0.96
p:de tweede|waarschuwen|0.99
p:de tweede|bekritiseren|-0.95
p:de tweede|geruststellen|0.1
p:de uitleg|ik-boodschap|0.81
p:de uitleg|open-vraag|1.97
p:de uitnodiging|ik-boodschap|-1.0
p:de uitnodiging|argumenteren|-0.94
p:de vakantie|jij-boodschap|0.85
p:de vakantie|prijzen|0.15
p:de vakantie|etiketteren|0.85
p:de vakdocenten|samenvatting|1.0
p:de vakdocenten|adviseren|-1.0
p:de vakdocenten|vervolgafspraak|1.0
p:de verbouwing|open-vraag|-0.93
p:de verbouwing|afleiden|0.93
p:de verjaardag|gevoelsreflectie|-0.97
p:de vertrouwenspersoon|vervolgafspraak|0.95
p:de vierde|ik-boodschap|-0.96
p:de volgende|waarschuwen|1.0
p:de volgende|afronding-aankondigen|1.0
p:de volgende|vervolgafspraak|-1.85
p:de vriendschappen|ik-boodschap|-1.0
p:de vriendschappen|parafrase|-1.0
p:de vriendschappen|samenvatting|1.0
p:de vriendschappen|open-vraag|-1.0
p:de vriendschappen|aanmoediging|-1.0
p:de vriendschappen|bevelen|-1.0
p:de vries|gevoelsreflectie|-1.0
p:de wc|ik-boodschap|-0.98
p:de wc|gevoelsreflectie|-0.99
p:de website|argumenteren|-2.74
p:de week|moraliseren|-0.99
p:de week|adviseren|0.99
p:de wereld|afleiden|0.95
p:de werkweek|ik-boodschap|-1.64
p:de werkweek|parafrase|0.82
p:de wifi|adviseren|0.83
p:de ziekmelding|ik-boodschap|0.96
p:de ziekmelding|waarschuwen|-0.96
p:de zomervakantie|samenvatting|-0.97
p:de zorgcommissie|afronding-aankondigen|-0.97
p:de zorgcoordinator|samenvatting|-0.88
p:de zorgcoordinator|afronding-aankondigen|0.64
p:de zorgcoordinator|vervolgafspraak|0.93
p:de zorgcoordinator|bedanken|-0.82
p:de zorgcoördinator|ik-boodschap|-0.8
p:de zorgcoördinator|samenvatting|0.92
p:de zorgcoördinator|waarschuwen|-0.99
p:de zorgcoördinator|argumenteren|-0.8
p:de zorgcoördinator|vervolgafspraak|1.86
p:deadline stond|argumenteren|0.99
p:deadline te|argumenteren|0.49
p:deed hij|aanmoediging|-0.95
p:deed je|open-vraag|-0.86
p:deed je|ondervragen|0.86
p:deed u|samenvatting|-0.95
p:deed u|aanmoediging|0.91
p:deelt dank|bekritiseren|-0.57
p:deelt dank|bedanken|0.99
p:degene die|jij-boodschap|1.64
p:degene die|bekritiseren|0.93
p:delen als|open-vraag|0.97
p:denk dat|jij-boodschap|1.07
p:denk dat|adviseren|-0.92
p:denk dat|bekritiseren|1.04
p:denk dat|etiketteren|0.85
p:denk dat|interpreteren|0.82
p:denk dat|geruststellen|0.83
p:denk dat|afronding-aankondigen|0.93
p:denk eerder|parafrase|0.99
p:denk ik|prijzen|-1.0
p:denk ik|interpreteren|2.81
p:denk je|parafrase|-0.95
p:denk je|samenvatting|0.95
p:denken altijd|prijzen|0.98
p:denken laten|afleiden|0.87
p:denkt dat|bekritiseren|2.68
p:denkt dat|geruststellen|0.93
p:denkt u|parafrase|0.98
p:denkt u|ondervragen|-1.67
p:deur dichtsloeg|ik-boodschap|-0.99
p:deur dichtsmeet|ik-boodschap|0.94
p:deur dichtsmeet|gevoelsreflectie|-0.94
p:deze leeftijd|bekritiseren|-0.67
p:deze leeftijd|geruststellen|0.66
p:deze maand|argumenteren|-1.0
p:deze periode|etiketteren|-0.92
p:deze school|geruststellen|0.39
p:deze week|gevoelsreflectie|-0.91
p:deze week|open-vraag|0.78
p:deze week|waarschuwen|0.96
p:deze week|adviseren|-0.9
p:deze week|vervolgafspraak|-0.99
p:deze zomer|open-vraag|-0.95
p:deze zomer|afleiden|0.95
p:dezelfde klas|moraliseren|-0.98
p:dicht gaat|vervolgafspraak|-0.94
p:dichtsloeg schrok|ik-boodschap|-0.99
p:dichtsmeet schrok|ik-boodschap|0.94
p:dichtsmeet schrok|gevoelsreflectie|-0.94
p:die afspraak|jij-boodschap|0.96
p:die dat|jij-boodschap|-0.93
p:die eraan|samenvatting|-1.0
p:die examens|bekritiseren|-0.92
p:die examens|geruststellen|0.92
p:die gegevens|waarschuwen|-0.99
p:die groep|gevoelsreflectie|0.97
p:die groep|adviseren|-0.92
p:die helikopterouders|bekritiseren|-0.99
p:die helikopterouders|etiketteren|0.99
p:die herkansing|geruststellen|1.75
p:die houding|jij-boodschap|-1.0
p:die ik|parafrase|-0.82
p:die keuze|ondervragen|-0.93
p:die lastig|open-vraag|-0.99
p:die leeftijd|etiketteren|-0.97
p:die leeftijd|geruststellen|-0.97
p:die leeftijd|afleiden|0.97
p:die mail|jij-boodschap|-0.71
p:die mail|bekritiseren|0.95
p:die ongeldig|samenvatting|-0.92
p:die opmerking|argumenteren|-0.91
p:die overal|prijzen|-0.99
p:die overal|etiketteren|0.99
p:die pest|jij-boodschap|1.64
p:die pest|bekritiseren|0.93
p:die playstation|bekritiseren|0.94
p:die pushende|jij-boodschap|0.98
p:die te|argumenteren|0.98
p:die telefon|moraliseren|-1.0
p:die telefoon|parafrase|0.91
p:die telefoon|bevelen|0.92
p:die telefoon|adviseren|0.91
p:die telefoon|etiketteren|-0.75
p:die toets|interpreteren|0.93
p:die toets|geruststellen|-0.93
p:die twee|interpreteren|-0.5
p:die van|ik-boodschap|0.96
p:die we|afronding-aankondigen|-0.96
p:die zoveel|geruststellen|-0.7
p:dient zich|bevelen|0.86
p:dingen de|ik-boodschap|-1.0
p:dingen de|parafrase|-1.0
p:dingen de|samenvatting|1.0
p:dingen de|open-vraag|-1.0
p:dingen de|aanmoediging|-1.0
p:dingen de|bevelen|-1.0
p:dingen gehad|afronding-aankondigen|-0.97
p:dinsdag is|samenvatting|-0.8
p:dinsdag naar|samenvatting|0.89
p:dinsdag verder|vervolgafspraak|0.91
p:dipje in|bekritiseren|-0.95
p:dipje in|geruststellen|0.95
p:diploma echt|geruststellen|-0.93
p:diploma niet|waarschuwen|0.93
p:directeur sturen|geruststellen|-0.96
p:discussie hebben|jij-boodschap|-0.98
p:dit aankaart|geruststellen|-0.95
p:dit alleen|jij-boodschap|-0.9
p:dit alleen|bevelen|-0.99
p:dit alleen|bekritiseren|-0.99
p:dit belangrijk|gevoelsreflectie|-0.9
p:dit best|ik-boodschap|-0.91
p:dit de|prijzen|0.99
p:dit de|geruststellen|-0.83
p:dit denk|prijzen|-1.0
p:dit denk|interpreteren|1.0
p:dit dit|prijzen|-0.99
p:dit enorm|waarschuwen|0.93
p:dit gaat|waarschuwen|-1.85
p:dit gaat|argumenteren|-1.79
p:dit geen|bekritiseren|0.45
p:dit gesprek|ik-boodschap|-0.84
p:dit gesprek|samenvatting|-0.95
p:dit gesprek|afronding-aankondigen|-0.84
p:dit gesprek|vervolgafspraak|-0.85
p:dit gesprek|bedanken|0.9
p:dit heeft|waarschuwen|0.76
p:dit is|waarschuwen|0.99
p:dit is|bekritiseren|0.92
p:dit jaar|jij-boodschap|0.93
p:dit jaar|waarschuwen|-0.92
p:dit kan|waarschuwen|0.92
p:dit kan|prijzen|-0.99
p:dit komt|geruststellen|0.97
p:dit kwartaal|jij-boodschap|-0.95
p:dit kwartaal|bekritiseren|-0.95
p:dit lukt|prijzen|1.0
p:dit lukt|etiketteren|-1.0
p:dit melden|argumenteren|1.76
p:dit met|bekritiseren|-0.57
p:dit met|bedanken|0.99
p:dit niet|ik-boodschap|-1.0
p:dit niet|prijzen|1.0
p:dit nog|moraliseren|0.94
p:dit oppakt|prijzen|0.99
p:dit oppakt|interpreteren|-0.99
p:dit schooljaar|etiketteren|-0.93
p:dit soort|bekritiseren|0.95
p:dit te|gevoelsreflectie|0.95
p:dit te|bekritiseren|-0.93
p:dit toch|waarschuwen|-0.97
p:dit u|gevoelsreflectie|1.0
p:dit vast|jij-boodschap|-0.3
p:dit vast|geruststellen|-0.92
p:dit vertelt|afronding-aankondigen|-0.89
p:dit was|jij-boodschap|1.0
p:dit was|bekritiseren|1.0
p:dit zo|ik-boodschap|-0.96
p:dit zo|jij-boodschap|-0.96
p:dit zo|prijzen|-0.99
p:docent en|prijzen|-0.97
p:docent en|vervolgafspraak|-0.63
p:docent frans|samenvatting|1.83
p:docent hoort|afleiden|-0.93
p:docent moet|ik-boodschap|-0.92
p:docent nederlands|bevelen|-0.94
p:docent te|bekritiseren|0.92
p:docent zo|moraliseren|0.96
p:docent zo|adviseren|-0.96
p:docent zo|argumenteren|-0.62
p:docenten afschuift|jij-boodschap|0.98
p:docenten afschuift|bekritiseren|0.98
p:docenten bram|afleiden|-0.95
p:dochter ?|gevoelsreflectie|-0.97
p:dochter heeft|ik-boodschap|0.92
p:dochter heeft|bevelen|-0.88
p:dochter heeft|vervolgafspraak|-0.99
p:dochter op|jij-boodschap|-0.84
p:doe dat|bevelen|-0.61
p:doe dat|waarschuwen|0.97
p:doe die|etiketteren|-0.75
p:doe je|jij-boodschap|-1.7
p:doe je|waarschuwen|-0.98
p:doe je|moraliseren|1.79
p:doe je|argumenteren|-0.94
p:doe je|bekritiseren|-1.8
p:doe je|afleiden|-0.46
p:doe niet|waarschuwen|-0.83
p:doe niet|moraliseren|-1.0
p:doe niet|prijzen|-1.0
p:doe niet|etiketteren|1.9
p:doe niet|geruststellen|-1.0
p:doe niet|afleiden|-0.92
p:doen ?|open-vraag|-0.95
p:doen ?|afleiden|0.95
p:doen de|ik-boodschap|0.73
p:doen de|gevoelsreflectie|-0.93
p:doen in|prijzen|0.97
p:doen milan|bevelen|-0.93
p:doen milan|adviseren|0.93
p:doen thuis|jij-boodschap|0.89
p:doen wat|adviseren|-0.86
p:doet dat|interpreteren|0.71
p:doet dat|geruststellen|-0.44
p:doet dit|jij-boodschap|-0.9
p:doet dit|bevelen|-0.99
p:doet dit|bekritiseren|-0.99
p:doet echt|bekritiseren|0.99
p:doet echt|geruststellen|-0.91
p:doet elke|afleiden|0.95
p:doet goed|bekritiseren|-0.7
p:doet het|geruststellen|1.0
p:doet het|afleiden|-1.0
p:doet hij|open-vraag|-1.0
p:doet hij|interpreteren|0.99
p:doet hij|ondervragen|1.0
p:doet is|jij-boodschap|0.98
p:doet me|ik-boodschap|0.89
p:doet me|bekritiseren|-0.99
p:doet niets|interpreteren|-1.0
p:doet niets|geruststellen|2.29
p:doet ook|bevelen|0.9
p:doet ook|bekritiseren|0.9
p:doet steeds|jij-boodschap|0.93
p:doet steeds|bekritiseren|0.93
p:doet u|jij-boodschap|-0.4
p:doet u|samenvatting|-0.9
p:doet u|bekritiseren|-0.18
p:doet volgt|moraliseren|0.94
p:doet ze|jij-boodschap|-0.47
p:doet ze|bekritiseren|0.71
p:doet ze|geruststellen|-0.52
p:doet zo|interpreteren|1.0
p:dom en|samenvatting|0.95
p:domme vraag|jij-boodschap|-1.0
p:donderdag na|vervolgafspraak|0.99
p:donderdag om|open-vraag|-0.98
p:donderdag om|afronding-aankondigen|0.91
p:donderdag om|vervolgafspraak|1.85
p:donderdag praten|ik-boodschap|-0.96
p:donderdag praten|vervolgafspraak|0.96
p:donderdag wat|afronding-aankondigen|-0.97
p:donderdag zo|samenvatting|-0.95
p:donderdagmiddag even|bedanken|-0.94
p:door de|ik-boodschap|0.93
p:door de|jij-boodschap|0.85
p:door de|parafrase|0.88
p:door de|open-vraag|-1.66
p:door de|waarschuwen|0.95
p:door de|etiketteren|0.85
p:door elkaar|open-vraag|-0.93
p:door geraakt|aanmoediging|0.96
p:door je|jij-boodschap|-0.93
p:door je|gevoelsreflectie|0.99
p:door je|open-vraag|0.94
p:door je|ondervragen|-0.97
p:door meneer|gevoelsreflectie|1.0
p:door te|moraliseren|-0.99
p:door u|parafrase|-0.98
p:door u|open-vraag|0.98
p:door verrast|ik-boodschap|0.9
p:door verrast|prijzen|-0.93
p:doordat hij|argumenteren|-0.99
p:doordat hij|interpreteren|0.88
p:doordat hij|geruststellen|-0.94
p:doordat lotte|vervolgafspraak|-0.79
p:doordeweekse avond|adviseren|-0.8
p:doorgaan krijgt|moraliseren|-0.94
p:doorgaan krijgt|afleiden|-0.83
p:doorgaat bel|ik-boodschap|-0.87
p:doorgaat bel|waarschuwen|1.85
p:doorgaat blijft|prijzen|-0.99
p:doorgaat haalt|waarschuwen|0.93
p:doorgaat lig|jij-boodschap|1.86
p:doorgaat lig|bekritiseren|1.48
p:doorgaat mist|waarschuwen|-0.98
p:doorgaat moet|jij-boodschap|-0.96
p:doorgaat verliest|waarschuwen|-0.94
p:doorgeven heb|ik-boodschap|0.96
p:doorgeven heb|waarschuwen|-0.96
p:draad kwijt|vervolgafspraak|-0.99
p:draait wel|geruststellen|1.0
p:dramatisch als|adviseren|-0.99
p:dramatisch als|geruststellen|0.69
p:dramatisch mevrouw|moraliseren|-1.0
p:dramatisch mevrouw|geruststellen|-1.0
p:drie dagen|ik-boodschap|1.0
p:drie dagen|bekritiseren|0.86
p:drie dingen|afronding-aankondigen|-0.97
p:drie jaar|bevelen|-0.96
p:drie keer|ik-boodschap|1.06
p:drie keer|jij-boodschap|0.39
p:drie keer|parafrase|-1.0
p:drie keer|moraliseren|-1.0
p:drie keer|adviseren|-0.9
p:drie keer|bekritiseren|-0.16
p:drie keer|vervolgafspraak|-0.99
p:drie kinderen|etiketteren|-0.94
p:drie lessen|ik-boodschap|0.92
p:drie lessen|waarschuwen|-0.99
p:drie onvoldoendes|argumenteren|1.6
p:drie uur|jij-boodschap|0.75
p:drie uur|afronding-aankondigen|-0.93
p:drie weken|ik-boodschap|-0.98
p:drie weken|samenvatting|1.81
p:drie weken|open-vraag|-0.99
p:drie weken|adviseren|-0.1
p:drie weken|argumenteren|0.99
p:drie weken|afleiden|-0.73
p:drie weken|vervolgafspraak|1.94
p:druk dat|bevelen|-0.93
p:druk hij|geruststellen|0.82
p:druk is|interpreteren|-0.62
p:druk je|bevelen|1.0
p:druk je|geruststellen|1.0
p:druk ze|ik-boodschap|-0.94
p:drukte vandaag|etiketteren|-0.91
p:duidelijk ?|bevelen|0.81
p:duidelijk als|argumenteren|0.98
p:duidelijk door|aanmoediging|0.96
p:duidelijk helemaal|aanmoediging|-0.93
p:duidelijk is|ik-boodschap|-0.98
p:duidelijk na|moraliseren|-1.0
p:duidelijk na|argumenteren|1.0
p:duidelijk teleurgesteld|gevoelsreflectie|0.94
p:duidelijk teleurgesteld|samenvatting|0.89
p:duidelijk teleurgesteld|argumenteren|-0.94
p:duidelijk teleurgesteld|vervolgafspraak|0.63
p:duidelijk wie|argumenteren|0.99
p:duits misgaat|parafrase|1.0
p:duits misgaat|open-vraag|1.0
p:duits niet|parafrase|-1.0
p:duits niet|argumenteren|-1.0
p:duits niet|geruststellen|-1.0
p:durfde te|bedanken|0.88
p:durft het|geruststellen|-0.95
p:dus af|samenvatting|0.94
p:dus als|gevoelsreflectie|-0.98
p:dus als|samenvatting|-0.91
p:dus als|open-vraag|-0.98
p:dus als|geruststellen|-0.9
p:dus dat|parafrase|1.91
p:dus dat|gevoelsreflectie|-0.95
p:dus dat|open-vraag|1.0
p:dus dat|adviseren|0.91
p:dus de|argumenteren|0.96
p:dus dit|prijzen|1.0
p:dus dit|etiketteren|-1.0
p:dus eigenlijk|open-vraag|-0.73
p:dus eigenlijk|interpreteren|-0.96
p:dus even|ik-boodschap|-0.94
p:dus even|parafrase|-0.91
p:dus even|samenvatting|0.91
p:dus het|parafrase|1.83
p:dus het|samenvatting|-0.9
p:dus ik|ik-boodschap|-0.92
p:dus ik|samenvatting|0.92
p:dus ik|bevelen|-0.92
p:dus ik|prijzen|1.9
p:dus ik|etiketteren|-0.91
p:dus ik|interpreteren|-0.99
p:dus ik|vervolgafspraak|0.83
p:dus ik|bedanken|-0.92
p:dus je|ik-boodschap|0.98
p:dus je|samenvatting|0.91
p:dus je|open-vraag|0.91
p:dus je|argumenteren|-0.34
p:dus je|geruststellen|-0.92
p:dus jij|samenvatting|0.89
p:dus jij|argumenteren|-0.94
p:dus jij|prijzen|0.97
p:dus om|jij-boodschap|-0.93
p:dus om|open-vraag|-0.98
p:dus op|samenvatting|-0.8
p:dus teleurgesteld|gevoelsreflectie|1.81
p:dus tot|parafrase|-0.93
p:dus tot|gevoelsreflectie|-0.93
p:dus u|ik-boodschap|-1.0
p:dus u|jij-boodschap|0.75
p:dus u|parafrase|-0.83
p:dus u|gevoelsreflectie|-0.83
p:dus u|samenvatting|-0.67
p:dus u|bevelen|-0.97
p:dus u|waarschuwen|-0.94
p:dus u|prijzen|1.0
p:dus u|geruststellen|0.1
p:dus u|vervolgafspraak|-0.71
p:dus volgens|parafrase|0.99
p:dus volgens|samenvatting|-0.97
p:dus volgens|open-vraag|-0.94
p:dus volgens|prijzen|-0.99
p:dus we|aanmoediging|-1.0
p:dus we|moraliseren|-1.0
p:dus we|adviseren|-1.0
p:dus we|afleiden|-1.0
p:dus ze|parafrase|0.98
p:dus zijn|ik-boodschap|0.92
p:dus zijn|jij-boodschap|-0.92
p:dus zijn|bekritiseren|-0.89
p:duurt het|moraliseren|0.98
p:dwingen om|jij-boodschap|-0.86
p:dwingen om|bekritiseren|-0.95
p:dyslexie over|vervolgafspraak|-0.36
p:echt afsluiten|vervolgafspraak|-0.85
p:echt de|jij-boodschap|-1.53
p:echt een|jij-boodschap|-1.0
p:echt een|gevoelsreflectie|0.92
p:echt een|bekritiseren|-1.0
p:echt een|prijzen|1.05
p:echt een|etiketteren|0.87
p:echt een|vervolgafspraak|-0.94
p:echt geen|jij-boodschap|-0.9
p:echt geen|gevoelsreflectie|0.96
p:echt geen|open-vraag|0.87
p:echt geschrokken|ik-boodschap|0.9
p:echt goed|gevoelsreflectie|1.0
p:echt goed|geruststellen|1.96
p:echt hard|jij-boodschap|-0.95
p:echt hard|bekritiseren|-0.95
p:echt heel|bekritiseren|0.29
p:echt helemaal|bekritiseren|0.99
p:echt helemaal|geruststellen|-0.91
p:echt het|adviseren|0.93
p:echt mee|interpreteren|-1.0
p:echt met|bevelen|-0.94
p:echt mooi|ik-boodschap|0.96
p:echt niet|jij-boodschap|0.98
p:echt niet|bekritiseren|0.95
p:echt niet|prijzen|-0.99
p:echt niet|geruststellen|1.95
p:echt niks|afleiden|1.0
p:echt onbeschoft|ik-boodschap|-1.0
p:echt onbeschoft|jij-boodschap|1.0
p:echt onbeschoft|parafrase|-1.0
p:echt onbeschoft|gevoelsreflectie|-1.0
p:echt onbeschoft|samenvatting|-1.0
p:echt onbeschoft|open-vraag|-1.0
p:echt onbeschoft|aanmoediging|-1.0
p:echt onbeschoft|bevelen|-1.0
p:echt onbeschoft|waarschuwen|-1.0
p:echt onbeschoft|moraliseren|-1.0
p:echt onbeschoft|adviseren|-1.0
p:echt onbeschoft|argumenteren|-1.0
p:echt onbeschoft|bekritiseren|1.0
p:echt onbeschoft|prijzen|-1.0
p:echt onbeschoft|etiketteren|-1.0
p:echt onbeschoft|interpreteren|-1.0
p:echt onbeschoft|geruststellen|-1.0
p:echt onbeschoft|ondervragen|-1.0
p:echt onbeschoft|afleiden|-1.0
p:echt onbeschoft|afronding-aankondigen|-1.0
p:echt onbeschoft|vervolgafspraak|-1.0
p:echt onbeschoft|bedanken|-1.0
p:echt ongepast|jij-boodschap|-0.98
p:echt ongepast|geruststellen|-0.96
p:echt ongerust|geruststellen|-0.93
p:echt pissig|geruststellen|-1.0
p:echt pissig|afleiden|-1.0
p:echt slecht|jij-boodschap|0.23
p:echt tof|ik-boodschap|0.98
p:echt van|ik-boodschap|0.92
p:echt van|jij-boodschap|0.98
p:echt van|gevoelsreflectie|-0.15
p:echt van|open-vraag|-0.99
p:echt van|bekritiseren|-0.99
p:echt van|etiketteren|0.99
p:echt vervelend|open-vraag|-0.67
p:echt voor|jij-boodschap|1.0
p:echt wel|ik-boodschap|-0.89
p:echt wel|gevoelsreflectie|-0.97
p:echt wel|adviseren|-0.97
p:echt wel|geruststellen|1.91
p:echt zorgen|ik-boodschap|-1.0
p:echt zorgen|bevelen|-0.97
p:echte dramaqueen|jij-boodschap|0.88
p:echte pestkop|jij-boodschap|-1.0
p:echte pestkop|bekritiseren|-1.0
p:echte pestkop|etiketteren|1.0
p:een 1|samenvatting|-0.92
p:een 4|ik-boodschap|0.81
p:een 4|jij-boodschap|-0.98
p:een 4|gevoelsreflectie|1.95
p:een 4|open-vraag|0.94
p:een 4|argumenteren|2.49
p:een 4|bekritiseren|-0.98
p:een 4|geruststellen|-1.95
p:een 5|jij-boodschap|-0.98
p:een 5|argumenteren|0.25
p:een 5|bekritiseren|-0.98
p:een 6|gevoelsreflectie|-0.97
p:een 6|samenvatting|-0.88
p:een 6|argumenteren|0.95
p:een 7|ik-boodschap|0.81
p:een 7|open-vraag|0.94
p:een 7|adviseren|-0.99
p:een 7|argumenteren|-0.99
p:een 7|prijzen|0.91
p:een achterstand|open-vraag|-0.99
p:een achterstand|afronding-aankondigen|-0.99
p:een afspraak|ik-boodschap|-0.92
p:een afspraak|samenvatting|0.92
p:een afspraak|adviseren|0.89
p:een ander|afleiden|0.44
p:een andere|ik-boodschap|-0.81
p:een andere|parafrase|1.0
p:een andere|gevoelsreflectie|-1.0
p:een andere|open-vraag|-0.97
p:een andere|interpreteren|-1.32
p:een beetje|ik-boodschap|-0.82
p:een beetje|gevoelsreflectie|1.83
p:een beetje|open-vraag|0.93
p:een beetje|moraliseren|-0.81
p:een beetje|etiketteren|-1.0
p:een beetje|interpreteren|0.83
p:een beetje|geruststellen|0.83
p:een beetje|ondervragen|-0.97
p:een beetje|afronding-aankondigen|-0.99
p:een beetje|vervolgafspraak|-0.95
p:een belachelijke|jij-boodschap|-0.93
p:een belachelijke|bekritiseren|1.0
p:een beloningssysteem|adviseren|1.0
p:een beloningssysteem|ondervragen|-0.98
p:een betrokken|prijzen|-0.95
p:een bijbaantje|moraliseren|-0.95
p:een blauw|ik-boodschap|0.92
p:een brief|prijzen|-1.0
p:een brief|etiketteren|-1.0
p:een cijfer|geruststellen|0.94
p:een cijfer|afleiden|-0.54
p:een deadline|argumenteren|0.49
p:een dipje|bekritiseren|-0.95
p:een dipje|geruststellen|0.95
p:een docent|moraliseren|1.95
p:een docent|adviseren|-0.96
p:een docent|argumenteren|-0.62
p:een docent|bekritiseren|0.92
p:een domme|jij-boodschap|-1.0
p:een doordeweekse|adviseren|-0.8
p:een drukte|etiketteren|-0.91
p:een echte|jij-boodschap|-0.12
p:een echte|bekritiseren|-1.0
p:een echte|etiketteren|1.0
p:een enorme|gevoelsreflectie|0.96
p:een extra|samenvatting|0.82
p:een extra|prijzen|0.97
p:een extra|vervolgafspraak|-0.71
p:een fase|geruststellen|0.98
p:een feit|argumenteren|0.65
p:een feit|geruststellen|-0.7
p:een fijn|bekritiseren|-0.66
p:een fijne|jij-boodschap|-0.3
p:een gesprek|jij-boodschap|-1.68
p:een gesprek|samenvatting|0.22
p:een gesprek|argumenteren|-0.94
p:een gesprek|bekritiseren|-0.93
p:een gesprek|ondervragen|0.85
p:een gesprek|vervolgafspraak|0.63
p:een geweldige|bevelen|-0.97
p:een goed|interpreteren|-0.92
p:een goede|gevoelsreflectie|-0.91
p:een goede|etiketteren|-0.92
p:een goede|geruststellen|-0.91
p:een heel|geruststellen|-0.83
p:een herkansing|parafrase|1.0
p:een herkansing|samenvatting|0.96
p:een herkansing|open-vraag|-1.0
p:een herkansing|vervolgafspraak|-0.59
p:een idee|moraliseren|-0.95
p:een idee|adviseren|0.99
p:een idee|etiketteren|-0.99
p:een keer|jij-boodschap|-0.89
p:een keer|samenvatting|0.97
p:een kind|bevelen|-1.0
p:een kind|moraliseren|0.95
p:een kind|argumenteren|-1.0
p:een klas|parafrase|-1.0
p:een klas|gevoelsreflectie|-1.0
p:een klas|prijzen|1.0
p:een klas|bedanken|-1.0
p:een klasgenoot|jij-boodschap|0.93
p:een kleuter|jij-boodschap|1.56
p:een kleuter|etiketteren|1.94
p:een kleuterachtig|etiketteren|0.92
p:een kleuterachtig|afleiden|-0.92
p:een kwartier|samenvatting|-1.0
p:een kwartier|aanmoediging|-1.0
p:een kwartier|moraliseren|-1.0
p:een kwartier|afleiden|-1.0
p:een kwartier|vervolgafspraak|-1.0
p:een kwestie|geruststellen|0.86
p:een laptop|ondervragen|-0.83
p:een lastpak|jij-boodschap|0.99
p:een lastpak|waarschuwen|-0.99
p:een lastpak|bekritiseren|-1.0
p:een lastpak|etiketteren|1.0
p:een maand|samenvatting|-0.88
p:een maand|afronding-aankondigen|-0.85
p:een maand|vervolgafspraak|0.99
p:een maandje|geruststellen|0.98
p:een mail|ik-boodschap|0.96
p:een mail|aanmoediging|-0.86
p:een mail|waarschuwen|-0.99
p:een mail|argumenteren|-0.8
p:een mail|afronding-aankondigen|0.96
p:een mail|vervolgafspraak|0.89
p:een mail|bedanken|0.83
p:een moeder|moraliseren|0.99
p:een moeder|bekritiseren|-0.99
p:een mooi|afleiden|0.84
p:een nieuw|ik-boodschap|-0.84
p:een nieuw|samenvatting|-0.88
p:een nieuw|afronding-aankondigen|0.96
p:een nieuw|vervolgafspraak|1.86
p:een nieuwe|etiketteren|-0.93
p:een nieuwe|afleiden|-0.73
p:een nieuwe|afronding-aankondigen|0.64
p:een nieuwe|vervolgafspraak|0.93
p:een nogal|bekritiseren|0.97
p:een onbetrouwbare|bekritiseren|-1.78
p:een onbetrouwbare|etiketteren|0.9
p:een onredelijke|bekritiseren|0.79
p:een onvoldoende|moraliseren|-0.94
p:een onvoldoende|adviseren|-0.92
p:een onvoldoende|argumenteren|-0.96
p:een onvoldoende|afleiden|1.04
p:een onzin|bekritiseren|0.97
p:een onzinnige|ik-boodschap|-1.0
p:een onzinverhaal|bekritiseren|2.51
p:een optie|parafrase|-0.98
p:een paar|gevoelsreflectie|-0.74
p:een paar|argumenteren|-0.98
p:een probleem|jij-boodschap|-0.88
p:een probleem|samenvatting|0.93
p:een probleem|waarschuwen|0.94
p:een probleem|prijzen|-0.99
p:een probleem|etiketteren|0.99
p:een probleem|interpreteren|0.67
p:een probleemkind|jij-boodschap|0.98
p:een probleemkind|argumenteren|-0.98
p:een puber|etiketteren|0.97
p:een punt|vervolgafspraak|-0.94
p:een rapportcijfer|argumenteren|-0.49
p:een rare|ik-boodschap|-0.95
p:een rij|gevoelsreflectie|-0.96
p:een rijtje|samenvatting|0.75
p:een rijtje|adviseren|-0.89
p:een rotmoment|gevoelsreflectie|0.92
p:een schorsing|waarschuwen|1.0
p:een schorsing|moraliseren|0.94
p:een schriftje|adviseren|0.83
p:een schuldige|prijzen|-1.0
p:een slechte|geruststellen|2.56
p:een slimme|prijzen|0.99
p:een slordig|prijzen|-0.99
p:een slordige|bekritiseren|-0.92
p:een strafwerk|waarschuwen|-0.94
p:een streep|afronding-aankondigen|0.99
p:een stuk|prijzen|-0.86
p:een stuk|etiketteren|1.77
p:een te|argumenteren|0.49
p:een tegenvallend|vervolgafspraak|-0.97
p:een toets|samenvatting|-0.92
p:een toets|argumenteren|0.23
p:een topmoeder|prijzen|1.0
p:een topmoeder|etiketteren|-1.0
p:een typische|etiketteren|1.0
p:een uitzondering|argumenteren|0.98
p:een uur|moraliseren|-1.86
p:een uur|argumenteren|1.0
p:een uur|geruststellen|-1.0
p:een van|prijzen|0.91
p:een van|etiketteren|-0.91
p:een vast|samenvatting|0.98
p:een vast|prijzen|-0.98
p:een vast|geruststellen|-0.98
p:een vast|afronding-aankondigen|-0.71
p:een vaste|parafrase|-0.99
p:een vaste|adviseren|1.9
p:een vaste|etiketteren|-0.99
p:een verschil|geruststellen|-0.94
p:een vijf|argumenteren|0.92
p:een voorbeeld|gevoelsreflectie|-1.0
p:een voorbeeld|adviseren|-1.0
p:een voorbeeldfunctie|moraliseren|1.0
p:een vraag|samenvatting|-0.97
p:een vrolijke|etiketteren|-0.9
p:een wijsneus|jij-boodschap|2.1
p:een wijsneus|etiketteren|0.93
p:een zie|afronding-aankondigen|0.91
p:een zie|vervolgafspraak|0.87
p:een zware|gevoelsreflectie|1.9
p:eenmaal bij|moraliseren|-0.29
p:eenmaal bij|interpreteren|-0.86
p:eenmaal bij|geruststellen|-0.66
p:eenmaal bij|afleiden|0.54
p:eenmaal een|gevoelsreflectie|0.97
p:eenmaal een|moraliseren|1.0
p:eenmaal een|argumenteren|0.76
p:eenmaal een|geruststellen|-0.97
p:eenmaal gebeurd|gevoelsreflectie|-0.97
p:eenmaal met|moraliseren|-0.53
p:eenmaal met|bekritiseren|-0.91
p:eenmaal onvoldoende|argumenteren|0.92
p:eenmaal plichten|moraliseren|0.98
p:eenmaal plichten|argumenteren|-1.54
p:eenmaal zo|argumenteren|-0.94
p:eenmaal zo|afleiden|-0.46
p:eens aan|jij-boodschap|-0.97
p:eens aan|adviseren|0.95
p:eens buiten|ik-boodschap|0.91
p:eens buiten|waarschuwen|-0.91
p:eens doet|moraliseren|0.94
p:eens een|afleiden|0.92
p:eens en|bevelen|-0.61
p:eens en|waarschuwen|0.97
p:eens even|bevelen|0.93
p:eens het|afleiden|-0.93
p:eens hoe|aanmoediging|-0.79
p:eens komt|jij-boodschap|1.82
p:eens komt|bekritiseren|1.62
p:eens komt|prijzen|-0.99
p:eens met|bevelen|-1.0
p:eens met|adviseren|1.0
p:eens met|etiketteren|-1.0
p:eens met|geruststellen|0.92
p:eens met|ondervragen|-0.98
p:eens met|afleiden|-0.94
p:eens op|argumenteren|-0.97
p:eens overwogen|interpreteren|-0.66
p:eens vragen|bekritiseren|-0.94
p:eens wat|gevoelsreflectie|-0.98
p:eens wat|adviseren|-0.95
p:eens wat|afleiden|0.84
p:eentje met|ik-boodschap|-0.9
p:eenvoudig is|waarschuwen|-0.86
p:eenvoudig is|argumenteren|0.55
p:eerder aan|ondervragen|0.94
p:eerder contact|ondervragen|0.99
p:eerder dat|parafrase|0.99
p:eerder moeten|bekritiseren|-2.52
p:eerder naar|bekritiseren|0.82
p:eerlijk duurt|moraliseren|0.98
p:eerlijk gezegd|ik-boodschap|-0.92
p:eerlijk gezegd|jij-boodschap|0.49
p:eerlijk gezegd|bekritiseren|0.93
p:eerlijk gezegd|interpreteren|-1.0
p:eerlijk gezegd|afronding-aankondigen|-1.0
p:eerlijk gezegd|vervolgafspraak|-1.0
p:eerlijk gezegd|bedanken|-1.0
p:eerlijk over|vervolgafspraak|0.94
p:eerlijk tegen|adviseren|0.96
p:eerlijk tegen|bedanken|1.0
p:eerlijk zijn|jij-boodschap|0.91
p:eerlijk zijn|open-vraag|0.87
p:eerlijkheid daan|afronding-aankondigen|-0.99
p:eerst de|bevelen|1.0
p:eerst even|waarschuwen|-0.99
p:eerst iets|adviseren|-0.96
p:eerst je|bevelen|-0.93
p:eerst je|adviseren|0.93
p:eerst maar|afleiden|0.96
p:eerst met|prijzen|-0.98
p:eerst zijn|adviseren|0.99
p:eerst zijn|argumenteren|-0.99
p:eerst zitten|geruststellen|-0.98
p:eerste aanpakken|ik-boodschap|-0.91
p:eerste aanpakken|parafrase|-0.93
p:eerste aanpakken|gevoelsreflectie|-0.93
p:eerste aanpakken|samenvatting|0.91
p:eerste aanpakken|open-vraag|1.82
p:eerste die|jij-boodschap|-0.93
p:eerste en|geruststellen|0.92
p:eerste periode|bekritiseren|-0.71
p:eerste rapport|jij-boodschap|-0.65
p:eerste uur|vervolgafspraak|0.93
p:eet weinig|waarschuwen|-0.99
p:eigen angsten|interpreteren|0.96
p:eigen schooltijd|waarschuwen|-0.92
p:eigen schooltijd|argumenteren|-0.89
p:eigen schuld|moraliseren|-0.94
p:eigen schuld|bekritiseren|0.73
p:eigen woorden|samenvatting|0.82
p:eigenlijk ?|open-vraag|-0.84
p:eigenlijk ?|afleiden|0.73
p:eigenlijk dat|gevoelsreflectie|-1.0
p:eigenlijk dat|interpreteren|-1.85
p:eigenlijk doen|open-vraag|-0.95
p:eigenlijk doen|afleiden|0.95
p:eigenlijk gewoon|jij-boodschap|-0.47
p:eigenlijk gewoon|geruststellen|-0.99
p:eigenlijk helemaal|waarschuwen|-0.92
p:eigenlijk helemaal|argumenteren|-0.89
p:eigenlijk in|jij-boodschap|-1.0
p:eigenlijk in|open-vraag|1.0
p:eigenlijk in|bekritiseren|-1.0
p:eigenlijk naar|parafrase|0.98
p:eigenlijk onzeker|interpreteren|1.0
p:eigenlijk van|afleiden|0.91
p:eigenlijk vindt|open-vraag|-0.73
p:eigenlijk vindt|interpreteren|0.92
p:eigenlijk wel|jij-boodschap|0.93
p:eigenlijk wel|bekritiseren|0.96
p:eigenlijk wil|jij-boodschap|-1.0
p:eigenlijk wil|waarschuwen|-0.98
p:eigenlijk wil|moraliseren|-0.57
p:eigenlijk wil|bekritiseren|-1.0
p:eigenlijk wil|interpreteren|1.0
p:eind van|waarschuwen|0.91
p:einde van|afleiden|0.95
p:einde van|afronding-aankondigen|0.97
p:eindelijk ook|jij-boodschap|1.82
p:eindelijk ook|bekritiseren|1.62
p:eindelijk ook|prijzen|-0.99
p:elf fouten|parafrase|0.87
p:elf fouten|argumenteren|0.94
p:elkaar heen|open-vraag|-0.93
p:elkaar is|moraliseren|0.92
p:elkaar nog|afronding-aankondigen|-1.0
p:elkaar steeds|bedanken|-0.94
p:elkaar weer|samenvatting|-0.84
p:elkaar weer|afronding-aankondigen|-0.98
p:elke avond|bevelen|0.87
p:elke avond|moraliseren|-0.98
p:elke avond|argumenteren|0.98
p:elke dag|moraliseren|0.11
p:elke dag|geruststellen|-1.0
p:elke dinsdag|samenvatting|0.89
p:elke klas|afleiden|1.47
p:elke ochtend|ik-boodschap|0.91
p:elke ochtend|waarschuwen|-0.91
p:elke puber|geruststellen|0.8
p:emma moeite|ik-boodschap|-0.95
p:emotioneel van|gevoelsreflectie|1.0
p:emotioneel van|afronding-aankondigen|-1.0
p:emotioneel van|vervolgafspraak|-1.0
p:en als|jij-boodschap|1.86
p:en als|argumenteren|0.49
p:en als|bekritiseren|1.48
p:en ben|parafrase|0.95
p:en buitengesloten|samenvatting|-0.61
p:en controleert|open-vraag|-1.0
p:en controleert|ondervragen|1.0
p:en daar|argumenteren|-1.0
p:en daardoor|afronding-aankondigen|-0.99
p:en dan|ik-boodschap|1.67
p:en dan|jij-boodschap|-1.0
p:en dan|parafrase|-0.82
p:en dan|samenvatting|-0.97
p:en dan|bekritiseren|0.71
p:en dan|geruststellen|-1.48
p:en dat|ik-boodschap|2.98
p:en dat|samenvatting|1.29
p:en dat|open-vraag|0.97
p:en dat|waarschuwen|-0.99
p:en dat|adviseren|-1.0
p:en dat|argumenteren|-0.8
p:en dat|ondervragen|-0.93
p:en dat|afronding-aankondigen|0.15
p:en dat|vervolgafspraak|0.18
p:en dat|bedanken|-0.94
p:en de|ik-boodschap|-1.0
p:en de|parafrase|-1.97
p:en de|samenvatting|1.0
p:en de|open-vraag|-1.0
p:en de|aanmoediging|-1.0
p:en de|bevelen|-1.0
p:en de|afronding-aankondigen|-0.97
p:en dinsdag|samenvatting|-0.8
p:en donderdag|samenvatting|-0.95
p:en een|jij-boodschap|-0.98
p:en een|argumenteren|0.98
p:en een|bekritiseren|-0.98
p:en er|ik-boodschap|0.96
p:en er|argumenteren|-0.8
p:en extra|open-vraag|-0.98
p:en fay|open-vraag|0.93
p:en ga|bevelen|1.8
p:en ga|waarschuwen|-0.83
p:en haar|ik-boodschap|-0.77
p:en het|parafrase|-0.91
p:en het|samenvatting|1.9
p:en het|open-vraag|0.92
p:en het|argumenteren|-0.85
p:en het|prijzen|-0.97
p:en het|vervolgafspraak|-0.63
p:en hij|parafrase|0.87
p:en hij|samenvatting|0.75
p:en hij|argumenteren|0.94
p:en hoe|ik-boodschap|-0.77
p:en hoe|interpreteren|-1.0
p:en hoe|ondervragen|-0.95
p:en hoe|afleiden|1.0
p:en iedereen|jij-boodschap|0.96
p:en iedereen|samenvatting|-0.96
p:en iedereen|bekritiseren|0.96
p:en ik|ik-boodschap|2.48
p:en ik|gevoelsreflectie|-2.7
p:en ik|samenvatting|0.6
p:en ik|bekritiseren|0.98
p:en ik|afronding-aankondigen|1.94
p:en ik|vervolgafspraak|0.89
p:en ik|bedanken|1.9
p:en je|ik-boodschap|-0.91
p:en je|jij-boodschap|-1.71
p:en je|parafrase|-0.9
p:en je|gevoelsreflectie|-0.74
p:en je|samenvatting|0.91
p:en je|open-vraag|0.91
p:en je|bevelen|-0.6
p:en je|waarschuwen|0.99
p:en je|bekritiseren|-2.31
p:en je|geruststellen|-0.95
p:en kijken|bevelen|-0.97
p:en krijgt|samenvatting|-0.92
p:en maakt|gevoelsreflectie|0.85
p:en met|ondervragen|0.97
p:en om|samenvatting|0.97
p:en om|open-vraag|0.95
p:en om|adviseren|-0.89
p:en om|afleiden|-0.95
p:en ook|geruststellen|0.92
p:en op|samenvatting|0.98
p:en over|ik-boodschap|-0.97
p:en over|vervolgafspraak|-0.92
p:en over|bedanken|-0.97
p:en reageert|samenvatting|-1.0
p:en reageert|interpreteren|1.0
p:en reageert|vervolgafspraak|-1.0
p:en thuis|samenvatting|0.95
p:en thuis|open-vraag|-0.83
p:en toen|jij-boodschap|0.94
p:en toen|gevoelsreflectie|-1.0
p:en toen|open-vraag|-1.0
p:en toen|aanmoediging|1.0
p:en toen|bekritiseren|0.94
p:en tot|waarschuwen|-0.97
p:en u|ik-boodschap|-0.92
p:en u|jij-boodschap|0.56
p:en u|parafrase|-0.93
p:en u|samenvatting|3.58
p:en u|argumenteren|-0.94
p:en u|bekritiseren|0.17
p:en u|afronding-aankondigen|0.97
p:en u|vervolgafspraak|0.88
p:en u|bedanken|0.97
p:en verder|open-vraag|-0.97
p:en verder|aanmoediging|0.92
p:en verder|afleiden|-1.0
p:en volgende|vervolgafspraak|0.91
p:en waar|bekritiseren|-0.97
p:en waarom|adviseren|-0.88
p:en was|ik-boodschap|-0.99
p:en wat|samenvatting|-0.95
p:en weten|ondervragen|0.69
p:en ze|ik-boodschap|-0.94
p:en zijn|jij-boodschap|-0.93
p:en zijn|gevoelsreflectie|-0.96
p:en zijn|interpreteren|-0.99
p:en zijn|bedanken|-0.82
p:en zo|open-vraag|-0.99
p:en zonder|argumenteren|-0.68
p:eng vindt|adviseren|0.96
p:engels belt|moraliseren|-0.95
p:engels belt|vervolgafspraak|0.85
p:engels belt|bedanken|-0.95
p:engels hebben|afleiden|0.96
p:engels is|adviseren|-0.99
p:engels is|argumenteren|-0.99
p:engels omhoog|ik-boodschap|-0.99
p:engels wat|open-vraag|0.95
p:engels wat|afleiden|-0.95
p:enkel bericht|jij-boodschap|0.97
p:enkel bericht|bekritiseren|1.52
p:enkel respect|moraliseren|-0.72
p:enkel verslag|ik-boodschap|0.93
p:enkel verslag|bekritiseren|-0.55
p:enkele huiswerkopdracht|ik-boodschap|0.95
p:enkele huiswerkopdracht|jij-boodschap|-0.95
p:enkele huiswerkopdracht|open-vraag|-0.99
p:enkele huiswerkopdracht|bekritiseren|-0.95
p:enkele opdracht|ik-boodschap|0.92
p:enkele opdracht|jij-boodschap|-0.92
p:enkele opdracht|bekritiseren|-0.89
p:enorm als|waarschuwen|0.93
p:enorme schrik|gevoelsreflectie|0.96
p:er al|jij-boodschap|-0.97
p:er al|adviseren|0.95
p:er allebei|ik-boodschap|0.97
p:er bent|gevoelsreflectie|-0.91
p:er bij|ik-boodschap|-0.93
p:er bij|adviseren|-0.95
p:er boos|vervolgafspraak|-0.85
p:er dan|open-vraag|-1.0
p:er dan|ondervragen|1.0
p:er door|jij-boodschap|-0.93
p:er door|parafrase|-0.98
p:er door|gevoelsreflectie|0.99
p:er door|open-vraag|0.94
p:er door|ondervragen|-0.97
p:er drie|ik-boodschap|1.98
p:er echt|ik-boodschap|-0.89
p:er echt|gevoelsreflectie|0.77
p:er echt|open-vraag|-0.99
p:er echt|interpreteren|-1.0
p:er echt|geruststellen|-0.94
p:er echt|afleiden|-1.0
p:er een|ik-boodschap|-0.82
p:er een|parafrase|1.0
p:er een|gevoelsreflectie|0.91
p:er een|open-vraag|-1.0
p:er een|moraliseren|0.13
p:er een|etiketteren|-1.0
p:er een|interpreteren|0.67
p:er een|ondervragen|-0.97
p:er eerlijk|ik-boodschap|-0.93
p:er eerlijk|jij-boodschap|-0.44
p:er erg|open-vraag|0.99
p:er gebeurd|parafrase|0.98
p:er gebeurd|ondervragen|-0.95
p:er gebeurt|waarschuwen|0.96
p:er gebeurt|bekritiseren|-0.88
p:er gewoon|jij-boodschap|1.49
p:er gewoon|bekritiseren|1.86
p:er gewoon|interpreteren|-1.68
p:er gisteren|ondervragen|0.99
p:er goed|bekritiseren|-0.92
p:er helemaal|jij-boodschap|0.73
p:er helemaal|bekritiseren|0.95
p:er iemand|ik-boodschap|0.71
p:er iets|ondervragen|-0.99
p:er iets|vervolgafspraak|0.67
p:er in|ik-boodschap|0.9
p:er in|open-vraag|-0.82
p:er in|afleiden|1.47
p:er inmiddels|jij-boodschap|-0.96
p:er klaar|bekritiseren|-0.97
p:er komt|ik-boodschap|0.96
p:er komt|argumenteren|-0.8
p:er kwaad|ik-boodschap|-0.91
p:er leerlingen|ik-boodschap|-1.0
p:er leerlingen|argumenteren|-1.0
p:er maatregelen|bekritiseren|-0.97
p:er moe|ik-boodschap|0.97
p:er niet|argumenteren|0.98
p:er niet|bekritiseren|0.99
p:er niets|bekritiseren|0.71
p:er niets|geruststellen|-0.49
p:er nog|waarschuwen|-0.99
p:er nog|moraliseren|-0.93
p:er nog|adviseren|-0.99
p:er nog|ondervragen|0.99
p:er nooit|jij-boodschap|-0.69
p:er nooit|bekritiseren|-0.93
p:er nooit|ondervragen|0.85
p:er nou|moraliseren|0.64
p:er nou|afleiden|-0.93
p:er nu|open-vraag|0.98
p:er nu|afronding-aankondigen|0.99
p:er ook|jij-boodschap|-0.83
p:er ook|open-vraag|-0.63
p:er ook|prijzen|0.84
p:er ook|vervolgafspraak|0.95
p:er oprecht|ik-boodschap|0.81
p:er oprecht|open-vraag|0.94
p:er steeds|ik-boodschap|0.9
p:er steeds|prijzen|-0.93
p:er straks|ik-boodschap|0.93
p:er thuis|jij-boodschap|0.74
p:er thuis|samenvatting|-1.0
p:er thuis|open-vraag|0.87
p:er thuis|bekritiseren|0.58
p:er thuis|interpreteren|1.0
p:er thuis|vervolgafspraak|-1.0
p:er twee|ik-boodschap|-1.0
p:er twee|parafrase|-1.0
p:er twee|gevoelsreflectie|-0.96
p:er twee|samenvatting|1.0
p:er twee|open-vraag|-1.0
p:er twee|aanmoediging|-1.0
p:er twee|bevelen|-1.0
p:er volgens|gevoelsreflectie|-0.74
p:er volgens|open-vraag|0.99
p:er volgens|bekritiseren|-0.84
p:er voor|afronding-aankondigen|0.91
p:er voor|vervolgafspraak|0.87
p:er wakker|ik-boodschap|-0.89
p:er waren|bekritiseren|-0.94
p:er zelf|jij-boodschap|1.46
p:er zelf|bekritiseren|1.14
p:eraan dat|jij-boodschap|0.98
p:eraan dat|bekritiseren|0.98
p:eraan komen|samenvatting|-1.0
p:erbij ?|bedanken|0.92
p:erbij ik|samenvatting|-0.67
p:erg aan|bekritiseren|-0.91
p:erg als|geruststellen|0.99
p:erg geschrokken|samenvatting|-0.96
p:erg hoor|afleiden|-0.62
p:erg mee|open-vraag|0.99
p:erg onzeker|parafrase|-0.87
p:erg onzeker|gevoelsreflectie|0.99
p:erger ik|ik-boodschap|1.0
p:erger ik|interpreteren|-1.0
p:erger ik|afronding-aankondigen|-1.0
p:erger ik|vervolgafspraak|-1.0
p:erger ik|bedanken|-1.0
p:erger me|jij-boodschap|0.98
p:erger me|bekritiseren|0.98
p:ernst er|jij-boodschap|-0.96
p:erop dat|geruststellen|-0.68
p:erop dus|bedanken|-0.99
p:eruit gekomen|ik-boodschap|-0.92
p:eruit gekomen|samenvatting|0.92
p:eruit gekomen|vervolgafspraak|0.83
p:ervaart het|gevoelsreflectie|-0.98
p:ervaart het|open-vraag|-0.98
p:ervaart u|ik-boodschap|0.92
p:ervan vindt|bekritiseren|-0.96
p:ervan vindt|afronding-aankondigen|-0.97
p:ervaring als|prijzen|0.99
p:eten hou|argumenteren|-0.68
p:evalueren hoe|samenvatting|-0.99
p:evalueren hoe|bedanken|-0.94
p:evalueren we|afronding-aankondigen|-0.85
p:even bellen|adviseren|-0.78
p:even bellen|afronding-aankondigen|-0.99
p:even bellen|vervolgafspraak|0.99
p:even bellen|bedanken|-0.99
p:even bij|vervolgafspraak|0.98
p:even checken|open-vraag|-0.97
p:even iets|afleiden|-0.89
p:even kijken|vervolgafspraak|-2.35
p:even koffie|waarschuwen|-0.99
p:even laten|afleiden|0.84
p:even laten|afronding-aankondigen|-0.92
p:even met|gevoelsreflectie|-1.0
p:even met|samenvatting|-1.0
p:even met|argumenteren|-0.99
p:even naar|bevelen|0.97
p:even nadenken|aanmoediging|0.95
p:even nadenken|bevelen|-0.95
p:even niet|prijzen|0.94
p:even op|jij-boodschap|-0.95
p:even op|adviseren|0.83
p:even op|bekritiseren|-0.95
p:even over|afleiden|0.96
p:even samen|waarschuwen|-0.99
p:even samengevat|samenvatting|0.96
p:even samengevat|vervolgafspraak|-0.59
p:even samenvat|parafrase|-0.98
p:even samenvat|samenvatting|0.97
p:even samenvatten|ik-boodschap|-0.94
p:even samenvatten|parafrase|-0.9
p:even samenvatten|samenvatting|0.65
p:even samenvatten|bedanken|0.96
p:even samenvattend|argumenteren|-0.85
p:even terug|parafrase|-0.91
p:even terug|samenvatting|0.91
p:even terug|bedanken|-0.94
p:even uitpraten|bevelen|0.94
p:even voor|geruststellen|-0.99
p:examenreglement is|argumenteren|0.99
p:examenreglement kan|ondervragen|-1.0
p:examenreglement mag|parafrase|-1.0
p:examenreglement mag|argumenteren|1.0
p:examenreglement mag|interpreteren|-1.0
p:examens gewoon|bekritiseren|-0.92
p:examens gewoon|geruststellen|0.92
p:excursie naar|afronding-aankondigen|-0.92
p:excuses aan|jij-boodschap|-0.77
p:excuses aan|waarschuwen|-0.97
p:excuses aanbieden|bevelen|0.97
p:excuses aanbiedt|jij-boodschap|0.23
p:extra gesprek|vervolgafspraak|-0.71
p:extra hulp|open-vraag|-0.98
p:extra kans|samenvatting|0.82
p:extra opdracht|prijzen|0.97
p:extra uitdaging|interpreteren|0.66
p:fase daar|geruststellen|0.98
p:fatsoenlijk over|moraliseren|0.64
p:fay zit|open-vraag|0.93
p:feit dat|geruststellen|-0.7
p:feit is|argumenteren|0.96
p:feit je|argumenteren|0.65
p:fenna is|bekritiseren|-0.92
p:fiets komen|ondervragen|-0.94
p:fiets was|ik-boodschap|0.98
p:fietsenhok gebeurde|adviseren|-0.95
p:fijn bedankt|bekritiseren|0.92
p:fijn bedankt|bedanken|-1.81
p:fijn dat|jij-boodschap|0.9
p:fijn dat|parafrase|-1.0
p:fijn dat|gevoelsreflectie|-0.91
p:fijn dat|bekritiseren|0.11
p:fijn dat|afronding-aankondigen|-1.0
p:fijn dat|vervolgafspraak|-1.0
p:fijn gesprek|bekritiseren|-0.66
p:fijn vandaag|afleiden|0.6
p:fijne ouder|jij-boodschap|-0.3
p:fijne ouder|prijzen|0.95
p:filmen meneer|argumenteren|-0.99
p:finn kan|prijzen|0.91
p:fleur heeft|samenvatting|0.95
p:formulier al|moraliseren|-0.88
p:formulier vrijdag|bekritiseren|-0.98
p:fout gedaan|jij-boodschap|-1.72
p:fout gedaan|bekritiseren|-1.88
p:frans de|prijzen|-0.97
p:frans de|vervolgafspraak|-0.63
p:frans en|ik-boodschap|-0.95
p:frans en|samenvatting|0.97
p:frans niet|afleiden|-0.69
p:frans over|samenvatting|0.89
p:frans praat|samenvatting|0.94
p:frustreert me|bedanken|-0.94
p:ga er|afronding-aankondigen|0.99
p:ga het|ik-boodschap|-0.96
p:ga het|bevelen|-0.92
p:ga het|vervolgafspraak|0.96
p:ga ik|waarschuwen|-0.97
p:ga je|open-vraag|-0.95
p:ga je|bevelen|0.6
p:ga je|waarschuwen|0.99
p:ga je|afleiden|0.95
p:ga nu|bevelen|1.49
p:ga nu|bekritiseren|0.9
p:ga straks|vervolgafspraak|-2.35
p:ga verder|jij-boodschap|-1.0
p:ga verder|samenvatting|-0.97
p:ga verder|aanmoediging|1.0
p:ga verder|bekritiseren|-1.0
p:ga verder|etiketteren|-1.0
p:ga verder|afronding-aankondigen|-1.0
p:ga verder|vervolgafspraak|-1.0
p:ga verder|bedanken|-1.0
p:ga zitten|bevelen|0.96
p:ga zitten|waarschuwen|0.14
p:gaan ?|adviseren|0.99
p:gaan ?|interpreteren|-0.66
p:gaan afronden|bedanken|-0.76
p:gaan dan|geruststellen|0.92
p:gaan en|gevoelsreflectie|0.85
p:gaan letten|bedanken|-0.82
p:gaan maar|jij-boodschap|0.94
p:gaan maar|bekritiseren|0.94
p:gaan praten|adviseren|0.8
p:gaan stoeien|ik-boodschap|0.71
p:gaat ?|samenvatting|-0.99
p:gaat ?|open-vraag|-0.77
p:gaat ?|afronding-aankondigen|-0.99
p:gaat ?|bedanken|-0.99
p:gaat bedankt|samenvatting|0.65
p:gaat bedankt|bedanken|0.96
p:gaat dank|samenvatting|-0.94
p:gaat dank|bedanken|0.94
p:gaat dat|parafrase|0.83
p:gaat dat|bevelen|-0.93
p:gaat dat|moraliseren|0.4
p:gaat dat|bekritiseren|-0.91
p:gaat die|bekritiseren|-0.92
p:gaat die|geruststellen|0.92
p:gaat echt|geruststellen|1.89
p:gaat eigenlijk|waarschuwen|-0.92
p:gaat eigenlijk|argumenteren|-0.89
p:gaat elke|samenvatting|0.89
p:gaat er|parafrase|-0.98
p:gaat er|gevoelsreflectie|1.87
p:gaat er|open-vraag|0.98
p:gaat er|ondervragen|-0.97
p:gaat gewoon|moraliseren|0.46
p:gaat halen|gevoelsreflectie|-0.96
p:gaat halen|moraliseren|-0.81
p:gaat het|parafrase|-1.88
p:gaat het|samenvatting|-0.77
p:gaat het|open-vraag|1.93
p:gaat het|bevelen|-0.94
p:gaat het|geruststellen|0.47
p:gaat het|afleiden|1.28
p:gaat hier|bevelen|-0.97
p:gaat hier|geruststellen|-0.94
p:gaat hij|waarschuwen|0.83
p:gaat hij|etiketteren|-0.99
p:gaat hij|afleiden|-0.99
p:gaat je|bevelen|0.97
p:gaat mee|bevelen|-0.61
p:gaat mee|waarschuwen|0.97
p:gaat met|vervolgafspraak|-0.9
p:gaat morgen|jij-boodschap|-0.77
p:gaat morgen|bevelen|0.97
p:gaat morgen|waarschuwen|-0.97
p:gaat nu|waarschuwen|-0.95
p:gaat nu|geruststellen|-0.98
p:gaat om|samenvatting|0.97
p:gaat om|adviseren|-0.89
p:gaat om|prijzen|-0.97
p:gaat om|vervolgafspraak|-0.63
p:gaat over|waarschuwen|-0.92
p:gaat over|argumenteren|-0.89
p:gaat sofia|vervolgafspraak|-0.97
p:gaat thuis|aanmoediging|-0.99
p:gaat thuis|geruststellen|-0.87
p:gaat toch|prijzen|0.95
p:gaat u|gevoelsreflectie|0.92
p:gaat u|open-vraag|-0.99
p:gaat u|waarschuwen|0.95
p:gaat u|prijzen|0.99
p:gaat vanaf|bevelen|0.28
p:gaat vanmiddag|bevelen|1.6
p:gaat vanzelf|interpreteren|0.33
p:gaat vanzelf|geruststellen|0.83
p:gaat vanzelf|afleiden|-0.96
p:gaat vast|prijzen|-0.96
p:gaat vast|vervolgafspraak|-0.71
p:gaat zitten|ik-boodschap|0.73
p:gaat zitten|gevoelsreflectie|-0.93
p:gaat zitten|bekritiseren|-0.99
p:gaat zo|samenvatting|-0.98
p:gaf aan|jij-boodschap|-0.82
p:gaf aan|open-vraag|0.66
p:gaf aan|bekritiseren|-0.82
p:gamen ?|jij-boodschap|0.75
p:gamen ?|parafrase|-0.83
p:gamen ?|adviseren|-0.95
p:gamen ?|ondervragen|0.95
p:gamen in|jij-boodschap|1.0
p:gamen in|bekritiseren|1.0
p:gamen terwijl|moraliseren|0.98
p:gamen terwijl|bekritiseren|0.84
p:gamet als|bekritiseren|0.94
p:gang gaan|bevelen|-1.54
p:gangpad staat|ik-boodschap|-1.0
p:gangpad staat|argumenteren|-1.0
p:gapen misschien|ik-boodschap|0.91
p:gapen misschien|waarschuwen|-0.91
p:gaten hij|samenvatting|0.81
p:gaten hij|afronding-aankondigen|0.97
p:gaten hij|bedanken|0.97
p:gebeld over|prijzen|-0.99
p:gebeld worden|jij-boodschap|-0.42
p:gebeld worden|bekritiseren|-0.64
p:gebeurd ?|gevoelsreflectie|0.22
p:gebeurd ?|open-vraag|0.87
p:gebeurd ?|ondervragen|-0.95
p:gebeurd als|jij-boodschap|1.0
p:gebeurd als|bekritiseren|1.0
p:gebeurd hoe|ik-boodschap|0.9
p:gebeurd hoe|gevoelsreflectie|-0.97
p:gebeurd is|parafrase|0.98
p:gebeuren hoor|geruststellen|0.93
p:gebeurt als|waarschuwen|0.96
p:gebeurt als|bekritiseren|-0.88
p:gebeurt ga|waarschuwen|0.99
p:gebeurt iedereen|afleiden|-0.62
p:gebeurt vooral|parafrase|-0.91
p:gebeurt vooral|samenvatting|0.91
p:gebouw al|afleiden|0.92
p:gebruiken ?|open-vraag|-0.94
p:gebruikt in|ik-boodschap|-0.96
p:gebruikt moet|open-vraag|-0.95
p:gebruikt moet|waarschuwen|-0.95
p:gedaan noor|bevelen|-0.97
p:gedaan om|bekritiseren|-0.92
p:gedacht om|jij-boodschap|-0.97
p:gedacht om|adviseren|0.95
p:gedoe in|open-vraag|-0.94
p:gedoe in|afleiden|1.0
p:gedoe komt|open-vraag|-0.95
p:gedoe komt|afleiden|0.95
p:gedraagt tegenover|ik-boodschap|-1.0
p:gedraagt tegenover|jij-boodschap|1.95
p:gedraagt tegenover|parafrase|-1.0
p:gedraagt tegenover|gevoelsreflectie|-1.0
p:gedraagt tegenover|samenvatting|-1.0
p:gedraagt tegenover|open-vraag|-1.0
p:gedraagt tegenover|aanmoediging|-1.0
p:gedraagt tegenover|bevelen|-1.0
p:gedraagt tegenover|waarschuwen|-1.0
p:gedraagt tegenover|moraliseren|-1.0
p:gedraagt tegenover|adviseren|-1.0
p:gedraagt tegenover|argumenteren|-1.0
p:gedraagt tegenover|bekritiseren|1.0
p:gedraagt tegenover|prijzen|-1.0
p:gedraagt tegenover|etiketteren|-1.0
p:gedraagt tegenover|interpreteren|-1.0
p:gedraagt tegenover|geruststellen|-1.0
p:gedraagt tegenover|ondervragen|-1.0
p:gedraagt tegenover|afleiden|-1.0
p:gedraagt tegenover|afronding-aankondigen|-1.0
p:gedraagt tegenover|vervolgafspraak|-1.0
p:gedraagt tegenover|bedanken|-1.0
p:gedraagt zich|etiketteren|1.0
p:gedrag als|jij-boodschap|0.89
p:gedrag in|argumenteren|-0.85
p:geef mij|afleiden|-1.0
p:geeft ?|prijzen|-0.88
p:geeft aan|parafrase|0.83
p:geeft u|bevelen|1.0
p:geen antwoord|ik-boodschap|0.96
p:geen antwoord|argumenteren|-0.8
p:geen cijfer|ik-boodschap|0.93
p:geen cijfer|bekritiseren|-0.55
p:geen drama|argumenteren|-0.96
p:geen enkel|ik-boodschap|0.93
p:geen enkel|jij-boodschap|0.97
p:geen enkel|moraliseren|-0.72
p:geen enkel|bekritiseren|0.97
p:geen enkele|ik-boodschap|1.88
p:geen enkele|jij-boodschap|-1.88
p:geen enkele|open-vraag|-0.99
p:geen enkele|bekritiseren|-1.84
p:geen goede|argumenteren|0.99
p:geen handige|bekritiseren|0.59
p:geen herkansing|gevoelsreflectie|0.94
p:geen herkansing|samenvatting|0.89
p:geen herkansing|vervolgafspraak|0.63
p:geen huiswerk|afronding-aankondigen|-0.99
p:geen idee|jij-boodschap|-0.96
p:geen idee|bevelen|-0.99
p:geen manier|moraliseren|-0.99
p:geen manier|bekritiseren|0.92
p:geen nette|bekritiseren|0.45
p:geen probleem|prijzen|0.98
p:geen telefoons|bevelen|0.81
p:geen toetsen|ik-boodschap|0.9
p:geen toetsen|prijzen|-0.93
p:geen voldoende|argumenteren|0.9
p:geen voldoende|geruststellen|-0.9
p:geen voldoendes|waarschuwen|-0.86
p:geen voldoendes|argumenteren|0.55
p:geen vrienden|samenvatting|-0.93
p:geen werk|open-vraag|-0.98
p:geen zin|jij-boodschap|1.49
p:geen zin|bekritiseren|1.86
p:geen zin|interpreteren|-0.76
p:geen zin|geruststellen|-0.93
p:geen zorgen|ik-boodschap|-0.91
p:geen zorgen|jij-boodschap|-0.9
p:geen zorgen|open-vraag|0.87
p:geen zorgen|adviseren|-0.91
p:geen zorgen|bekritiseren|-0.96
p:geen zorgen|interpreteren|-0.5
p:geen zorgen|geruststellen|1.0
p:geen zorgen|afleiden|-1.0
p:gefrusteerd bent|parafrase|-0.99
p:gegaan ?|ik-boodschap|-0.93
p:gegaan ?|ondervragen|0.97
p:gehad de|afronding-aankondigen|-0.97
p:gehad dus|ik-boodschap|0.99
p:gehad dus|argumenteren|-0.99
p:gehad hebt|gevoelsreflectie|0.97
p:gehad op|jij-boodschap|-0.97
p:gehad over|ik-boodschap|-0.97
p:gehad over|jij-boodschap|-0.94
p:gehad over|samenvatting|0.99
p:gehad over|bekritiseren|-1.44
p:gehad over|bedanken|-0.97
p:gehoord ?|bekritiseren|-0.96
p:gehoord wil|samenvatting|-0.91
p:gek voor|argumenteren|-0.73
p:gekeken naar|jij-boodschap|0.94
p:gekeken naar|bekritiseren|0.94
p:gekomen bent|prijzen|-0.95
p:gekomen en|argumenteren|-1.0
p:gekomen is|ik-boodschap|-0.92
p:gekomen is|samenvatting|0.92
p:gekomen is|vervolgafspraak|0.83
p:gekozen als|open-vraag|-0.92
p:gekregen u|samenvatting|0.96
p:gekregen u|vervolgafspraak|-0.59
p:gekwetst omdat|parafrase|0.91
p:gekwetst omdat|interpreteren|-0.66
p:gelaten door|open-vraag|-0.99
p:gelaten en|samenvatting|-0.61
p:geldt voor|samenvatting|-0.95
p:gelezen ?|ondervragen|1.44
p:gelezen en|gevoelsreflectie|-0.83
p:gelezen en|bekritiseren|0.98
p:gelijk dat|parafrase|-0.9
p:gelijk dat|moraliseren|-1.0
p:gelijk en|parafrase|0.87
p:gelijk en|argumenteren|0.94
p:geloof ik|ik-boodschap|-0.82
p:gemaakt hebben|afronding-aankondigen|-0.96
p:gemaakt maar|samenvatting|-0.99
p:gemaakt maar|geruststellen|-0.99
p:gemaild en|jij-boodschap|0.98
p:gemaild en|bekritiseren|0.81
p:gemeld ?|ondervragen|0.94
p:gemengde leerweg|adviseren|-0.89
p:gemerkt dat|ik-boodschap|0.9
p:gemerkt dat|waarschuwen|-0.99
p:gemerkt dat|prijzen|-0.93
p:gemiddeld een|samenvatting|-0.88
p:gemiddeld een|argumenteren|0.95
p:gemiddeld voor|gevoelsreflectie|-0.97
p:gemiddeld zo|argumenteren|0.85
p:gemiddelde voor|ik-boodschap|0.92
p:gemiddelde voor|jij-boodschap|-0.92
p:gemiddelde voor|adviseren|-0.99
p:gemiddelde voor|argumenteren|-0.99
p:gemiddelde voor|bekritiseren|-0.89
p:gemist hebt|jij-boodschap|0.93
p:gemist waardoor|ik-boodschap|0.92
p:genegeerd voelt|parafrase|0.88
p:genoeg daarover|moraliseren|-1.0
p:genoeg daarover|afleiden|1.0
p:genoeg dus|geruststellen|-0.92
p:genomen om|jij-boodschap|0.98
p:genomen om|bekritiseren|0.81
p:genomen omdat|open-vraag|-0.87
p:gepest bent|interpreteren|0.89
p:gepest wordt|parafrase|0.99
p:gepest wordt|gevoelsreflectie|-0.9
p:gepraat over|afronding-aankondigen|0.96
p:geraakt dat|ik-boodschap|0.92
p:geraakt neem|aanmoediging|0.96
p:gereageerd ?|ondervragen|-0.95
p:gerust de|aanmoediging|0.96
p:gerust de|geruststellen|0.64
p:gerust wat|adviseren|0.93
p:geschrokken bent|gevoelsreflectie|0.97
p:geschrokken bent|samenvatting|-0.96
p:geschrokken bent|open-vraag|-0.99
p:geschrokken bent|argumenteren|0.76
p:geschrokken bent|geruststellen|-0.97
p:geschrokken dat|ik-boodschap|0.81
p:geschrokken dat|open-vraag|0.94
p:geschrokken van|ik-boodschap|0.9
p:gespannen bij|afronding-aankondigen|-0.76
p:gesprek afsluiten|afronding-aankondigen|0.96
p:gesprek dan|samenvatting|-0.95
p:gesprek dan|bedanken|0.9
p:gesprek gekomen|afronding-aankondigen|0.97
p:gesprek hier|samenvatting|0.81
p:gesprek hier|afronding-aankondigen|2.6
p:gesprek hier|vervolgafspraak|-0.89
p:gesprek hier|bedanken|0.15
p:gesprek in|ik-boodschap|-0.84
p:gesprek in|argumenteren|-0.94
p:gesprek in|vervolgafspraak|1.6
p:gesprek met|gevoelsreflectie|0.94
p:gesprek met|samenvatting|0.22
p:gesprek met|argumenteren|-0.94
p:gesprek nu|ik-boodschap|-0.96
p:gesprek nu|samenvatting|0.95
p:gesprek nu|bevelen|-0.92
p:gesprek opstaat|ik-boodschap|0.98
p:gesprek plannen|jij-boodschap|-1.68
p:gesprek plannen|bekritiseren|-0.93
p:gesprek plannen|ondervragen|0.85
p:gesprek uw|vervolgafspraak|-0.99
p:gesprek voor|bedanken|-0.94
p:gesprek was|bekritiseren|-0.66
p:gesprek we|ik-boodschap|-0.84
p:gestolen fiets|parafrase|-1.0
p:gestuurd je|open-vraag|0.78
p:geven van|gevoelsreflectie|-1.0
p:geven van|adviseren|-1.0
p:gevoel dat|gevoelsreflectie|-0.9
p:gevoel heeft|interpreteren|-0.89
p:gevolgen hebben|moraliseren|0.94
p:geweest ik|aanmoediging|0.99
p:geweldige inzet|bekritiseren|1.83
p:geweldige inzet|bedanken|-0.98
p:geweldige medewerking|bekritiseren|0.92
p:geweldige medewerking|bedanken|-1.81
p:geweldige moeder|bevelen|-0.97
p:gewend op|geruststellen|0.98
p:gewerkt dit|jij-boodschap|-0.95
p:gewerkt dit|bekritiseren|-0.95
p:gewogen gemiddeld|argumenteren|0.85
p:gewond raken|ik-boodschap|0.71
p:gewoon aan|adviseren|0.88
p:gewoon aandacht|jij-boodschap|-1.0
p:gewoon aandacht|waarschuwen|-0.98
p:gewoon aandacht|moraliseren|-0.57
p:gewoon aandacht|bekritiseren|-1.0
p:gewoon aandacht|interpreteren|1.0
p:gewoon achterin|bevelen|1.0
p:gewoon alles|adviseren|-0.86
p:gewoon berekend|bevelen|-1.0
p:gewoon berekend|geruststellen|-1.0
p:gewoon bij|moraliseren|-0.98
p:gewoon de|interpreteren|1.0
p:gewoon doen|argumenteren|-0.98
p:gewoon doen|interpreteren|-0.98
p:gewoon een|jij-boodschap|1.97
p:gewoon een|waarschuwen|-0.99
p:gewoon een|argumenteren|-0.33
p:gewoon een|bekritiseren|-0.92
p:gewoon een|interpreteren|0.83
p:gewoon een|geruststellen|0.13
p:gewoon eerder|bekritiseren|0.82
p:gewoon eerlijk|adviseren|0.96
p:gewoon elf|parafrase|0.87
p:gewoon elf|argumenteren|0.94
p:gewoon elke|moraliseren|-0.86
p:gewoon elke|geruststellen|-1.0
p:gewoon geen|jij-boodschap|1.49
p:gewoon geen|bekritiseren|1.86
p:gewoon geen|interpreteren|-1.68
p:gewoon genegeerd|bevelen|-0.99
p:gewoon halen|bekritiseren|-0.92
p:gewoon halen|geruststellen|0.92
p:gewoon het|etiketteren|-0.92
p:gewoon in|argumenteren|0.99
p:gewoon jaloers|jij-boodschap|-0.47
p:gewoon jaloers|interpreteren|1.0
p:gewoon jaloers|geruststellen|-0.99
p:gewoon je|jij-boodschap|0.93
p:gewoon je|samenvatting|-0.93
p:gewoon je|bevelen|-0.88
p:gewoon je|bekritiseren|0.93
p:gewoon laten|jij-boodschap|0.96
p:gewoon leert|parafrase|1.0
p:gewoon leert|prijzen|-1.0
p:gewoon lui|jij-boodschap|0.85
p:gewoon lui|etiketteren|0.85
p:gewoon maar|bevelen|-1.54
p:gewoon met|adviseren|1.8
p:gewoon moeilijk|interpreteren|0.92
p:gewoon naar|bevelen|1.6
p:gewoon naar|adviseren|-1.0
p:gewoon niet|ik-boodschap|-0.93
p:gewoon niet|jij-boodschap|-3.68
p:gewoon niet|parafrase|-0.99
p:gewoon niet|moraliseren|2.38
p:gewoon niet|adviseren|-0.96
p:gewoon niet|argumenteren|0.37
p:gewoon niet|bekritiseren|-1.85
p:gewoon niet|etiketteren|-1.0
p:gewoon niet|interpreteren|-0.33
p:gewoon niet|afleiden|-1.0
p:gewoon omdat|interpreteren|0.66
p:gewoon op|moraliseren|1.0
p:gewoon op|bekritiseren|-1.41
p:gewoon op|ondervragen|-0.94
p:gewoon respect|afleiden|-0.95
p:gewoon schandalig|bekritiseren|0.99
p:gewoon te|bekritiseren|0.99
p:gewoon te|etiketteren|0.15
p:gewoon te|interpreteren|-0.4
p:gewoon verwend|bekritiseren|-0.99
p:gewoon verwend|etiketteren|0.99
p:gewoon voor|moraliseren|0.46
p:gewoon wat|bevelen|1.0
p:gewoon wat|adviseren|0.97
p:gewoon wat|prijzen|0.99
p:gewoon wat|geruststellen|1.0
p:gewoon wegzetten|bekritiseren|0.94
p:geworden ?|ondervragen|-1.67
p:geworden door|jij-boodschap|0.85
p:geworden door|etiketteren|0.85
p:gezakt hoe|ik-boodschap|0.81
p:gezakt hoe|open-vraag|0.94
p:gezegd ?|gevoelsreflectie|0.93
p:gezegd ?|ondervragen|0.93
p:gezegd hoe|ik-boodschap|0.92
p:gezegd mee|jij-boodschap|-0.44
p:gezegd stelt|jij-boodschap|0.93
p:gezegd stelt|bekritiseren|0.93
p:gezegd wat|ik-boodschap|-0.98
p:gezegd wel|ik-boodschap|-0.93
p:gezien ?|ondervragen|-0.88
p:gezien ?|afleiden|0.92
p:gezien dat|ik-boodschap|-0.97
p:gezien dat|jij-boodschap|-0.92
p:gezien dat|parafrase|-1.0
p:gezien dat|bekritiseren|-0.89
p:gezien dat|interpreteren|-0.83
p:gezien halen|argumenteren|0.79
p:geïrriteerd raakt|open-vraag|-0.97
p:gijs zijn|ik-boodschap|0.84
p:gijs zijn|vervolgafspraak|-0.98
p:ging en|samenvatting|-0.65
p:ging er|jij-boodschap|-0.93
p:ging er|gevoelsreflectie|-0.88
p:ging er|open-vraag|0.94
p:ging het|aanmoediging|-0.79
p:gisteravond ?|open-vraag|-0.86
p:gisteravond ?|ondervragen|0.86
p:gisteren de|gevoelsreflectie|-0.94
p:gisteren een|vervolgafspraak|-0.83
p:gisteren haar|aanmoediging|-0.98
p:gisteren met|ik-boodschap|0.92
p:gisteren niet|ondervragen|0.99
p:gisteren nog|ondervragen|-0.88
p:gisteren uit|ik-boodschap|0.98
p:goed aan|bekritiseren|-0.92
p:goed afgesloten|jij-boodschap|-0.65
p:goed als|waarschuwen|-0.94
p:goed begrijp|ik-boodschap|-2.64
p:goed begrijp|parafrase|1.82
p:goed begrijp|samenvatting|-0.99
p:goed begrijp|geruststellen|-0.99
p:goed dat|gevoelsreflectie|-1.97
p:goed dat|open-vraag|-0.99
p:goed dat|prijzen|1.0
p:goed dat|geruststellen|-1.88
p:goed gaat|bevelen|-0.97
p:goed genoeg|moraliseren|-1.0
p:goed genoeg|afleiden|1.0
p:goed heb|parafrase|0.95
p:goed heb|samenvatting|-0.91
p:goed heb|open-vraag|0.95
p:goed hoe|parafrase|-0.93
p:goed hoe|gevoelsreflectie|-0.93
p:goed hoe|open-vraag|-1.76
p:goed hoe|afleiden|0.96
p:goed hoor|parafrase|0.95
p:goed hoor|gevoelsreflectie|1.83
p:goed hoor|samenvatting|-0.81
p:goed hoor|geruststellen|1.03
p:goed idee|interpreteren|-0.92
p:goed iets|afleiden|0.9
p:goed in|geruststellen|0.64
p:goed komen|prijzen|-0.96
p:goed laat|adviseren|0.97
p:goed laten|samenvatting|-0.91
p:goed laten|afleiden|-0.91
p:goed laten|vervolgafspraak|-0.91
p:goed maar|aanmoediging|-0.99
p:goed maar|geruststellen|-0.87
p:goed mee|bekritiseren|-0.7
p:goed mee|prijzen|0.98
p:goed met|geruststellen|0.12
p:goed op|parafrase|-0.95
p:goed op|samenvatting|0.95
p:goed opgevoed|interpreteren|-1.0
p:goed samenvat|gevoelsreflectie|-1.0
p:goed samenvat|samenvatting|1.0
p:goed snap|parafrase|0.95
p:goed te|jij-boodschap|0.94
p:goed te|bekritiseren|0.94
p:goed u|prijzen|0.95
p:goed uitgelegd|argumenteren|-1.0
p:goed verder|afronding-aankondigen|1.0
p:goed verstaan|geruststellen|-0.99
p:goed verwoorden|prijzen|0.99
p:goed voorstellen|parafrase|-0.89
p:goed voorstellen|waarschuwen|-0.91
p:goed ze|geruststellen|1.0
p:goed ze|afleiden|-1.0
p:goede cijfers|argumenteren|0.99
p:goede cijfers|afleiden|0.96
p:goede ouder|moraliseren|0.97
p:goede ouder|etiketteren|-0.92
p:goede tip|moraliseren|-0.99
p:goede voorbeeld|moraliseren|0.79
p:goede voorbeeld|adviseren|-0.84
p:goede vraag|gevoelsreflectie|-0.91
p:goede vraag|geruststellen|-0.91
p:goedemiddag fijn|gevoelsreflectie|-0.91
p:goedemiddag mevrouw|jij-boodschap|0.91
p:goeiemiddag ik|bevelen|-0.94
p:graag een|parafrase|-0.9
p:graag een|samenvatting|-0.67
p:graag iets|open-vraag|0.97
p:graag met|vervolgafspraak|-0.9
p:graag zien|parafrase|0.95
p:graag zien|open-vraag|0.95
p:grap en|bevelen|-0.96
p:grapjes maakt|interpreteren|1.47
p:grens op|interpreteren|1.0
p:grenzen hoort|moraliseren|0.98
p:grenzen hoort|bekritiseren|0.84
p:grenzen te|argumenteren|-0.98
p:grijpen thuis|bekritiseren|0.94
p:groeit hij|geruststellen|0.98
p:groep optrekt|ik-boodschap|-0.81
p:groep optrekt|gevoelsreflectie|-1.0
p:groepje mag|adviseren|0.88
p:groepsapp om|open-vraag|0.95
p:groepsapp om|afleiden|-0.95
p:groepsapp stelt|afleiden|1.0
p:groepsopdracht steeds|ik-boodschap|0.73
p:groepsopdracht steeds|gevoelsreflectie|-0.93
p:grote held|etiketteren|0.98
p:gymdocent gaf|jij-boodschap|-0.82
p:gymdocent gaf|open-vraag|0.66
p:gymdocent gaf|bekritiseren|-0.82
p:gymles is|ik-boodschap|0.9
p:gymles is|gevoelsreflectie|0.9
p:gymles te|gevoelsreflectie|0.85
p:gymschoenen weer|adviseren|-1.0
p:gymspullen niet|parafrase|-0.82
p:haalde gemiddeld|samenvatting|-0.88
p:haalde gemiddeld|argumenteren|0.95
p:haalt die|geruststellen|1.75
p:haalt geen|argumenteren|0.9
p:haalt geen|geruststellen|-0.9
p:haalt het|geruststellen|0.93
p:haalt hij|argumenteren|-0.21
p:haalt hij|geruststellen|0.18
p:haalt lage|samenvatting|0.97
p:haalt wel|adviseren|-0.92
p:haalt wel|afleiden|0.92
p:haalt weleens|argumenteren|-0.96
p:haalt ze|geruststellen|-0.93
p:haar ?|ik-boodschap|0.9
p:haar bij|vervolgafspraak|-0.79
p:haar cijfer|ik-boodschap|0.92
p:haar diploma|geruststellen|-0.93
p:haar en|ik-boodschap|-0.77
p:haar gemiddelde|adviseren|-0.99
p:haar gemiddelde|argumenteren|-0.99
p:haar gymspullen|parafrase|-0.82
p:haar hoofd|open-vraag|0.99
p:haar hoor|gevoelsreflectie|0.93
p:haar hoor|ondervragen|0.93
p:haar huiswerk|open-vraag|0.97
p:haar in|open-vraag|0.97
p:haar klasgenoten|bekritiseren|-0.99
p:haar laptop|vervolgafspraak|-0.79
p:haar laten|adviseren|1.0
p:haar medicijnen|vervolgafspraak|0.8
p:haar naar|ik-boodschap|0.97
p:haar naar|geruststellen|0.92
p:haar oude|interpreteren|0.83
p:haar oude|geruststellen|0.83
p:haar presentatie|aanmoediging|-0.98
p:haar profielwerkstuk|open-vraag|-0.99
p:haar rapport|parafrase|-0.82
p:haar spullen|ik-boodschap|0.93
p:haar spullen|bevelen|0.12
p:haar spullen|interpreteren|-1.0
p:haar spullen|geruststellen|-1.0
p:haar stiefvader|ik-boodschap|-0.77
p:haar telefoon|open-vraag|-0.98
p:haar telefoon|moraliseren|-0.93
p:haar telefoon|adviseren|0.82
p:haar telefoon|vervolgafspraak|0.98
p:haar thuis|ik-boodschap|0.92
p:haar toekomst|open-vraag|-0.95
p:haar vriendinnen|ik-boodschap|-0.94
p:haar werkstuk|argumenteren|-0.42
p:haar zeggen|adviseren|0.96
p:haar zo|interpreteren|0.89
p:haar zusje|jij-boodschap|-0.47
p:haar zusje|geruststellen|-0.99
p:had gewoon|parafrase|0.87
p:had gewoon|argumenteren|0.94
p:had gisteren|vervolgafspraak|-0.83
p:had je|parafrase|0.95
p:had op|jij-boodschap|-0.99
p:had opgelet|jij-boodschap|1.0
p:had opgelet|bekritiseren|1.0
p:had u|bekritiseren|-0.88
p:had verwacht|gevoelsreflectie|-0.84
p:haha ja|open-vraag|-0.93
p:haha ja|moraliseren|-1.0
p:haha ja|afleiden|1.93
p:halen als|prijzen|0.91
p:halen is|open-vraag|-0.99
p:halen leerlingen|argumenteren|0.79
p:halen let|bekritiseren|-0.92
p:halen let|geruststellen|0.92
p:half een|afronding-aankondigen|0.91
p:half een|vervolgafspraak|0.87
p:half negen|samenvatting|0.81
p:half negen|afronding-aankondigen|0.97
p:half negen|bedanken|0.97
p:halverwege het|ik-boodschap|0.98
p:hamza heeft|open-vraag|-0.99
p:hand is|bekritiseren|1.44
p:hand is|geruststellen|-0.49
p:handige keuze|bekritiseren|0.59
p:hard gewerkt|jij-boodschap|-0.95
p:hard gewerkt|bekritiseren|-0.95
p:hardop lezen|adviseren|0.97
p:harte welkom|bedanken|-0.97
p:havo kosten|waarschuwen|0.92
p:he maar|open-vraag|-0.93
p:he maar|moraliseren|-1.0
p:he maar|afleiden|1.93
p:heb alle|aanmoediging|0.93
p:heb geen|jij-boodschap|-0.96
p:heb gehoord|samenvatting|-0.91
p:heb gemerkt|ik-boodschap|0.9
p:heb gemerkt|waarschuwen|-0.99
p:heb gemerkt|prijzen|-0.93
p:heb gezien|ik-boodschap|-0.97
p:heb gezien|jij-boodschap|-0.92
p:heb gezien|parafrase|-1.0
p:heb gezien|bekritiseren|-0.89
p:heb gezien|interpreteren|-0.83
p:heb het|argumenteren|0.98
p:heb het|bekritiseren|-0.98
p:heb het|interpreteren|1.47
p:heb het|afleiden|-1.0
p:heb hier|ik-boodschap|-0.96
p:heb hier|argumenteren|0.96
p:heb ik|ik-boodschap|0.11
p:heb ik|waarschuwen|-0.96
p:heb ik|bekritiseren|-0.55
p:heb je|gevoelsreflectie|0.93
p:heb je|samenvatting|-0.89
p:heb je|open-vraag|-0.92
p:heb je|waarschuwen|0.94
p:heb je|moraliseren|0.98
p:heb je|argumenteren|-1.54
p:heb je|ondervragen|0.93
p:heb je|vervolgafspraak|-0.58
p:heb jij|parafrase|0.95
p:heb u|jij-boodschap|0.98
p:heb u|aanmoediging|-0.86
p:heb u|bekritiseren|0.81
p:heb uw|gevoelsreflectie|-0.83
p:heb uw|bekritiseren|0.98
p:heb vindt|parafrase|0.95
p:heb vindt|open-vraag|0.95
p:heb zijn|geruststellen|-0.99
p:hebben ?|afleiden|0.96
p:hebben als|moraliseren|0.94
p:hebben daar|afleiden|1.26
p:hebben dat|afleiden|-0.96
p:hebben dit|etiketteren|-0.93
p:hebben een|bekritiseren|-0.95
p:hebben een|geruststellen|0.95
p:hebben geen|bevelen|-0.99
p:hebben gepraat|afronding-aankondigen|0.96
p:hebben het|ik-boodschap|-0.97
p:hebben het|jij-boodschap|-0.94
p:hebben het|samenvatting|0.99
p:hebben het|moraliseren|-0.88
p:hebben het|bekritiseren|-1.44
p:hebben het|afronding-aankondigen|-0.97
p:hebben het|bedanken|-0.97
p:hebben jullie|prijzen|-0.83
p:hebben nu|ik-boodschap|-0.95
p:hebben nu|moraliseren|1.0
p:hebben over|jij-boodschap|-0.98
p:hebben over|gevoelsreflectie|-1.0
p:hebben over|samenvatting|-1.0
p:hebben twee|geruststellen|-0.59
p:hebben vandaag|samenvatting|-1.0
p:hebben vandaag|aanmoediging|-1.0
p:hebben vandaag|moraliseren|-1.0
p:hebben vandaag|afleiden|-1.0
p:hebben vandaag|vervolgafspraak|-1.0
p:hebben voor|afleiden|-0.95
p:hebben vorige|jij-boodschap|0.94
p:hebben vorige|bekritiseren|0.94
p:hebben wat|afleiden|0.91
p:hebben we|etiketteren|0.98
p:hebben ze|etiketteren|-0.97
p:hebben ze|geruststellen|-0.97
p:hebben ze|afleiden|0.97
p:hebt ?|jij-boodschap|0.93
p:hebt de|ik-boodschap|0.99
p:hebt de|bevelen|-0.99
p:hebt de|argumenteren|-0.99
p:hebt deze|ik-boodschap|0.87
p:hebt deze|gevoelsreflectie|-0.91
p:hebt drie|argumenteren|0.65
p:hebt echt|jij-boodschap|-0.95
p:hebt echt|bekritiseren|-0.95
p:hebt een|gevoelsreflectie|-0.97
p:hebt er|jij-boodschap|0.73
p:hebt gedaan|bevelen|-0.97
p:hebt gekregen|argumenteren|-0.94
p:hebt in|interpreteren|0.93
p:hebt in|geruststellen|-0.93
p:hebt ingeleverd|bekritiseren|-0.95
p:hebt met|gevoelsreflectie|0.97
p:hebt met|adviseren|-0.92
p:hebt nergens|jij-boodschap|0.96
p:hebt nergens|samenvatting|-0.96
p:hebt nergens|bekritiseren|0.96
p:hebt uitgelachen|ik-boodschap|0.92
p:hebt uitgelachen|gevoelsreflectie|-0.92
p:hebt verteld|open-vraag|-0.82
p:heeft anna|ik-boodschap|-1.0
p:heeft anna|parafrase|1.0
p:heeft daan|ondervragen|-0.95
p:heeft dat|interpreteren|-0.89
p:heeft dat|geruststellen|0.8
p:heeft dat|afleiden|-0.95
p:heeft de|ik-boodschap|0.92
p:heeft de|parafrase|-0.95
p:heeft de|samenvatting|0.96
p:heeft de|open-vraag|-0.99
p:heeft de|aanmoediging|-0.95
p:heeft de|vervolgafspraak|-0.59
p:heeft die|jij-boodschap|0.96
p:heeft drie|afronding-aankondigen|-0.99
p:heeft dus|parafrase|0.93
p:heeft gebeld|bedanken|-1.0
p:heeft geen|moraliseren|-0.72
p:heeft gelijk|parafrase|-0.9
p:heeft gelijk|moraliseren|-1.0
p:heeft gevolgen|waarschuwen|0.76
p:heeft gezegd|ik-boodschap|0.92
p:heeft gezocht|open-vraag|-0.73
p:heeft gisteren|aanmoediging|-0.98
p:heeft helemaal|jij-boodschap|-3.53
p:heeft helemaal|bekritiseren|-3.45
p:heeft hem|bekritiseren|-0.74
p:heeft hem|interpreteren|-1.0
p:heeft het|jij-boodschap|0.27
p:heeft het|gevoelsreflectie|-0.9
p:heeft het|samenvatting|-0.93
p:heeft het|argumenteren|0.85
p:heeft hij|samenvatting|-0.96
p:heeft hij|adviseren|-1.0
p:heeft iedereen|argumenteren|0.99
p:heeft in|samenvatting|-0.93
p:heeft ingegrepen|gevoelsreflectie|-0.95
p:heeft ingeleverd|ik-boodschap|0.92
p:heeft ingeleverd|jij-boodschap|-0.92
p:heeft ingeleverd|bekritiseren|-0.89
p:heeft ingelicht|gevoelsreflectie|1.81
p:heeft kan|parafrase|-0.82
p:heeft kan|waarschuwen|-0.91
p:heeft kan|vervolgafspraak|0.99
p:heeft lars|samenvatting|-0.99
p:heeft lars|geruststellen|-0.99
p:heeft maar|afleiden|-0.94
p:heeft me|ik-boodschap|0.92
p:heeft meer|parafrase|-0.98
p:heeft met|ik-boodschap|-0.95
p:heeft moeite|samenvatting|0.95
p:heeft naar|interpreteren|0.83
p:heeft naar|geruststellen|0.83
p:heeft niemand|parafrase|0.99
p:heeft niemand|prijzen|-0.99
p:heeft nooit|bevelen|-0.88
p:heeft nooit|bekritiseren|0.81
p:heeft ontvangen|parafrase|1.0
p:heeft op|jij-boodschap|0.97
p:heeft op|bekritiseren|1.52
p:heeft overal|jij-boodschap|1.32
p:heeft overal|samenvatting|-0.9
p:heeft overal|bekritiseren|1.61
p:heeft ruzie|samenvatting|0.75
p:heeft sem|ondervragen|-0.83
p:heeft sinds|ik-boodschap|0.95
p:heeft sinds|jij-boodschap|-0.95
p:heeft sinds|bekritiseren|-0.95
p:heeft ties|parafrase|-0.98
p:heeft u|ik-boodschap|-1.64
p:heeft u|jij-boodschap|-0.97
p:heeft u|parafrase|0.82
p:heeft u|bekritiseren|-0.96
p:heeft u|interpreteren|-0.66
p:heeft u|ondervragen|2.76
p:heeft u|afleiden|0.92
p:heeft voor|argumenteren|-0.73
p:heeft vorige|parafrase|-1.0
p:heeft weinig|samenvatting|0.97
p:heeft ze|afronding-aankondigen|-0.99
p:heeft zich|jij-boodschap|0.79
p:heeft zich|bekritiseren|0.89
p:heeft zich|vervolgafspraak|-0.99
p:heel alleen|gevoelsreflectie|0.86
p:heel anders|open-vraag|-0.99
p:heel behulpzaam|bekritiseren|1.58
p:heel behulpzaam|afronding-aankondigen|-0.96
p:heel behulpzaam|bedanken|-1.8
p:heel gewoon|bekritiseren|-0.67
p:heel goed|geruststellen|-0.44
p:heel lastig|aanmoediging|-0.98
p:heel machteloos|gevoelsreflectie|0.9
p:heel moeilijk|aanmoediging|-0.96
p:heel moeilijk|argumenteren|-0.95
p:heel normaal|bekritiseren|-0.95
p:heel normaal|geruststellen|1.61
p:heel onbeleefd|jij-boodschap|0.95
p:heel onhandig|bekritiseren|0.96
p:heel simpel|argumenteren|0.9
p:heel simpel|geruststellen|-0.9
p:heel sociaal|argumenteren|-0.91
p:heel veel|ik-boodschap|0.99
p:heel veel|afleiden|-0.96
p:heel verdrietig|aanmoediging|0.99
p:heel wijze|geruststellen|-0.83
p:heen ?|parafrase|-0.98
p:heen ?|gevoelsreflectie|1.87
p:heen ?|open-vraag|0.98
p:heen ?|ondervragen|-0.97
p:heen praten|open-vraag|-0.93
p:heen toen|jij-boodschap|-0.93
p:heen toen|gevoelsreflectie|-0.88
p:heen toen|open-vraag|0.94
p:heft zich|jij-boodschap|1.0
p:heimwee heeft|interpreteren|0.83
p:heimwee heeft|geruststellen|0.83
p:hek afzet|bevelen|0.91
p:held weer|etiketteren|0.98
p:hele klas|parafrase|0.87
p:hele klas|gevoelsreflectie|-0.94
p:hele klas|waarschuwen|0.99
p:hele klas|argumenteren|0.94
p:hele probleem|jij-boodschap|1.0
p:hele sectie|etiketteren|0.91
p:hele tijd|bevelen|0.97
p:hele week|samenvatting|-0.65
p:hele week|vervolgafspraak|-0.93
p:helemaal gehad|gevoelsreflectie|0.97
p:helemaal gewend|geruststellen|0.98
p:helemaal klaar|aanmoediging|-0.93
p:helemaal niet|jij-boodschap|0.79
p:helemaal niet|waarschuwen|-0.92
p:helemaal niet|argumenteren|-0.89
p:helemaal niet|bekritiseren|0.89
p:helemaal niets|jij-boodschap|-2.8
p:helemaal niets|bekritiseren|-2.49
p:helemaal niks|bekritiseren|0.99
p:helemaal niks|geruststellen|-0.91
p:helemaal oké|bekritiseren|0.86
p:helpen ?|gevoelsreflectie|1.0
p:helpen ?|aanmoediging|-1.0
p:helpen en|open-vraag|0.2
p:helpen en|vervolgafspraak|0.96
p:helpen met|prijzen|0.92
p:helpen om|ik-boodschap|0.87
p:helpen om|gevoelsreflectie|-0.91
p:helpt ?|vervolgafspraak|0.8
p:helpt niemand|jij-boodschap|-1.0
p:helpt vaak|adviseren|0.99
p:hem ?|afleiden|-0.9
p:hem af|waarschuwen|0.91
p:hem afspreekt|vervolgafspraak|-0.94
p:hem bespreken|ik-boodschap|0.84
p:hem bespreken|vervolgafspraak|-0.98
p:hem dan|bekritiseren|0.96
p:hem dat|ondervragen|0.98
p:hem de|adviseren|0.99
p:hem dwingen|jij-boodschap|-0.86
p:hem dwingen|bekritiseren|-0.95
p:hem een|parafrase|-1.0
p:hem een|gevoelsreflectie|-1.0
p:hem een|waarschuwen|-0.94
p:hem een|moraliseren|-0.95
p:hem een|geruststellen|-0.98
p:hem een|bedanken|-1.0
p:hem gaat|bekritiseren|0.95
p:hem gerust|adviseren|0.93
p:hem gewoon|adviseren|0.12
p:hem gewoon|prijzen|0.99
p:hem gewoon|interpreteren|-1.0
p:hem goed|geruststellen|0.64
p:hem helpen|prijzen|0.92
p:hem hoor|gevoelsreflectie|-0.97
p:hem hoor|adviseren|-0.97
p:hem in|ik-boodschap|-1.77
p:hem in|adviseren|0.88
p:hem los|bekritiseren|-0.82
p:hem los|interpreteren|0.92
p:hem maar|bevelen|0.99
p:hem mee|ik-boodschap|0.87
p:hem mee|gevoelsreflectie|-0.91
p:hem moeilijk|ik-boodschap|-0.96
p:hem morgen|adviseren|-1.0
p:hem naar|interpreteren|-0.66
p:hem niet|ik-boodschap|-0.96
p:hem niet|open-vraag|0.1
p:hem niet|adviseren|0.99
p:hem niet|bekritiseren|0.82
p:hem niet|ondervragen|-2.85
p:hem niet|vervolgafspraak|0.96
p:hem nog|samenvatting|0.9
p:hem nog|bevelen|0.92
p:hem om|bevelen|0.91
p:hem op|open-vraag|0.99
p:hem over|samenvatting|0.65
p:hem over|bedanken|0.96
p:hem overal|bekritiseren|-0.74
p:hem straks|waarschuwen|0.92
p:hem te|jij-boodschap|-0.98
p:hem te|bekritiseren|-0.98
p:hem thuis|bevelen|-1.54
p:hem thuis|interpreteren|0.66
p:hem tot|moraliseren|0.98
p:hem tot|bekritiseren|0.84
p:hem u|adviseren|0.93
p:hem voor|ik-boodschap|0.93
p:hem voor|bekritiseren|-0.55
p:hem wat|prijzen|-0.88
p:hem wat|interpreteren|-0.9
p:hem wilt|prijzen|-1.0
p:hem wilt|interpreteren|1.0
p:hem zo|open-vraag|0.83
p:hem zo|adviseren|-0.95
p:hem zo|ondervragen|0.95
p:herfstvakantie geen|ik-boodschap|0.95
p:herfstvakantie geen|jij-boodschap|-0.95
p:herfstvakantie geen|bekritiseren|-0.95
p:herfstvakantie heb|ik-boodschap|0.93
p:herfstvakantie heb|bekritiseren|-0.55
p:herfstvakantie zijn|adviseren|-0.9
p:herhalen en|open-vraag|0.98
p:herkansing en|gevoelsreflectie|0.94
p:herkansing en|samenvatting|0.89
p:herkansing en|argumenteren|-0.94
p:herkansing en|vervolgafspraak|0.63
p:herkansing gemist|ik-boodschap|0.92
p:herkansing heus|geruststellen|1.75
p:herkansing niet|argumenteren|-0.94
p:herkansing stond|ik-boodschap|-0.93
p:herkansing voor|samenvatting|0.96
p:herkansing voor|vervolgafspraak|-0.59
p:herkansing was|parafrase|1.0
p:herkansing was|open-vraag|-1.0
p:herkansingsdata staan|samenvatting|-1.0
p:het advies|parafrase|-1.0
p:het advies|gevoelsreflectie|-1.0
p:het advies|adviseren|-0.89
p:het advies|prijzen|-1.0
p:het altijd|ik-boodschap|-0.98
p:het anders|adviseren|0.83
p:het avondeten|open-vraag|-1.0
p:het avondeten|ondervragen|1.0
p:het begon|parafrase|-0.91
p:het begon|samenvatting|0.91
p:het belangrijk|bekritiseren|-0.97
p:het best|bekritiseren|-0.93
p:het beste|open-vraag|-1.87
p:het beste|adviseren|0.99
p:het beste|argumenteren|-0.99
p:het bij|argumenteren|-1.0
p:het bij|prijzen|-1.0
p:het bij|geruststellen|-1.0
p:het bij|afleiden|-0.69
p:het cijfer|parafrase|0.87
p:het cijfer|bevelen|-1.0
p:het cijfer|waarschuwen|-0.92
p:het cijfer|moraliseren|-0.95
p:het cijfer|prijzen|-0.97
p:het cijfer|geruststellen|-1.0
p:het cijfer|vervolgafspraak|0.23
p:het cijfer|bedanken|-0.95
p:het contact|parafrase|0.95
p:het contact|open-vraag|0.95
p:het contact|waarschuwen|-0.94
p:het daar|bekritiseren|-0.94
p:het daarom|samenvatting|-1.0
p:het daarom|interpreteren|1.0
p:het daarom|vervolgafspraak|-1.0
p:het dat|bedanken|0.77
p:het delen|afleiden|-1.0
p:het delen|afronding-aankondigen|-1.0
p:het doet|ik-boodschap|0.89
p:het doet|bekritiseren|-0.99
p:het durfde|bedanken|0.88
p:het dus|gevoelsreflectie|-0.98
p:het dus|open-vraag|-0.98
p:het echt|ik-boodschap|1.93
p:het echt|jij-boodschap|0.23
p:het een|interpreteren|-0.92
p:het eerst|afleiden|0.96
p:het eerste|jij-boodschap|-0.65
p:het eerste|vervolgafspraak|0.93
p:het eind|waarschuwen|0.91
p:het einde|afleiden|0.95
p:het einde|afronding-aankondigen|0.97
p:het eng|adviseren|0.96
p:het even|parafrase|-0.98
p:het even|gevoelsreflectie|-1.0
p:het even|waarschuwen|-0.99
p:het examenreglement|parafrase|-1.0
p:het examenreglement|argumenteren|1.99
p:het examenreglement|interpreteren|-1.0
p:het examenreglement|ondervragen|-1.0
p:het fietsenhok|adviseren|-0.95
p:het formulier|moraliseren|-0.88
p:het gaat|samenvatting|1.68
p:het gaat|open-vraag|-1.75
p:het gaat|aanmoediging|-0.99
p:het gaat|adviseren|-0.98
p:het gaat|prijzen|-0.97
p:het gaat|geruststellen|-1.81
p:het gaat|afronding-aankondigen|-1.97
p:het gaat|vervolgafspraak|1.4
p:het gamen|jij-boodschap|-0.98
p:het gangpad|ik-boodschap|-1.0
p:het gangpad|argumenteren|-1.0
p:het gebeurt|parafrase|-0.91
p:het gebeurt|samenvatting|0.91
p:het gecontroleerd|afleiden|-1.0
p:het gedoe|open-vraag|-0.94
p:het gedrag|argumenteren|-0.85
p:het gehad|ik-boodschap|-0.97
p:het gehad|bedanken|-0.97
p:het gesprek|jij-boodschap|-0.89
p:het gesprek|samenvatting|0.83
p:het gesprek|afronding-aankondigen|1.91
p:het gesprek|vervolgafspraak|-0.97
p:het gesprek|bedanken|0.15
p:het gevoel|gevoelsreflectie|-0.9
p:het gevoel|interpreteren|-0.89
p:het gewoon|adviseren|0.96
p:het gewoon|interpreteren|0.92
p:het goed|ik-boodschap|-1.0
p:het goed|jij-boodschap|0.94
p:het goed|parafrase|2.9
p:het goed|gevoelsreflectie|-0.15
p:het goed|open-vraag|0.95
p:het goed|bekritiseren|0.94
p:het goed|geruststellen|-0.88
p:het goed|afleiden|-1.0
p:het goede|moraliseren|0.79
p:het goede|adviseren|-0.84
p:het groepje|adviseren|0.88
p:het heeft|ik-boodschap|0.92
p:het hek|bevelen|0.91
p:het hele|jij-boodschap|1.0
p:het helemaal|gevoelsreflectie|0.97
p:het helemaal|bekritiseren|0.86
p:het helpt|adviseren|0.99
p:het hier|ik-boodschap|-0.99
p:het hier|samenvatting|-0.95
p:het hier|bekritiseren|-0.98
p:het hier|afronding-aankondigen|3.75
p:het hier|bedanken|-0.13
p:het hierbij|afronding-aankondigen|0.75
p:het huiswerk|jij-boodschap|-0.88
p:het huiswerk|samenvatting|1.88
p:het huiswerk|open-vraag|1.02
p:het huiswerk|waarschuwen|0.96
p:het huiswerk|adviseren|-0.89
p:het huiswerk|prijzen|-0.97
p:het huiswerk|etiketteren|-0.92
p:het huiswerk|ondervragen|0.86
p:het huiswerk|vervolgafspraak|-0.63
p:het idee|parafrase|0.93
p:het idee|interpreteren|1.47
p:het in|argumenteren|0.85
p:het incident|gevoelsreflectie|-0.84
p:het is|ik-boodschap|-1.83
p:het is|jij-boodschap|-1.0
p:het is|waarschuwen|-1.0
p:het is|moraliseren|0.98
p:het is|adviseren|-0.96
p:het is|argumenteren|-0.32
p:het is|bekritiseren|-0.27
p:het is|interpreteren|-1.94
p:het is|geruststellen|0.96
p:het is|afleiden|-1.54
p:het jaar|argumenteren|0.79
p:het kamp|afleiden|0.91
p:het kan|afleiden|-0.93
p:het klinkt|gevoelsreflectie|1.0
p:het klinkt|aanmoediging|-1.0
p:het klopt|argumenteren|0.98
p:het komt|open-vraag|0.87
p:het komt|bevelen|-1.0
p:het komt|geruststellen|1.89
p:het komt|afleiden|-0.93
p:het kort|open-vraag|-0.98
p:het langst|moraliseren|0.98
p:het lastig|gevoelsreflectie|-0.83
p:het lastig|bekritiseren|1.1
p:het leven|bevelen|-0.93
p:het leven|moraliseren|0.93
p:het liever|afleiden|0.91
p:het lijkt|adviseren|-0.11
p:het lijkt|geruststellen|0.99
p:het lokaal|ik-boodschap|-0.13
p:het lukt|samenvatting|0.9
p:het maar|aanmoediging|1.84
p:het meedenken|bedanken|0.83
p:het meest|gevoelsreflectie|-0.96
p:het meest|aanmoediging|-1.0
p:het meldt|geruststellen|-0.92
p:het met|samenvatting|-0.65
p:het met|open-vraag|-0.93
p:het met|bekritiseren|0.95
p:het met|afleiden|0.93
p:het mij|ondervragen|-0.99
p:het mij|vervolgafspraak|0.67
p:het minste|moraliseren|0.92
p:het mis|argumenteren|0.85
p:het moeilijk|adviseren|-0.92
p:het mogelijk|afleiden|-0.95
p:het niet|parafrase|-0.91
p:het niet|gevoelsreflectie|0.71
p:het niet|bekritiseren|0.99
p:het niet|interpreteren|1.47
p:het niet|ondervragen|-0.98
p:het nieuwe|open-vraag|-1.81
p:het nieuwe|afleiden|0.73
p:het nog|samenvatting|0.97
p:het nog|afronding-aankondigen|-0.92
p:het nooit|jij-boodschap|0.82
p:het normaal|jij-boodschap|0.93
p:het nu|ik-boodschap|0.9
p:het nu|jij-boodschap|-0.94
p:het nu|bekritiseren|-1.44
p:het nu|afronding-aankondigen|-0.97
p:het nu|bedanken|0.94
p:het om|open-vraag|0.95
p:het om|afleiden|-0.95
p:het onrustig|ik-boodschap|-1.0
p:het onrustig|parafrase|-0.9
p:het onrustig|argumenteren|-1.0
p:het ook|argumenteren|0.72
p:het over|samenvatting|-0.91
p:het over|afleiden|1.14
p:het over|vervolgafspraak|-0.91
p:het pesten|jij-boodschap|-0.42
p:het pesten|bekritiseren|-0.64
p:het plannen|geruststellen|-0.95
p:het positief|bevelen|-0.97
p:het prima|jij-boodschap|0.75
p:het prima|parafrase|-0.83
p:het prima|gevoelsreflectie|0.9
p:het prima|samenvatting|-0.9
p:het prima|bekritiseren|0.97
p:het prima|geruststellen|1.35
p:het probleem|parafrase|0.9
p:het probleem|samenvatting|-1.87
p:het probleem|interpreteren|1.81
p:het probleem|geruststellen|-0.96
p:het programma|afleiden|-0.86
p:het protocol|argumenteren|-0.97
p:het pta|argumenteren|0.99
p:het raakt|samenvatting|-0.93
p:het rapport|ik-boodschap|0.99
p:het rapport|parafrase|0.95
p:het rapport|argumenteren|-0.98
p:het redelijk|parafrase|-0.93
p:het redelijk|gevoelsreflectie|-0.93
p:het reglement|moraliseren|-1.0
p:het reglement|argumenteren|1.0
p:het rooster|samenvatting|-0.93
p:het rooster|open-vraag|-1.0
p:het rooster|etiketteren|-1.0
p:het samenvat|parafrase|0.98
p:het samenvat|gevoelsreflectie|-0.74
p:het schoolplein|afleiden|0.91
p:het schoolreisje|open-vraag|-0.94
p:het slapen|open-vraag|0.92
p:het slim|adviseren|0.82
p:het snap|open-vraag|-0.97
p:het spannend|gevoelsreflectie|0.95
p:het staat|argumenteren|0.99
p:het te|gevoelsreflectie|-0.74
p:het te|interpreteren|0.66
p:het team|prijzen|0.99
p:het tegenovergestelde|jij-boodschap|0.93
p:het tegenovergestelde|bekritiseren|0.93
p:het tenminste|afleiden|1.26
p:het thuis|samenvatting|-1.78
p:het thuis|interpreteren|0.23
p:het thuis|afleiden|-0.94
p:het toch|moraliseren|-0.81
p:het toch|afronding-aankondigen|-1.0
p:het toch|vervolgafspraak|-1.0
p:het toen|open-vraag|1.0
p:het toen|moraliseren|-1.0
p:het toen|ondervragen|-1.0
p:het tot|argumenteren|-0.68
p:het trouwens|afleiden|0.95
p:het tussen|open-vraag|0.93
p:het u|gevoelsreflectie|1.0
p:het uit|bevelen|1.0
p:het valt|ik-boodschap|-0.9
p:het valt|geruststellen|0.94
p:het vast|parafrase|-1.0
p:het vast|gevoelsreflectie|-1.0
p:het vast|waarschuwen|-0.94
p:het vast|prijzen|2.01
p:het vast|geruststellen|0.92
p:het vast|bedanken|-1.0
p:het vergeten|argumenteren|-0.98
p:het verschil|parafrase|-0.95
p:het verschil|samenvatting|0.95
p:het vervelend|ik-boodschap|1.0
p:het verzuim|samenvatting|0.99
p:het verzuim|waarschuwen|0.98
p:het verzuim|argumenteren|-0.85
p:het via|parafrase|0.91
p:het via|interpreteren|-0.66
p:het vierde|adviseren|-0.78
p:het vol|gevoelsreflectie|0.93
p:het volgende|moraliseren|-0.53
p:het volgende|bekritiseren|-0.91
p:het volgens|parafrase|-1.0
p:het volgens|argumenteren|-1.0
p:het volgens|geruststellen|-1.0
p:het volgens|afleiden|-0.69
p:het vooral|parafrase|1.0
p:het vooral|open-vraag|1.0
p:het voorstel|prijzen|0.99
p:het vorig|aanmoediging|-0.79
p:het weekend|ik-boodschap|0.84
p:het weekend|interpreteren|-1.0
p:het weekend|afleiden|1.0
p:het weekend|vervolgafspraak|-0.98
p:het weer|open-vraag|0.99
p:het weer|waarschuwen|-0.96
p:het weer|etiketteren|0.91
p:het weer|afleiden|0.6
p:het weet|interpreteren|-0.75
p:het wel|open-vraag|0.97
p:het wel|geruststellen|1.18
p:het wijkteam|adviseren|0.97
p:het zeg|waarschuwen|0.99
p:het zelf|gevoelsreflectie|0.9
p:het zelf|prijzen|-1.0
p:het zesde|vervolgafspraak|0.99
p:het zo|open-vraag|0.99
p:het zo|bekritiseren|0.73
p:het zonde|ik-boodschap|0.91
p:hetzelfde punt|ik-boodschap|0.97
p:heus niet|adviseren|-0.99
p:heus niet|geruststellen|0.69
p:heus wel|moraliseren|-0.98
p:heus wel|geruststellen|0.93
p:hielp die|ik-boodschap|0.96
p:hier af|jij-boodschap|-1.0
p:hier af|samenvatting|-0.95
p:hier af|argumenteren|-0.98
p:hier af|bekritiseren|-1.0
p:hier af|afronding-aankondigen|2.63
p:hier af|vervolgafspraak|-0.88
p:hier afronden|samenvatting|0.81
p:hier afronden|afronding-aankondigen|0.97
p:hier de|ik-boodschap|-0.96
p:hier de|argumenteren|0.96
p:hier emotioneel|gevoelsreflectie|1.0
p:hier emotioneel|afronding-aankondigen|-1.0
p:hier emotioneel|vervolgafspraak|-1.0
p:hier gewoon|jij-boodschap|0.93
p:hier gewoon|samenvatting|-0.93
p:hier gewoon|bevelen|-0.88
p:hier gewoon|bekritiseren|0.93
p:hier laten|afronding-aankondigen|0.96
p:hier laten|vervolgafspraak|1.88
p:hier maar|afronding-aankondigen|0.93
p:hier meneer|aanmoediging|-1.0
p:hier meneer|bevelen|1.0
p:hier meneer|adviseren|-1.0
p:hier nu|vervolgafspraak|-0.94
p:hier om|geruststellen|-0.94
p:hier ook|gevoelsreflectie|0.91
p:hier op|afronding-aankondigen|-0.93
p:hier stoppen|afronding-aankondigen|1.0
p:hier stoppen|vervolgafspraak|-0.98
p:hier stoppen|bedanken|-1.9
p:hier voor|ik-boodschap|-0.99
p:hier voor|afronding-aankondigen|0.86
p:hier voor|vervolgafspraak|-0.99
p:hier voor|bedanken|0.95
p:hier zeker|bevelen|-0.97
p:hier zelf|afronding-aankondigen|-0.76
p:hier zo|vervolgafspraak|0.94
p:hier zwart|argumenteren|0.98
p:hier zwart|bekritiseren|-0.98
p:hierbij laten|afronding-aankondigen|0.75
p:hierdoor kan|ik-boodschap|-0.96
p:hij 's|parafrase|0.91
p:hij 's|adviseren|0.91
p:hij 's|bekritiseren|0.96
p:hij 14|argumenteren|0.96
p:hij ?|bekritiseren|-0.97
p:hij ?|afleiden|-0.96
p:hij al|geruststellen|-0.9
p:hij allemaal|ik-boodschap|0.91
p:hij bang|parafrase|-0.99
p:hij begint|jij-boodschap|1.78
p:hij begint|bekritiseren|1.78
p:hij bij|samenvatting|-0.8
p:hij bij|waarschuwen|-0.91
p:hij bij|adviseren|-0.9
p:hij bijles|afronding-aankondigen|-0.85
p:hij blijft|waarschuwen|0.99
p:hij blijft|geruststellen|-0.74
p:hij dan|bekritiseren|-0.97
p:hij de|adviseren|0.9
p:hij de|vervolgafspraak|0.99
p:hij dit|moraliseren|0.94
p:hij doet|bekritiseren|0.3
p:hij doet|interpreteren|-0.29
p:hij een|samenvatting|-0.1
p:hij een|open-vraag|-0.99
p:hij eerst|adviseren|0.99
p:hij eerst|argumenteren|-0.99
p:hij eet|waarschuwen|-0.99
p:hij eigenlijk|afleiden|0.91
p:hij gamet|bekritiseren|0.94
p:hij gedraagt|etiketteren|1.0
p:hij geen|samenvatting|-0.93
p:hij geen|waarschuwen|-0.86
p:hij geen|argumenteren|0.55
p:hij gepest|gevoelsreflectie|-0.9
p:hij geschorst|waarschuwen|0.91
p:hij gewoon|jij-boodschap|-0.15
p:hij gewoon|bekritiseren|-1.0
p:hij gewoon|etiketteren|0.85
p:hij gewoon|interpreteren|1.0
p:hij gisteren|ik-boodschap|-0.99
p:hij haalt|samenvatting|0.97
p:hij haalt|geruststellen|0.82
p:hij had|parafrase|0.87
p:hij had|argumenteren|0.94
p:hij heeft|jij-boodschap|-0.97
p:hij heeft|samenvatting|0.79
p:hij het|parafrase|-0.91
p:hij het|gevoelsreflectie|0.71
p:hij het|samenvatting|-0.96
p:hij het|argumenteren|-0.98
p:hij het|geruststellen|-0.74
p:hij houdt|ik-boodschap|-0.9
p:hij hulp|waarschuwen|-0.91
p:hij in|geruststellen|0.92
p:hij is|jij-boodschap|-1.91
p:hij is|samenvatting|0.75
p:hij is|waarschuwen|-0.99
p:hij is|argumenteren|-0.98
p:hij is|bekritiseren|-1.79
p:hij is|etiketteren|-0.94
p:hij is|interpreteren|1.01
p:hij is|geruststellen|0.92
p:hij komt|afronding-aankondigen|-0.98
p:hij komt|vervolgafspraak|-1.77
p:hij kreeg|gevoelsreflectie|0.94
p:hij kreeg|samenvatting|0.89
p:hij kreeg|argumenteren|-0.94
p:hij kreeg|vervolgafspraak|0.63
p:hij krijgt|samenvatting|0.81
p:hij krijgt|afronding-aankondigen|0.97
p:hij krijgt|bedanken|0.97
p:hij lapt|jij-boodschap|0.94
p:hij lapt|bekritiseren|0.94
p:hij mag|ondervragen|-1.0
p:hij mist|samenvatting|0.75
p:hij mist|interpreteren|-0.99
p:hij moe|jij-boodschap|-0.8
p:hij moet|bevelen|-0.9
p:hij moet|waarschuwen|0.91
p:hij moet|geruststellen|0.93
p:hij nauwelijks|ik-boodschap|0.83
p:hij nauwelijks|jij-boodschap|-0.98
p:hij niet|samenvatting|-0.91
p:hij niet|waarschuwen|0.92
p:hij niet|argumenteren|0.55
p:hij niet|etiketteren|-0.99
p:hij niet|interpreteren|-0.62
p:hij niet|ondervragen|0.97
p:hij niet|afleiden|-0.99
p:hij niks|interpreteren|0.99
p:hij nog|ik-boodschap|-0.96
p:hij nog|open-vraag|1.0
p:hij nog|waarschuwen|0.99
p:hij nog|moraliseren|-1.0
p:hij nog|interpreteren|0.96
p:hij nog|geruststellen|-0.96
p:hij nog|ondervragen|-1.0
p:hij nooit|bekritiseren|-0.95
p:hij nooit|geruststellen|-0.92
p:hij nu|moraliseren|-0.94
p:hij om|jij-boodschap|0.75
p:hij om|parafrase|-0.83
p:hij op|samenvatting|-0.81
p:hij op|bevelen|0.88
p:hij slaapt|jij-boodschap|-0.93
p:hij slaapt|waarschuwen|-0.99
p:hij slaapt|interpreteren|-0.99
p:hij staat|ik-boodschap|0.84
p:hij staat|vervolgafspraak|-0.98
p:hij stelt|bekritiseren|1.61
p:hij stiekem|interpreteren|0.97
p:hij straks|moraliseren|-0.94
p:hij straks|afleiden|-0.83
p:hij thuis|open-vraag|-1.0
p:hij thuis|argumenteren|-0.99
p:hij thuis|bekritiseren|-0.97
p:hij thuis|interpreteren|0.13
p:hij thuis|geruststellen|-0.94
p:hij thuis|afleiden|-0.96
p:hij toch|moraliseren|0.98
p:hij toen|aanmoediging|-0.95
p:hij tot|open-vraag|-1.0
p:hij tot|ondervragen|1.0
p:hij trekt|bekritiseren|-0.91
p:hij uitspookt|bevelen|-0.99
p:hij vaak|ik-boodschap|-0.97
p:hij vaak|interpreteren|-0.83
p:hij van|ik-boodschap|0.98
p:hij van|jij-boodschap|0.89
p:hij van|interpreteren|-0.96
p:hij vanzelf|geruststellen|0.98
p:hij verveelt|interpreteren|0.66
p:hij voelt|parafrase|-0.91
p:hij voelt|samenvatting|0.91
p:hij volgend|waarschuwen|0.99
p:hij voor|afleiden|0.84
p:hij was|argumenteren|0.98
p:hij weer|bekritiseren|-0.88
p:hij wil|parafrase|-0.99
p:hij wil|samenvatting|0.9
p:hij wil|adviseren|-0.86
p:hij wil|prijzen|0.91
p:hij woensdag|prijzen|0.98
p:hij wordt|parafrase|0.98
p:hij wordt|samenvatting|-0.8
p:hij zegt|waarschuwen|-0.99
p:hij zelf|parafrase|0.99
p:hij zich|gevoelsreflectie|-1.0
p:hij zich|bevelen|0.99
p:hij zich|afronding-aankondigen|-0.96
p:hij zich|vervolgafspraak|-0.96
p:hij ziet|jij-boodschap|-0.96
p:hij zijn|bevelen|-0.9
p:hij zijn|waarschuwen|1.76
p:hij zijn|adviseren|-1.0
p:hij zijn|etiketteren|-0.99
p:hij zijn|afleiden|-0.99
p:hij zit|jij-boodschap|1.0
p:hij zit|bevelen|-0.96
p:hij zit|geruststellen|-0.85
p:hij zitten|prijzen|-0.99
p:hij zo|moraliseren|-0.94
p:hij zo|argumenteren|-0.77
p:hij zo|afleiden|-0.83
p:hm en|samenvatting|-0.95
p:hm en|aanmoediging|0.91
p:hm hm|samenvatting|-0.95
p:hm hm|aanmoediging|1.9
p:hm vertelt|aanmoediging|0.99
p:hoe bevalt|open-vraag|-1.81
p:hoe bevalt|afleiden|0.73
p:hoe dan|prijzen|-0.83
p:hoe dat|parafrase|-0.93
p:hoe dat|gevoelsreflectie|-0.93
p:hoe denkt|parafrase|0.98
p:hoe en|gevoelsreflectie|-0.74
p:hoe ervaart|ik-boodschap|0.92
p:hoe gaat|parafrase|0.83
p:hoe gaat|gevoelsreflectie|0.99
p:hoe gaat|open-vraag|0.97
p:hoe gaat|bevelen|-0.94
p:hoe gaat|afleiden|0.98
p:hoe gaat|vervolgafspraak|-0.97
p:hoe ging|aanmoediging|-0.79
p:hoe heeft|samenvatting|-0.96
p:hoe heeft|ondervragen|-0.95
p:hoe het|samenvatting|1.03
p:hoe het|open-vraag|-1.75
p:hoe het|adviseren|-0.1
p:hoe het|afronding-aankondigen|-1.97
p:hoe het|vervolgafspraak|2.03
p:hoe hij|afronding-aankondigen|-0.96
p:hoe hij|vervolgafspraak|-0.96
p:hoe houdt|gevoelsreflectie|0.93
p:hoe ik|jij-boodschap|0.91
p:hoe is|ik-boodschap|0.13
p:hoe is|open-vraag|0.87
p:hoe is|afleiden|-0.95
p:hoe kevin|ik-boodschap|0.96
p:hoe kijk|open-vraag|0.98
p:hoe kijkt|jij-boodschap|-0.82
p:hoe kijkt|parafrase|-1.0
p:hoe kijkt|gevoelsreflectie|-1.0
p:hoe kijkt|open-vraag|0.66
p:hoe kijkt|bekritiseren|-0.82
p:hoe kijkt|prijzen|-1.0
p:hoe komt|parafrase|-1.0
p:hoe komt|argumenteren|-1.0
p:hoe komt|geruststellen|-1.0
p:hoe komt|afleiden|-0.69
p:hoe kunnen|open-vraag|0.73
p:hoe laat|parafrase|-0.95
p:hoe laat|open-vraag|-1.0
p:hoe laat|ondervragen|1.97
p:hoe laat|afleiden|-0.96
p:hoe merkt|ik-boodschap|0.81
p:hoe merkt|open-vraag|0.94
p:hoe u|open-vraag|0.34
p:hoe u|prijzen|0.84
p:hoe voel|jij-boodschap|-1.0
p:hoe voel|open-vraag|1.0
p:hoe voel|bekritiseren|-1.0
p:hoe was|gevoelsreflectie|-0.97
p:hoe was|open-vraag|-0.77
p:hoe was|moraliseren|-1.0
p:hoe was|interpreteren|-1.0
p:hoe was|ondervragen|-1.96
p:hoe was|afleiden|1.95
p:hoe zie|gevoelsreflectie|-0.96
p:hoe zie|open-vraag|0.78
p:hoe zou|parafrase|0.95
p:hoe zou|open-vraag|0.95
p:hoeft niet|bekritiseren|-0.99
p:hoeft niet|geruststellen|0.99
p:hoeft u|moraliseren|-0.93
p:hoeft u|interpreteren|-0.86
p:hoeft u|geruststellen|-0.15
p:hoeft u|afleiden|0.96
p:hoeft zich|jij-boodschap|-0.9
p:hoeft zich|bekritiseren|-0.96
p:hoeveel uren|jij-boodschap|0.93
p:hoeveel uur|ondervragen|0.69
p:hoezo was|ondervragen|0.62
p:hoi bram|jij-boodschap|-0.83
p:hoi ga|bevelen|-1.77
p:hond ?|afleiden|0.95
p:hoofd op|open-vraag|0.99
p:hoog zit|gevoelsreflectie|1.0
p:hoog zit|open-vraag|-1.0
p:hoogte ?|ondervragen|0.62
p:hoogte te|waarschuwen|-1.0
p:hoogte te|moraliseren|1.89
p:hoogte te|interpreteren|-1.0
p:hoogte volgende|samenvatting|0.65
p:hoogte volgende|bedanken|0.96
p:hoor bent|gevoelsreflectie|0.98
p:hoor daar|etiketteren|0.98
p:hoor dat|parafrase|-0.99
p:hoor dat|gevoelsreflectie|0.96
p:hoor dat|samenvatting|-0.96
p:hoor dat|open-vraag|0.87
p:hoor dat|aanmoediging|-0.99
p:hoor dat|etiketteren|-0.9
p:hoor dat|afleiden|-1.56
p:hoor dat|vervolgafspraak|-0.93
p:hoor gaat|samenvatting|-0.81
p:hoor heb|parafrase|0.95
p:hoor hoe|open-vraag|-0.63
p:hoor hoe|prijzen|0.84
p:hoor ik|gevoelsreflectie|0.93
p:hoor ik|aanmoediging|0.93
p:hoor ik|bevelen|-0.89
p:hoor ik|ondervragen|1.87
p:hoor is|parafrase|0.92
p:hoor is|gevoelsreflectie|0.85
p:hoor is|open-vraag|-0.92
p:hoor je|argumenteren|0.49
p:hoor je|ondervragen|-0.61
p:hoor slaapt|geruststellen|-0.9
p:hoor u|gevoelsreflectie|-0.85
p:hoor volgens|parafrase|-1.0
p:hoor volgens|argumenteren|1.0
p:hoor volgens|interpreteren|-1.0
p:hoor zeggen|parafrase|1.0
p:hoor zeggen|prijzen|-1.0
p:hoorde dat|ik-boodschap|0.98
p:hoorde ik|interpreteren|-0.99
p:hoort bij|afleiden|0.1
p:hoort dan|bekritiseren|-1.79
p:hoort een|moraliseren|0.99
p:hoort een|bekritiseren|-0.99
p:hoort er|moraliseren|0.64
p:hoort er|afleiden|-0.93
p:hoort gewoon|afleiden|-0.95
p:hoort het|moraliseren|0.46
p:hoort je|bevelen|-0.97
p:hoort nu|moraliseren|-0.93
p:hoort nu|argumenteren|-0.94
p:hoort nu|interpreteren|-0.86
p:hoort nu|geruststellen|-0.66
p:hoort nu|afleiden|1.01
p:hoort om|bevelen|-1.0
p:hoort om|moraliseren|1.0
p:hoort om|argumenteren|-1.0
p:hoort te|moraliseren|0.98
p:hoort te|bekritiseren|0.84
p:hoort u|parafrase|-0.95
p:hoort u|argumenteren|0.98
p:horen hoe|samenvatting|-0.29
p:horen hoe|open-vraag|-0.98
p:horen hoe|adviseren|0.9
p:horen hoe|afronding-aankondigen|-0.99
p:horen hoe|vervolgafspraak|0.98
p:horen hoe|bedanken|0.91
p:horen hun|jij-boodschap|-0.99
p:horen hun|adviseren|-0.99
p:horen hun|bekritiseren|-0.74
p:horen op|moraliseren|0.9
p:horen op|adviseren|-0.8
p:horen wat|bekritiseren|-0.96
p:hou daar|bevelen|0.97
p:hou je|argumenteren|-0.68
p:houd de|samenvatting|0.65
p:houd de|bedanken|0.96
p:houden anders|waarschuwen|0.91
p:houden contact|aanmoediging|-0.92
p:houden contact|ondervragen|-0.85
p:houden en|bevelen|-0.97
p:houden zijn|samenvatting|0.81
p:houden zijn|afronding-aankondigen|0.97
p:houden zijn|bedanken|0.97
p:houding van|jij-boodschap|-1.0
p:houdt hem|geruststellen|0.64
p:houdt hoe|jij-boodschap|-0.82
p:houdt hoe|open-vraag|0.66
p:houdt hoe|bekritiseren|-0.82
p:houdt mist|open-vraag|-0.98
p:houdt mist|vervolgafspraak|0.98
p:houdt u|gevoelsreflectie|0.93
p:houdt zich|ik-boodschap|-0.9
p:huilend op|ik-boodschap|-0.98
p:huis eigenlijk|open-vraag|-1.81
p:huis eigenlijk|afleiden|0.73
p:huis uit|ik-boodschap|-0.92
p:huisarts gaan|geruststellen|0.92
p:huisarts kunnen|afleiden|-0.94
p:huisarts op|ik-boodschap|-0.92
p:huisarts op|samenvatting|0.92
p:huisarts op|vervolgafspraak|0.83
p:huisarts te|adviseren|0.89
p:huiswerk blijft|jij-boodschap|-0.88
p:huiswerk blijft|samenvatting|0.93
p:huiswerk dat|adviseren|-0.89
p:huiswerk de|open-vraag|0.92
p:huiswerk deze|waarschuwen|0.96
p:huiswerk gaat|moraliseren|0.46
p:huiswerk geen|argumenteren|0.99
p:huiswerk in|prijzen|-0.97
p:huiswerk in|vervolgafspraak|-0.63
p:huiswerk ingeleverd|afronding-aankondigen|-0.99
p:huiswerk maakt|adviseren|0.99
p:huiswerk maakt|argumenteren|-0.99
p:huiswerk maakt|interpreteren|-0.94
p:huiswerk maken|bekritiseren|-0.93
p:huiswerk niet|open-vraag|0.2
p:huiswerk niet|adviseren|0.9
p:huiswerk niet|argumenteren|-0.99
p:huiswerk niet|vervolgafspraak|0.96
p:huiswerk over|bekritiseren|0.97
p:huiswerk thuis|open-vraag|0.97
p:huiswerk uren|samenvatting|0.95
p:huiswerk weer|open-vraag|-0.86
p:huiswerk weer|ondervragen|0.86
p:huiswerkbegeleiding ?|ondervragen|-0.93
p:huiswerkklas en|samenvatting|0.89
p:huiswerkklas gaan|waarschuwen|-0.83
p:huiswerkklas is|parafrase|-0.98
p:huiswerkmoment afspreken|prijzen|-0.98
p:huiswerkmoment afspreken|geruststellen|-0.98
p:huiswerkopdracht ingeleverd|open-vraag|-0.99
p:huiswerkopdracht ingelevert|ik-boodschap|0.95
p:huiswerkopdracht ingelevert|jij-boodschap|-0.95
p:huiswerkopdracht ingelevert|bekritiseren|-0.95
p:huiswerkritme er|open-vraag|-0.63
p:huiswerkritme er|prijzen|0.84
p:huiswerktijd afspreken|parafrase|-0.99
p:huiswerktijd afspreken|adviseren|0.9
p:hulp nodig|waarschuwen|-0.91
p:hulp op|open-vraag|-0.98
p:hulp vragen|adviseren|0.97
p:hun kind|bekritiseren|-0.74
p:hun kluisje|jij-boodschap|-0.99
p:hun kluisje|adviseren|-0.99
p:hun telefoon|jij-boodschap|-0.99
p:hun telefoon|adviseren|-0.99
p:hun vraag|ik-boodschap|0.93
p:hysterisch en|bevelen|1.8
p:hysterisch en|waarschuwen|-0.83
p:hè ?|gevoelsreflectie|0.77
p:hé bram|afleiden|-0.93
p:idee dat|parafrase|0.93
p:idee dat|interpreteren|1.47
p:idee is|interpreteren|-0.92
p:idee om|adviseren|0.99
p:idee om|etiketteren|-0.99
p:idee waar|jij-boodschap|-0.96
p:idee wat|bevelen|-0.99
p:idee zou|moraliseren|-0.95
p:iedere ouder|moraliseren|1.0
p:iedereen een|argumenteren|0.98
p:iedereen gekregen|argumenteren|0.99
p:iedereen haalt|adviseren|-0.92
p:iedereen haalt|argumenteren|-0.96
p:iedereen haalt|afleiden|0.92
p:iedereen is|jij-boodschap|0.96
p:iedereen is|samenvatting|-0.96
p:iedereen is|bekritiseren|0.96
p:iedereen wel|geruststellen|-1.78
p:iemand gewond|ik-boodschap|0.71
p:iemand pijn|bevelen|-0.97
p:iemand uitlachen|moraliseren|0.8
p:iemand uitschelden|jij-boodschap|-1.7
p:iemand uitschelden|moraliseren|2.35
p:iemand uitschelden|bekritiseren|-1.8
p:iets aan|jij-boodschap|0.89
p:iets anders|adviseren|-0.96
p:iets en|samenvatting|-1.0
p:iets en|interpreteren|1.0
p:iets en|vervolgafspraak|-1.0
p:iets heel|open-vraag|-0.99
p:iets is|ondervragen|-0.99
p:iets is|vervolgafspraak|0.67
p:iets leukers|afleiden|1.0
p:iets met|open-vraag|0.97
p:iets niet|ik-boodschap|-0.98
p:iets van|etiketteren|-0.99
p:iets verkeerd|geruststellen|-0.89
p:ik alles|gevoelsreflectie|-0.96
p:ik alles|samenvatting|0.75
p:ik alles|adviseren|-0.89
p:ik app|vervolgafspraak|0.81
p:ik balen|ik-boodschap|0.87
p:ik balen|gevoelsreflectie|-0.91
p:ik begrijp|parafrase|-0.94
p:ik begrijp|gevoelsreflectie|0.14
p:ik begrijp|argumenteren|0.76
p:ik begrijp|bekritiseren|0.98
p:ik begrijp|afleiden|0.95
p:ik bel|ik-boodschap|-0.97
p:ik bel|jij-boodschap|-0.18
p:ik bel|gevoelsreflectie|-1.0
p:ik bel|samenvatting|-0.94
p:ik bel|open-vraag|-0.98
p:ik bel|adviseren|0.9
p:ik bel|bekritiseren|-1.0
p:ik bel|vervolgafspraak|2.39
p:ik bel|bedanken|-0.79
p:ik ben|ik-boodschap|0.98
p:ik ben|jij-boodschap|-0.95
p:ik ben|open-vraag|1.09
p:ik ben|bevelen|-0.16
p:ik ben|waarschuwen|-0.91
p:ik ben|bekritiseren|-0.95
p:ik ben|etiketteren|-0.91
p:ik ben|interpreteren|-0.5
p:ik ben|afronding-aankondigen|-0.99
p:ik ben|bedanken|0.96
p:ik beëindig|ik-boodschap|-0.84
p:ik breek|afronding-aankondigen|0.64
p:ik breek|vervolgafspraak|0.93
p:ik breek|bedanken|-0.82
p:ik dat|ik-boodschap|0.83
p:ik dat|jij-boodschap|-0.98
p:ik dat|bevelen|0.91
p:ik dat|waarschuwen|0.91
p:ik de|ik-boodschap|-0.68
p:ik de|jij-boodschap|-0.96
p:ik de|samenvatting|-0.65
p:ik de|adviseren|0.86
p:ik de|argumenteren|-0.8
p:ik de|bekritiseren|-0.94
p:ik de|vervolgafspraak|-0.99
p:ik denk|jij-boodschap|1.07
p:ik denk|parafrase|0.99
p:ik denk|adviseren|-0.92
p:ik denk|bekritiseren|1.04
p:ik denk|etiketteren|0.85
p:ik denk|interpreteren|0.82
p:ik denk|geruststellen|0.83
p:ik denk|afronding-aankondigen|0.93
p:ik die|parafrase|0.91
p:ik die|adviseren|0.91
p:ik die|bekritiseren|0.94
p:ik die|ondervragen|-0.93
p:ik echt|ik-boodschap|0.92
p:ik echt|gevoelsreflectie|-0.92
p:ik echt|open-vraag|-0.67
p:ik een|parafrase|-0.99
p:ik een|argumenteren|-0.8
p:ik eerst|prijzen|-0.98
p:ik en|aanmoediging|0.92
p:ik eng|samenvatting|-0.65
p:ik erger|jij-boodschap|0.98
p:ik erger|bekritiseren|0.98
p:ik ga|ik-boodschap|-0.96
p:ik ga|bevelen|-0.92
p:ik ga|afronding-aankondigen|0.99
p:ik ga|vervolgafspraak|-1.39
p:ik geen|open-vraag|-0.98
p:ik gehoord|ik-boodschap|-0.8
p:ik gestrest|geruststellen|-0.99
p:ik goed|parafrase|1.0
p:ik haar|ik-boodschap|0.92
p:ik haar|open-vraag|0.97
p:ik haar|vervolgafspraak|-0.79
p:ik had|bekritiseren|-2.52
p:ik heb|ik-boodschap|-1.03
p:ik heb|jij-boodschap|-0.9
p:ik heb|parafrase|-1.0
p:ik heb|gevoelsreflectie|-0.83
p:ik heb|waarschuwen|-0.99
p:ik heb|argumenteren|1.94
p:ik heb|prijzen|-0.93
p:ik heb|interpreteren|0.64
p:ik heb|geruststellen|-0.99
p:ik heb|afleiden|-1.0
p:ik hem|ik-boodschap|-1.95
p:ik hem|open-vraag|0.1
p:ik hem|bevelen|0.94
p:ik hem|waarschuwen|0.91
p:ik hem|bekritiseren|-0.55
p:ik hem|prijzen|0.99
p:ik hem|vervolgafspraak|0.96
p:ik het|ik-boodschap|-1.0
p:ik het|jij-boodschap|-0.89
p:ik het|parafrase|3.85
p:ik het|gevoelsreflectie|-0.88
p:ik het|open-vraag|-0.96
p:ik het|bevelen|0.93
p:ik het|waarschuwen|0.99
p:ik het|geruststellen|-0.99
p:ik het|afleiden|1.91
p:ik hoor|parafrase|-0.99
p:ik hoor|gevoelsreflectie|1.01
p:ik hoor|samenvatting|-0.96
p:ik hoor|open-vraag|0.87
p:ik hoor|aanmoediging|-0.99
p:ik hoor|afleiden|-0.94
p:ik hoorde|ik-boodschap|0.98
p:ik houd|samenvatting|0.65
p:ik houd|bedanken|0.96
p:ik jammer|ondervragen|-0.93
p:ik jammer|afronding-aankondigen|1.0
p:ik je|ik-boodschap|0.13
p:ik je|waarschuwen|1.85
p:ik je|geruststellen|-0.9
p:ik je|ondervragen|-0.93
p:ik je|afronding-aankondigen|0.91
p:ik je|vervolgafspraak|2.79
p:ik jou|waarschuwen|-0.83
p:ik jou|prijzen|-0.98
p:ik jullie|waarschuwen|0.98
p:ik jullie|bekritiseren|0.94
p:ik kan|ik-boodschap|-0.91
p:ik kan|parafrase|-0.89
p:ik kan|gevoelsreflectie|0.95
p:ik kan|open-vraag|-0.84
p:ik kim|ik-boodschap|-0.98
p:ik kom|vervolgafspraak|0.99
p:ik lastig|ik-boodschap|1.96
p:ik lastig|parafrase|-1.0
p:ik lastig|open-vraag|-0.98
p:ik lastig|argumenteren|-0.8
p:ik lastig|vervolgafspraak|-0.99
p:ik later|adviseren|-0.96
p:ik luister|aanmoediging|0.99
p:ik maak|ik-boodschap|-0.95
p:ik maak|jij-boodschap|-1.0
p:ik maak|waarschuwen|-0.91
p:ik maak|adviseren|-0.9
p:ik maak|argumenteren|-0.68
p:ik maak|vervolgafspraak|-0.95
p:ik maandag|ik-boodschap|0.84
p:ik maandag|vervolgafspraak|-0.98
p:ik maar|gevoelsreflectie|0.93
p:ik maar|geruststellen|0.96
p:ik maar|ondervragen|1.87
p:ik mail|afronding-aankondigen|-0.96
p:ik mail|bedanken|-0.9
p:ik me|ik-boodschap|1.71
p:ik me|waarschuwen|-0.91
p:ik me|argumenteren|-1.0
p:ik me|interpreteren|-1.0
p:ik me|afleiden|-0.93
p:ik me|afronding-aankondigen|-1.0
p:ik me|bedanken|-1.0
p:ik merk|ik-boodschap|-2.68
p:ik merk|gevoelsreflectie|-0.99
p:ik merk|open-vraag|-0.97
p:ik merk|afronding-aankondigen|-1.0
p:ik merk|vervolgafspraak|-1.0
p:ik met|samenvatting|0.94
p:ik met|adviseren|-1.0
p:ik met|vervolgafspraak|1.0
p:ik mijn|jij-boodschap|0.91
p:ik mo|ik-boodschap|0.96
p:ik mo|waarschuwen|-0.96
p:ik moet|vervolgafspraak|-0.94
p:ik moet|bedanken|-0.99
p:ik naar|ik-boodschap|0.93
p:ik naar|waarschuwen|-0.83
p:ik neem|vervolgafspraak|0.59
p:ik neem|bedanken|-0.92
p:ik niemand|geruststellen|-0.99
p:ik niet|adviseren|-0.83
p:ik niet|geruststellen|-0.46
p:ik niets|waarschuwen|0.94
p:ik nu|waarschuwen|-0.97
p:ik ook|ik-boodschap|0.94
p:ik ook|gevoelsreflectie|-0.94
p:ik ook|argumenteren|0.85
p:ik overleg|ik-boodschap|-0.92
p:ik overleg|samenvatting|0.92
p:ik overleg|vervolgafspraak|0.83
p:ik pas|vervolgafspraak|-0.93
p:ik plan|argumenteren|-0.94
p:ik plan|vervolgafspraak|1.6
p:ik praat|samenvatting|0.89
p:ik regel|samenvatting|-0.67
p:ik reken|prijzen|0.91
p:ik reken|etiketteren|-0.91
p:ik schrok|ik-boodschap|0.98
p:ik sluit|bedanken|0.83
p:ik snap|gevoelsreflectie|0.91
p:ik snap|samenvatting|-0.9
p:ik snap|aanmoediging|0.99
p:ik snap|adviseren|1.78
p:ik snap|bekritiseren|-0.97
p:ik snap|geruststellen|0.91
p:ik steeds|open-vraag|-0.67
p:ik stel|vervolgafspraak|0.91
p:ik stel|bedanken|-0.99
p:ik stop|vervolgafspraak|-0.96
p:ik stuur|waarschuwen|1.71
p:ik stuur|afronding-aankondigen|0.96
p:ik stuur|vervolgafspraak|0.89
p:ik tegelijk|ik-boodschap|0.81
p:ik u|gevoelsreflectie|0.98
p:ik u|samenvatting|-0.16
p:ik u|bevelen|-0.92
p:ik u|waarschuwen|0.23
p:ik u|bekritiseren|-0.94
p:ik u|prijzen|-1.0
p:ik u|afronding-aankondigen|-0.99
p:ik u|bedanken|0.79
p:ik van|ik-boodschap|0.93
p:ik van|parafrase|0.92
p:ik van|open-vraag|-0.92
p:ik van|bekritiseren|-0.55
p:ik van|vervolgafspraak|-0.98
p:ik vervelend|open-vraag|1.84
p:ik vind|ik-boodschap|0.73
p:ik vind|jij-boodschap|1.21
p:ik vind|parafrase|-1.0
p:ik vind|gevoelsreflectie|-1.03
p:ik vind|samenvatting|-1.0
p:ik vind|open-vraag|-1.0
p:ik vind|aanmoediging|-1.0
p:ik vind|bevelen|-1.0
p:ik vind|waarschuwen|-1.0
p:ik vind|moraliseren|-1.0
p:ik vind|adviseren|-1.0
p:ik vind|argumenteren|-1.0
p:ik vind|bekritiseren|1.47
p:ik vind|prijzen|-1.0
p:ik vind|etiketteren|-1.0
p:ik vind|interpreteren|-1.0
p:ik vind|geruststellen|-1.0
p:ik vind|ondervragen|-1.0
p:ik vind|afleiden|-1.0
p:ik vind|afronding-aankondigen|-1.0
p:ik vind|vervolgafspraak|-1.0
p:ik vind|bedanken|-1.0
p:ik voel|ik-boodschap|-0.98
p:ik voel|gevoelsreflectie|0.1
p:ik voel|open-vraag|-1.0
p:ik vond|ik-boodschap|1.93
p:ik vond|bekritiseren|0.59
p:ik voor|parafrase|-0.82
p:ik vooral|prijzen|-1.0
p:ik vooral|interpreteren|1.0
p:ik vraag|bevelen|0.9
p:ik vraag|bekritiseren|0.9
p:ik waar|gevoelsreflectie|1.0
p:ik waar|samenvatting|-1.0
p:ik waar|open-vraag|1.0
p:ik waardeer|bedanken|0.77
p:ik waarschuw|waarschuwen|0.76
p:ik wacht|bevelen|-0.89
p:ik weet|prijzen|0.99
p:ik weet|interpreteren|-0.99
p:ik weet|geruststellen|-0.83
p:ik wil|jij-boodschap|0.91
p:ik wil|gevoelsreflectie|-1.0
p:ik wil|samenvatting|-0.19
p:ik wil|open-vraag|1.84
p:ik wil|bevelen|0.94
p:ik wil|afronding-aankondigen|2.76
p:ik wil|bedanken|0.19
p:ik word|ik-boodschap|0.97
p:ik word|gevoelsreflectie|-0.96
p:ik word|moraliseren|-0.81
p:ik zeg|ik-boodschap|-0.72
p:ik zeg|samenvatting|0.97
p:ik zeg|argumenteren|-0.98
p:ik zeg|geruststellen|0.86
p:ik zie|gevoelsreflectie|1.88
p:ik zie|bevelen|-1.0
p:ik zie|bekritiseren|-1.0
p:ik zie|geruststellen|0.97
p:ik zijn|vervolgafspraak|-0.93
p:ik zit|jij-boodschap|-0.44
p:ik zit|afronding-aankondigen|-0.76
p:ik zonde|waarschuwen|-0.99
p:ik zonde|vervolgafspraak|0.99
p:ik zorgelijk|open-vraag|0.78
p:ik zou|adviseren|1.8
p:ik zwaar|ik-boodschap|0.99
p:ilias het|interpreteren|-0.94
p:ilse in|ik-boodschap|0.92
p:in 2b|bekritiseren|-0.96
p:in als|bekritiseren|0.94
p:in bed|bevelen|-1.0
p:in bed|moraliseren|1.0
p:in bed|adviseren|-0.8
p:in bed|argumenteren|-1.0
p:in dat|prijzen|0.99
p:in de|ik-boodschap|0.15
p:in de|parafrase|-0.9
p:in de|samenvatting|-0.78
p:in de|open-vraag|0.37
p:in de|bevelen|-0.16
p:in de|waarschuwen|-0.95
p:in de|argumenteren|0.77
p:in de|bekritiseren|-0.96
p:in de|prijzen|0.97
p:in de|interpreteren|0.96
p:in de|geruststellen|-1.13
p:in de|afleiden|-0.97
p:in de|afronding-aankondigen|0.97
p:in de|vervolgafspraak|-0.95
p:in de|bedanken|0.97
p:in dezelfde|moraliseren|-0.98
p:in die|interpreteren|0.93
p:in die|geruststellen|-0.93
p:in een|adviseren|0.83
p:in een|geruststellen|0.92
p:in elke|afleiden|1.47
p:in hebt|jij-boodschap|1.49
p:in hebt|bekritiseren|1.86
p:in hebt|interpreteren|-1.68
p:in het|ik-boodschap|1.54
p:in het|bevelen|-0.93
p:in het|moraliseren|0.93
p:in het|adviseren|0.88
p:in het|vervolgafspraak|-1.97
p:in hoe|bekritiseren|0.95
p:in hun|jij-boodschap|-0.99
p:in hun|adviseren|-0.99
p:in je|prijzen|-0.93
p:in jouw|adviseren|0.8
p:in lokaal|vervolgafspraak|0.93
p:in magister|moraliseren|-1.0
p:in magister|bekritiseren|-0.17
p:in magister|prijzen|-0.97
p:in magister|vervolgafspraak|-0.63
p:in met|gevoelsreflectie|-0.89
p:in met|vervolgafspraak|0.97
p:in mijn|jij-boodschap|-0.44
p:in mijn|samenvatting|0.82
p:in mijn|ondervragen|-0.93
p:in plaats|jij-boodschap|1.0
p:in plaats|adviseren|-0.89
p:in samen|ik-boodschap|-0.84
p:in samen|samenvatting|-0.88
p:in september|adviseren|-0.9
p:in september|argumenteren|0.92
p:in te|open-vraag|-0.99
p:in uw|ik-boodschap|-0.9
p:in voor|gevoelsreflectie|0.94
p:in voor|samenvatting|0.89
p:in voor|argumenteren|-0.94
p:in voor|vervolgafspraak|0.63
p:in één|ik-boodschap|0.81
p:in één|open-vraag|0.94
p:incident op|afleiden|0.91
p:incident zouden|gevoelsreflectie|-0.84
p:informatica niet|adviseren|-0.9
p:informatie u|jij-boodschap|-0.42
p:informatie u|bekritiseren|-0.64
p:ingeleverd dus|ik-boodschap|0.92
p:ingeleverd dus|jij-boodschap|-0.92
p:ingeleverd dus|bekritiseren|-0.89
p:ingeleverd en|open-vraag|-0.99
p:ingeleverd en|afronding-aankondigen|-0.99
p:ingeleverd maar|bekritiseren|-0.95
p:ingeleverd werkstuk|argumenteren|0.49
p:ingezet dat|jij-boodschap|1.0
p:inhalen en|ik-boodschap|0.99
p:inhalen op|ondervragen|-1.0
p:inlevert krijgt|argumenteren|-0.42
p:inlevert mag|waarschuwen|0.95
p:inmiddels van|jij-boodschap|-0.96
p:instructie en|open-vraag|-0.98
p:instructie en|vervolgafspraak|0.98
p:interesse toont|bekritiseren|0.17
p:internet doet|jij-boodschap|-0.84
p:iris de|waarschuwen|-0.98
p:is ?|ondervragen|-0.99
p:is ?|vervolgafspraak|0.67
p:is aangekomen|bekritiseren|-0.95
p:is als|moraliseren|-0.98
p:is als|adviseren|0.99
p:is altijd|interpreteren|-0.96
p:is bang|interpreteren|0.99
p:is beter|jij-boodschap|-0.88
p:is beter|samenvatting|0.93
p:is bijna|interpreteren|-0.96
p:is daar|parafrase|1.0
p:is daar|open-vraag|1.0
p:is dat|parafrase|0.92
p:is dat|bevelen|0.81
p:is dat|argumenteren|0.96
p:is dat|prijzen|-1.0
p:is de|jij-boodschap|1.49
p:is de|waarschuwen|0.99
p:is de|argumenteren|-1.0
p:is de|interpreteren|-0.64
p:is degene|jij-boodschap|1.64
p:is degene|bekritiseren|0.93
p:is deze|argumenteren|-1.0
p:is dit|prijzen|-0.99
p:is duidelijk|moraliseren|-1.0
p:is duidelijk|argumenteren|1.99
p:is echt|jij-boodschap|-2.96
p:is echt|bekritiseren|2.16
p:is een|jij-boodschap|-0.12
p:is een|parafrase|-0.98
p:is een|gevoelsreflectie|-0.91
p:is een|adviseren|-0.99
p:is een|argumenteren|-0.99
p:is een|etiketteren|1.01
p:is een|geruststellen|0.92
p:is een|afleiden|0.44
p:is er|gevoelsreflectie|0.22
p:is er|open-vraag|0.87
p:is er|bekritiseren|-0.84
p:is fijn|bekritiseren|-0.8
p:is gebeurd|ik-boodschap|0.9
p:is gebeurd|open-vraag|-0.82
p:is gebleven|jij-boodschap|-0.96
p:is geduwd|gevoelsreflectie|0.9
p:is geen|moraliseren|-0.99
p:is gelopen|bekritiseren|0.73
p:is gewoon|jij-boodschap|1.97
p:is gewoon|bevelen|-1.0
p:is gewoon|waarschuwen|-0.99
p:is gewoon|moraliseren|0.96
p:is gewoon|adviseren|-0.96
p:is gewoon|argumenteren|-0.95
p:is gewoon|bekritiseren|-0.93
p:is gewoon|geruststellen|-1.7
p:is gewoon|afleiden|-1.0
p:is geworden|jij-boodschap|0.85
p:is geworden|etiketteren|0.85
p:is geworden|ondervragen|-1.67
p:is gezakt|ik-boodschap|0.81
p:is gezakt|open-vraag|0.94
p:is goed|geruststellen|1.0
p:is goed|afleiden|-1.0
p:is heel|bekritiseren|-0.95
p:is heel|geruststellen|0.71
p:is het|ik-boodschap|0.9
p:is het|jij-boodschap|1.0
p:is het|parafrase|-0.9
p:is het|samenvatting|-0.97
p:is het|open-vraag|-1.81
p:is het|waarschuwen|-0.86
p:is het|moraliseren|0.92
p:is het|adviseren|0.82
p:is het|argumenteren|1.55
p:is het|ondervragen|0.86
p:is het|afleiden|-0.95
p:is heus|adviseren|-0.99
p:is heus|geruststellen|0.69
p:is hij|samenvatting|-0.8
p:is hij|argumenteren|-0.98
p:is hij|interpreteren|0.96
p:is hij|geruststellen|-0.96
p:is hij|ondervragen|0.97
p:is jullie|bekritiseren|0.73
p:is kader|adviseren|-0.89
p:is logisch|argumenteren|0.72
p:is maar|gevoelsreflectie|-0.83
p:is maar|argumenteren|-1.25
p:is maar|bekritiseren|0.98
p:is maar|geruststellen|0.94
p:is maar|afleiden|-0.54
p:is mag|ik-boodschap|-0.98
p:is me|ik-boodschap|-0.84
p:is misschien|adviseren|0.99
p:is misschien|etiketteren|-0.99
p:is misschien|interpreteren|0.66
p:is moe|samenvatting|1.72
p:is nemen|ik-boodschap|1.0
p:is niet|ik-boodschap|-0.99
p:is niet|geruststellen|0.92
p:is niet|afleiden|-0.62
p:is nooit|bekritiseren|-0.8
p:is normaal|moraliseren|1.0
p:is nou|jij-boodschap|-1.0
p:is nou|gevoelsreflectie|0.97
p:is nou|argumenteren|1.68
p:is nou|geruststellen|-0.97
p:is nu|gevoelsreflectie|-0.97
p:is nu|bevelen|-0.8
p:is om|parafrase|-0.99
p:is om|moraliseren|-0.99
p:is om|interpreteren|0.97
p:is onmogelijk|open-vraag|-1.0
p:is onmogelijk|argumenteren|1.0
p:is onmogelijk|etiketteren|-1.0
p:is ook|afleiden|0.6
p:is op|jij-boodschap|-0.47
p:is op|adviseren|-0.97
p:is op|argumenteren|0.97
p:is op|geruststellen|-0.99
p:is over|geruststellen|0.96
p:is pieter|etiketteren|-0.91
p:is pieter|vervolgafspraak|-0.8
p:is prikkelbaar|jij-boodschap|-0.93
p:is sophie|gevoelsreflectie|0.85
p:is t|ik-boodschap|-0.77
p:is tegen|jij-boodschap|0.96
p:is tegen|samenvatting|-0.96
p:is tegen|bekritiseren|0.96
p:is toch|moraliseren|-0.98
p:is toch|argumenteren|-0.72
p:is toch|bekritiseren|-0.99
p:is toch|geruststellen|-0.92
p:is toch|afleiden|1.94
p:is twee|bekritiseren|-0.97
p:is typisch|etiketteren|0.97
p:is uw|waarschuwen|-1.0
p:is uw|moraliseren|1.0
p:is uw|argumenteren|-0.98
p:is uw|interpreteren|-1.0
p:is verplaatst|afleiden|-0.89
p:is volgende|afleiden|0.9
p:is voor|parafrase|0.87
p:is voor|argumenteren|0.94
p:is vooral|parafrase|0.9
p:is vooral|samenvatting|-0.9
p:is weggelopen|ik-boodschap|1.0
p:is weggelopen|parafrase|-1.0
p:is zijn|ondervragen|-0.99
p:ja en|open-vraag|-0.97
p:ja en|afleiden|-1.0
p:ja hoor|gevoelsreflectie|-0.9
p:ja ja|etiketteren|0.91
p:ja ja|ondervragen|-0.88
p:ja kinderen|moraliseren|-1.0
p:ja kinderen|afleiden|1.0
p:ja maar|ondervragen|-0.88
p:ja meneer|etiketteren|0.91
p:ja precies|aanmoediging|-0.95
p:ja pubers|open-vraag|-0.93
p:ja pubers|afleiden|0.93
p:ja vertel|aanmoediging|1.83
p:ja vertel|etiketteren|-0.98
p:ja zo|moraliseren|-0.53
p:ja zo|bekritiseren|-0.91
p:ja zullen|afleiden|0.96
p:jaar ?|aanmoediging|-0.79
p:jaar bij|bevelen|-0.96
p:jaar gemist|jij-boodschap|0.93
p:jaar gestegen|waarschuwen|-0.92
p:jaar niet|argumenteren|0.79
p:jaar weer|waarschuwen|0.99
p:jaar weer|moraliseren|-0.98
p:jaarplanning stond|adviseren|-0.9
p:jaloers is|jij-boodschap|-0.47
p:jaloers is|geruststellen|-0.99
p:jaloers op|interpreteren|1.0
p:jammer hoe|open-vraag|0.73
p:jammer ik|afronding-aankondigen|1.0
p:jammer misschien|adviseren|0.9
p:jammer voor|ik-boodschap|0.73
p:jammer voor|gevoelsreflectie|-0.93
p:jammer zullen|open-vraag|-0.77
p:jammer zullen|vervolgafspraak|0.96
p:jansen geweest|prijzen|-0.99
p:jansen geweest|etiketteren|-0.99
p:jayden ga|bevelen|0.6
p:jayden in|gevoelsreflectie|0.9
p:jayden zich|jij-boodschap|-0.82
p:jayden zich|open-vraag|0.66
p:jayden zich|bekritiseren|-0.82
p:je ?|ik-boodschap|-0.93
p:je ?|parafrase|-0.95
p:je ?|samenvatting|0.95
p:je ?|bevelen|-0.94
p:je aan|jij-boodschap|0.98
p:je aan|argumenteren|0.49
p:je aansprak|open-vraag|0.94
p:je aantekeningen|ik-boodschap|0.91
p:je aantekeningen|open-vraag|-0.91
p:je afmeldt|ik-boodschap|-0.99
p:je al|argumenteren|-0.68
p:je alleen|parafrase|-1.0
p:je alleen|argumenteren|1.0
p:je alleen|interpreteren|-1.0
p:je als|ik-boodschap|-0.91
p:je als|samenvatting|0.91
p:je als|open-vraag|0.91
p:je amira|ik-boodschap|0.92
p:je amira|gevoelsreflectie|-0.92
p:je belt|bevelen|1.81
p:je belt|vervolgafspraak|-0.88
p:je bent|jij-boodschap|0.97
p:je bent|gevoelsreflectie|0.2
p:je bent|open-vraag|0.78
p:je bent|moraliseren|-0.93
p:je bent|prijzen|0.94
p:je bent|interpreteren|-1.39
p:je bent|geruststellen|0.96
p:je bent|ondervragen|0.93
p:je best|moraliseren|0.8
p:je biedt|jij-boodschap|-0.77
p:je biedt|bevelen|0.97
p:je biedt|waarschuwen|-0.97
p:je bij|ik-boodschap|0.73
p:je bij|gevoelsreflectie|-1.92
p:je bij|adviseren|0.88
p:je bij|vervolgafspraak|0.93
p:je bijna|ik-boodschap|0.83
p:je blijft|geruststellen|0.96
p:je boeken|bekritiseren|0.93
p:je boos|geruststellen|-0.98
p:je buikpijn|interpreteren|0.99
p:je buurman|adviseren|-0.83
p:je capuchon|moraliseren|-0.79
p:je cijfer|samenvatting|0.97
p:je cijfers|ik-boodschap|-1.89
p:je cijfers|samenvatting|0.91
p:je cijfers|open-vraag|0.91
p:je cijfers|bekritiseren|-0.97
p:je daarom|parafrase|0.95
p:je dan|open-vraag|-0.86
p:je dan|ondervragen|0.86
p:je dat|jij-boodschap|-0.7
p:je dat|ondervragen|0.93
p:je de|ik-boodschap|-0.11
p:je de|gevoelsreflectie|-0.91
p:je de|waarschuwen|-1.98
p:je de|bekritiseren|-0.95
p:je deze|open-vraag|-0.95
p:je deze|afleiden|0.95
p:je die|parafrase|0.95
p:je dit|jij-boodschap|0.93
p:je dit|prijzen|0.99
p:je dit|interpreteren|-0.99
p:je dit|afronding-aankondigen|-0.89
p:je docent|samenvatting|1.83
p:je docenten|afleiden|-0.95
p:je dochter|ik-boodschap|0.92
p:je doet|bevelen|0.9
p:je doet|bekritiseren|0.9
p:je doet|interpreteren|1.0
p:je donderdag|vervolgafspraak|0.99
p:je durft|geruststellen|-0.95
p:je echt|ik-boodschap|-1.0
p:je echt|jij-boodschap|1.0
p:je echt|parafrase|-1.0
p:je echt|gevoelsreflectie|-1.0
p:je echt|samenvatting|-1.0
p:je echt|open-vraag|-1.0
p:je echt|aanmoediging|-1.0
p:je echt|bevelen|-1.0
p:je echt|waarschuwen|-1.0
p:je echt|moraliseren|-1.0
p:je echt|adviseren|-1.0
p:je echt|argumenteren|-1.0
p:je echt|bekritiseren|1.0
p:je echt|prijzen|-1.0
p:je echt|etiketteren|-1.0
p:je echt|interpreteren|-1.0
p:je echt|geruststellen|-1.0
p:je echt|ondervragen|-1.0
p:je echt|afleiden|-1.0
p:je echt|afronding-aankondigen|-1.0
p:je echt|vervolgafspraak|-1.0
p:je echt|bedanken|-1.0
p:je een|waarschuwen|0.94
p:je eentje|ik-boodschap|-0.9
p:je eerlijkheid|afronding-aankondigen|-0.99
p:je eigenlijk|open-vraag|1.0
p:je eigenlijk|bekritiseren|-1.0
p:je eigenlijk|interpreteren|1.0
p:je er|ik-boodschap|-0.72
p:je er|ondervragen|0.99
p:je eruit|jij-boodschap|1.86
p:je eruit|waarschuwen|0.99
p:je eruit|bekritiseren|1.48
p:je even|vervolgafspraak|0.98
p:je excuses|jij-boodschap|-0.54
p:je excuses|bevelen|0.97
p:je excuses|waarschuwen|-0.97
p:je gaat|jij-boodschap|-0.77
p:je gaat|gevoelsreflectie|0.9
p:je gaat|samenvatting|-0.9
p:je gaat|bevelen|2.96
p:je gaat|waarschuwen|-0.95
p:je gaat|bekritiseren|-0.92
p:je gaat|geruststellen|1.3
p:je geen|interpreteren|0.93
p:je geen|geruststellen|-0.93
p:je gekozen|open-vraag|-0.92
p:je geweldige|bekritiseren|1.83
p:je geweldige|bedanken|-0.98
p:je gewoon|jij-boodschap|-2.68
p:je gewoon|waarschuwen|-0.98
p:je gewoon|moraliseren|1.78
p:je gewoon|argumenteren|0.98
p:je gewoon|bekritiseren|-2.78
p:je ging|samenvatting|-0.65
p:je gisteren|ik-boodschap|1.92
p:je gisteren|gevoelsreflectie|-0.94
p:je goed|geruststellen|-0.9
p:je groepsgenoten|jij-boodschap|0.95
p:je haalt|geruststellen|1.86
p:je hebt|ik-boodschap|0.98
p:je hebt|jij-boodschap|0.73
p:je hebt|gevoelsreflectie|-1.88
p:je hebt|bevelen|-1.0
p:je hebt|argumenteren|-0.34
p:je heel|jij-boodschap|0.95
p:je heel|gevoelsreflectie|0.86
p:je heen|jij-boodschap|-0.93
p:je heen|gevoelsreflectie|0.99
p:je heen|open-vraag|0.94
p:je heen|ondervragen|-0.97
p:je helemaal|geruststellen|0.98
p:je helpen|ik-boodschap|0.87
p:je helpen|gevoelsreflectie|-0.91
p:je het|ik-boodschap|-1.01
p:je het|gevoelsreflectie|0.96
p:je het|moraliseren|-0.81
p:je het|adviseren|1.0
p:je het|interpreteren|0.71
p:je het|bedanken|0.88
p:je hoort|bevelen|-0.97
p:je hoort|moraliseren|1.0
p:je hoort|afleiden|-0.95
p:je huiswerk|ik-boodschap|0.99
p:je huiswerk|argumenteren|-0.99
p:je huiswerk|interpreteren|-0.94
p:je iemand|bevelen|-0.97
p:je in|ik-boodschap|1.88
p:je in|prijzen|-0.93
p:je je|ik-boodschap|1.82
p:je je|gevoelsreflectie|0.86
p:je je|samenvatting|-1.0
p:je je|open-vraag|-0.91
p:je je|argumenteren|0.49
p:je je|interpreteren|-0.94
p:je je|ondervragen|-0.61
p:je je|vervolgafspraak|-0.58
p:je kamer|ik-boodschap|0.91
p:je kamer|waarschuwen|-0.91
p:je kan|bekritiseren|-0.93
p:je kijkt|gevoelsreflectie|2.79
p:je kijkt|ondervragen|-0.97
p:je klaarzetten|open-vraag|-0.98
p:je klasgenoten|ik-boodschap|-1.0
p:je klasgenoten|jij-boodschap|1.0
p:je klasgenoten|parafrase|-1.0
p:je klasgenoten|gevoelsreflectie|-1.0
p:je klasgenoten|samenvatting|-1.0
p:je klasgenoten|open-vraag|-1.0
p:je klasgenoten|aanmoediging|-1.0
p:je klasgenoten|bevelen|-1.0
p:je klasgenoten|waarschuwen|-1.0
p:je klasgenoten|moraliseren|-0.36
p:je klasgenoten|adviseren|-1.0
p:je klasgenoten|argumenteren|-1.0
p:je klasgenoten|bekritiseren|1.0
p:je klasgenoten|prijzen|-1.0
p:je klasgenoten|etiketteren|-1.0
p:je klasgenoten|interpreteren|-1.0
p:je klasgenoten|geruststellen|-1.0
p:je klasgenoten|ondervragen|-1.0
p:je klasgenoten|afleiden|-1.0
p:je klasgenoten|afronding-aankondigen|-1.0
p:je klasgenoten|vervolgafspraak|-1.0
p:je klasgenoten|bedanken|-1.0
p:je komt|ik-boodschap|-0.89
p:je kunt|bevelen|-0.93
p:je kunt|adviseren|0.93
p:je kunt|geruststellen|-0.92
p:je laptop|ik-boodschap|0.99
p:je lui|geruststellen|-0.81
p:je maar|jij-boodschap|-1.0
p:je mag|bevelen|-0.96
p:je me|ik-boodschap|1.0
p:je me|open-vraag|-1.8
p:je mentor|ik-boodschap|-0.96
p:je mentor|vervolgafspraak|0.96
p:je midden|ondervragen|-0.93
p:je mist|ik-boodschap|-0.91
p:je mist|samenvatting|0.91
p:je mist|open-vraag|1.68
p:je moeder|vervolgafspraak|0.99
p:je naar|bevelen|0.6
p:je naar|waarschuwen|1.71
p:je naast|ik-boodschap|0.83
p:je niet|ik-boodschap|-0.93
p:je niet|gevoelsreflectie|0.77
p:je niet|open-vraag|0.93
p:je niet|moraliseren|0.82
p:je niet|adviseren|0.88
p:je niet|argumenteren|0.72
p:je niet|geruststellen|1.0
p:je niet|ondervragen|-0.93
p:je nodig|samenvatting|-0.89
p:je nog|bevelen|0.6
p:je nooit|jij-boodschap|0.23
p:je nooit|bekritiseren|0.93
p:je nou|jij-boodschap|0.78
p:je nou|moraliseren|0.98
p:je nou|argumenteren|-1.54
p:je nou|ondervragen|-0.84
p:je nu|bevelen|0.94
p:je nu|prijzen|0.94
p:je ogen|bevelen|0.97
p:je oneerlijk|gevoelsreflectie|1.0
p:je ook|ondervragen|-0.61
p:je oortjes|ik-boodschap|-0.9
p:je op|adviseren|0.99
p:je opdrachten|ik-boodschap|0.83
p:je opziet|interpreteren|0.99
p:je oude|ik-boodschap|-0.91
p:je oude|samenvatting|0.91
p:je oude|open-vraag|0.91
p:je ouders|ondervragen|0.69
p:je overal|bevelen|0.99
p:je overal|bekritiseren|0.95
p:je overdag|jij-boodschap|-1.0
p:je pasje|ik-boodschap|-0.88
p:je pasje|bevelen|-1.0
p:je pasje|bekritiseren|-1.0
p:je per|ondervragen|0.69
p:je plannen|jij-boodschap|-0.94
p:je plannen|bekritiseren|-0.47
p:je planner|ik-boodschap|0.9
p:je planner|prijzen|-0.93
p:je rekenmachine|ik-boodschap|0.87
p:je rekenmachine|gevoelsreflectie|-0.91
p:je rooster|vervolgafspraak|-0.58
p:je samen|argumenteren|-0.94
p:je samen|afleiden|-0.46
p:je schaamt|ik-boodschap|-0.82
p:je sinds|vervolgafspraak|-0.95
p:je slaap|ik-boodschap|0.91
p:je slaap|waarschuwen|-0.91
p:je slaapt|ik-boodschap|-0.91
p:je slaapt|samenvatting|0.91
p:je slaapt|open-vraag|0.91
p:je snapt|ik-boodschap|0.99
p:je snapt|argumenteren|-0.99
p:je snapt|prijzen|0.94
p:je speelt|waarschuwen|0.99
p:je speelt|adviseren|-0.99
p:je speelt|interpreteren|-0.99
p:je staat|waarschuwen|0.99
p:je staat|argumenteren|0.65
p:je staat|bekritiseren|-0.87
p:je stage|ik-boodschap|1.0
p:je stage|jij-boodschap|-0.94
p:je stage|bekritiseren|-1.44
p:je stage|afleiden|1.26
p:je stagebegeleider|ik-boodschap|1.0
p:je stagebegeleider|bevelen|1.81
p:je stagebegeleider|vervolgafspraak|-0.88
p:je telefoon|ik-boodschap|0.91
p:je telefoon|ondervragen|0.69
p:je thuis|open-vraag|-0.98
p:je tien|open-vraag|0.98
p:je tijd|jij-boodschap|0.93
p:je tijd|samenvatting|-0.93
p:je tijd|aanmoediging|1.0
p:je tijd|bevelen|-1.76
p:je tijd|bekritiseren|0.93
p:je tijd|afronding-aankondigen|1.0
p:je vader|ik-boodschap|-0.87
p:je vader|parafrase|0.95
p:je vader|bevelen|-1.77
p:je vader|waarschuwen|1.85
p:je vader|vervolgafspraak|0.81
p:je van|ik-boodschap|-0.92
p:je vandaag|ik-boodschap|-0.88
p:je vandaag|bevelen|-1.0
p:je vandaag|bekritiseren|-1.0
p:je verantwoordelijkheid|bevelen|-0.93
p:je verantwoordelijkheid|moraliseren|0.93
p:je vergist|ik-boodschap|-0.98
p:je vergist|argumenteren|0.99
p:je verpest|waarschuwen|-0.96
p:je vertelde|argumenteren|-0.68
p:je verzuim|jij-boodschap|-0.94
p:je verzuim|bekritiseren|-1.44
p:je vindt|parafrase|-0.9
p:je voelt|gevoelsreflectie|1.0
p:je voetbalwedstrijd|open-vraag|-1.76
p:je voetbalwedstrijd|afleiden|0.96
p:je volgend|moraliseren|-0.98
p:je voor|afronding-aankondigen|1.0
p:je vorige|samenvatting|-0.65
p:je vrienden|ik-boodschap|-0.91
p:je vrienden|samenvatting|0.91
p:je vrienden|open-vraag|0.91
p:je vriendin|prijzen|-0.98
p:je wat|ik-boodschap|0.87
p:je wat|gevoelsreflectie|-0.91
p:je weer|waarschuwen|0.96
p:je weer|interpreteren|-0.5
p:je weer|afronding-aankondigen|0.91
p:je weer|vervolgafspraak|0.87
p:je weet|gevoelsreflectie|-0.74
p:je weet|waarschuwen|0.96
p:je weggelopen|adviseren|-0.99
p:je weggelopen|ondervragen|0.99
p:je wel|ik-boodschap|-0.99
p:je wel|afronding-aankondigen|0.88
p:je wel|vervolgafspraak|-0.12
p:je wel|bedanken|0.99
p:je werk|ik-boodschap|-0.72
p:je wil|parafrase|-0.9
p:je wil|gevoelsreflectie|-0.74
p:je wil|geruststellen|-0.95
p:je wiskunde|bevelen|-0.93
p:je wiskunde|adviseren|0.93
p:je woorden|afronding-aankondigen|-0.96
p:je wordt|ik-boodschap|0.9
p:je wordt|prijzen|-0.93
p:je ze|ik-boodschap|0.91
p:je ze|open-vraag|-0.91
p:je zegt|parafrase|1.0
p:je zegt|gevoelsreflectie|-0.96
p:je zegt|samenvatting|-0.88
p:je zegt|open-vraag|1.0
p:je zegt|moraliseren|-0.81
p:je zegt|argumenteren|0.95
p:je zegt|interpreteren|0.93
p:je zegt|geruststellen|-0.93
p:je zei|jij-boodschap|-1.0
p:je zelf|ik-boodschap|-0.99
p:je zelf|adviseren|-0.83
p:je zelf|afronding-aankondigen|0.86
p:je zelf|vervolgafspraak|-0.99
p:je zelf|bedanken|0.99
p:je zenuwachtig|gevoelsreflectie|0.9
p:je zenuwachtig|samenvatting|-0.9
p:je zenuwachtig|geruststellen|1.35
p:je ziek|ik-boodschap|-0.99
p:je zit|ik-boodschap|0.91
p:je zit|waarschuwen|-0.91
p:je zo|ik-boodschap|-0.87
p:je zo|waarschuwen|0.87
p:je zo|moraliseren|-0.57
p:je zo|adviseren|-0.92
p:je zomaar|bekritiseren|0.86
p:je zoveel|interpreteren|1.47
p:jens de|vervolgafspraak|-0.93
p:jesse een|open-vraag|-0.97
p:jesse geen|ik-boodschap|0.93
p:jesse geen|bekritiseren|-0.55
p:jesse zegt|samenvatting|-0.93
p:jezelf naar|ik-boodschap|0.98
p:jij altijd|gevoelsreflectie|-0.74
p:jij baalt|gevoelsreflectie|0.77
p:jij bent|jij-boodschap|0.48
p:jij bent|bekritiseren|-0.95
p:jij bent|etiketteren|0.87
p:jij bent|geruststellen|-0.92
p:jij bent|ondervragen|-0.61
p:jij daartegenaan|open-vraag|0.98
p:jij dat|gevoelsreflectie|-0.96
p:jij dat|open-vraag|0.78
p:jij denkt|bekritiseren|0.95
p:jij doet|jij-boodschap|-0.9
p:jij doet|bevelen|-0.99
p:jij doet|bekritiseren|-0.99
p:jij door|ik-boodschap|0.93
p:jij er|ik-boodschap|0.93
p:jij er|jij-boodschap|0.34
p:jij er|bekritiseren|1.23
p:jij er|interpreteren|-1.68
p:jij gaat|samenvatting|0.89
p:jij gaat|bevelen|0.97
p:jij had|vervolgafspraak|-0.83
p:jij hebt|samenvatting|-0.96
p:jij het|parafrase|0.95
p:jij hier|gevoelsreflectie|0.91
p:jij je|ik-boodschap|-1.0
p:jij je|parafrase|-1.0
p:jij je|gevoelsreflectie|-1.0
p:jij je|aanmoediging|-1.0
p:jij je|bevelen|-1.0
p:jij je|waarschuwen|-1.0
p:jij je|moraliseren|-1.0
p:jij je|adviseren|-1.0
p:jij je|argumenteren|-1.0
p:jij je|prijzen|-1.0
p:jij je|etiketteren|-1.0
p:jij je|interpreteren|-1.0
p:jij je|geruststellen|-1.0
p:jij je|ondervragen|-1.0
p:jij je|afleiden|-1.0
p:jij je|afronding-aankondigen|-1.0
p:jij je|vervolgafspraak|-1.0
p:jij je|bedanken|-1.0
p:jij kan|waarschuwen|-0.97
p:jij komt|open-vraag|-1.0
p:jij komt|bevelen|1.0
p:jij kunt|prijzen|0.97
p:jij lui|ik-boodschap|-0.72
p:jij lui|geruststellen|1.84
p:jij ruimt|jij-boodschap|-0.95
p:jij ruimt|bekritiseren|-0.95
p:jij tijdens|adviseren|-0.83
p:jij verpest|jij-boodschap|1.86
p:jij verpest|waarschuwen|0.99
p:jij verpest|bekritiseren|1.48
p:jij vindt|jij-boodschap|0.93
p:jij vindt|bekritiseren|1.83
p:jij zegt|argumenteren|-0.94
p:jij zegt|bekritiseren|-0.95
p:jij zit|jij-boodschap|0.93
p:jij zit|samenvatting|-0.93
p:jij zit|bevelen|0.1
p:jij zit|bekritiseren|0.93
p:jij zit|afleiden|-1.0
p:jij zoekt|interpreteren|1.0
p:joep de|ik-boodschap|-0.84
p:joep en|jij-boodschap|1.86
p:joep en|bekritiseren|1.48
p:joh dat|geruststellen|1.0
p:joh dat|afleiden|1.0
p:joh over|geruststellen|0.98
p:jongen als|waarschuwen|-0.97
p:jongen als|prijzen|0.91
p:jou ?|jij-boodschap|0.96
p:jou ?|samenvatting|-0.96
p:jou ?|bekritiseren|0.96
p:jou dat|parafrase|-1.0
p:jou dat|argumenteren|-1.0
p:jou dat|geruststellen|-1.0
p:jou dat|afleiden|-0.69
p:jou echt|gevoelsreflectie|0.92
p:jou gebeurd|gevoelsreflectie|-0.74
p:jou herhalen|open-vraag|0.98
p:jou niet|samenvatting|-1.0
p:jou was|waarschuwen|-0.83
p:jou was|prijzen|-0.98
p:jouw plaats|adviseren|0.8
p:juf daan|parafrase|0.93
p:julian wat|jij-boodschap|-0.32
p:julian wat|bekritiseren|-0.63
p:jullie ?|open-vraag|0.93
p:jullie allebei|geruststellen|-0.99
p:jullie bemoeien|bevelen|0.99
p:jullie daar|afleiden|-0.95
p:jullie de|ik-boodschap|0.96
p:jullie de|waarschuwen|-0.96
p:jullie denken|prijzen|0.98
p:jullie doen|jij-boodschap|0.89
p:jullie eigen|bekritiseren|0.73
p:jullie er|bekritiseren|-0.94
p:jullie grijpen|bekritiseren|0.94
p:jullie hebben|bevelen|-0.99
p:jullie hebben|geruststellen|-0.59
p:jullie het|prijzen|0.98
p:jullie in|ik-boodschap|0.71
p:jullie laten|adviseren|-0.86
p:jullie letten|moraliseren|-0.93
p:jullie leuke|prijzen|-0.83
p:jullie melden|waarschuwen|0.98
p:jullie moeten|jij-boodschap|-0.86
p:jullie moeten|bekritiseren|-0.95
p:jullie reageren|jij-boodschap|0.97
p:jullie reageren|bekritiseren|1.69
p:jullie thuis|jij-boodschap|-0.98
p:jullie vandaag|bedanken|1.0
p:jullie veel|bekritiseren|0.83
p:jullie was|bekritiseren|0.94
p:jullie wel|bekritiseren|-0.94
p:jullie willen|etiketteren|-0.99
p:jullie zien|etiketteren|-0.99
p:jullie zijn|jij-boodschap|0.98
p:jullie zijn|bekritiseren|-0.99
p:jullie zijn|etiketteren|0.15
p:kader in|adviseren|-0.89
p:kamer leggen|ik-boodschap|0.91
p:kamer leggen|waarschuwen|-0.91
p:kamp ?|afleiden|0.91
p:kamp hè|gevoelsreflectie|0.77
p:kampweek en|parafrase|-0.91
p:kampweek en|samenvatting|0.91
p:kan afronden|ik-boodschap|0.92
p:kan beter|bekritiseren|-0.93
p:kan dat|open-vraag|-0.63
p:kan dat|prijzen|0.84
p:kan dat|ondervragen|-1.0
p:kan dit|waarschuwen|-0.97
p:kan echt|prijzen|-0.99
p:kan er|ik-boodschap|0.71
p:kan geven|ik-boodschap|0.93
p:kan geven|bekritiseren|-0.55
p:kan hem|waarschuwen|0.92
p:kan het|open-vraag|0.97
p:kan hij|waarschuwen|-0.91
p:kan hij|vervolgafspraak|0.99
p:kan ik|ik-boodschap|-0.11
p:kan ik|samenvatting|-1.0
p:kan ik|open-vraag|-0.85
p:kan ik|adviseren|-0.83
p:kan ik|prijzen|-0.99
p:kan ik|geruststellen|-0.99
p:kan ik|ondervragen|-0.93
p:kan ik|vervolgafspraak|-1.74
p:kan leren|interpreteren|-0.62
p:kan me|ik-boodschap|-0.91
p:kan me|parafrase|-0.89
p:kan me|gevoelsreflectie|0.95
p:kan me|open-vraag|-0.84
p:kan meewerken|adviseren|-0.9
p:kan toch|prijzen|0.91
p:kan uw|ik-boodschap|0.81
p:kan ze|ik-boodschap|0.93
p:kan ze|parafrase|-0.82
p:kan ze|open-vraag|0.73
p:kan ze|vervolgafspraak|0.8
p:kan zijn|afleiden|-0.93
p:kans krijgt|samenvatting|0.82
p:kans om|ik-boodschap|0.91
p:kans om|bevelen|1.0
p:keer afwezig|argumenteren|0.96
p:keer bedankt|waarschuwen|-0.97
p:keer dat|waarschuwen|0.99
p:keer gemaild|jij-boodschap|0.98
p:keer gemaild|bekritiseren|0.81
p:keer huilend|ik-boodschap|-0.98
p:keer is|ik-boodschap|1.0
p:keer is|parafrase|-1.0
p:keer je|ik-boodschap|1.86
p:keer je|gevoelsreflectie|-0.91
p:keer je|argumenteren|-0.99
p:keer kort|samenvatting|0.97
p:keer mee|bekritiseren|-0.96
p:keer ongeoorloofd|jij-boodschap|-0.59
p:keer opstaat|bevelen|0.6
p:keer pakt|bevelen|-0.9
p:keer schuift|waarschuwen|-0.99
p:keer schuift|vervolgafspraak|1.74
p:keer spijbelt|waarschuwen|0.99
p:keer te|moraliseren|-1.0
p:keer te|adviseren|-0.9
p:keer uit|open-vraag|0.78
p:keer volgt|waarschuwen|1.0
p:keer zie|bevelen|0.92
p:keer ziek|etiketteren|-0.92
p:keer ziek|vervolgafspraak|-0.99
p:keer zijn|ik-boodschap|-1.89
p:keer zo|jij-boodschap|-0.89
p:keer zo|waarschuwen|0.91
p:keer zo'n|bevelen|-0.96
p:keuken leggen|adviseren|0.86
p:keulen hebben|afronding-aankondigen|-0.92
p:keus is|geruststellen|-0.83
p:keuze maakte|ondervragen|-0.93
p:keuze voor|parafrase|-0.87
p:keuze voor|gevoelsreflectie|0.99
p:keuzevak ?|open-vraag|-0.92
p:kevin ga|waarschuwen|-0.74
p:kevin vorige|ik-boodschap|0.96
p:kijk als|ik-boodschap|0.96
p:kijk als|waarschuwen|-0.86
p:kijk als|argumenteren|0.47
p:kijk eens|afleiden|0.84
p:kijk je|ik-boodschap|0.99
p:kijk je|argumenteren|-0.99
p:kijk jij|open-vraag|0.98
p:kijk maar|argumenteren|-0.97
p:kijk met|jij-boodschap|-0.98
p:kijk met|argumenteren|0.98
p:kijk met|bekritiseren|-0.98
p:kijk zo|argumenteren|0.85
p:kijk zonder|argumenteren|0.99
p:kijken hoe|open-vraag|-0.77
p:kijken hoe|vervolgafspraak|0.96
p:kijken naar|bevelen|-0.97
p:kijken wat|vervolgafspraak|0.8
p:kijken we|samenvatting|1.98
p:kijken we|adviseren|-1.0
p:kijken we|afronding-aankondigen|-0.98
p:kijken we|vervolgafspraak|1.0
p:kijkt een|gevoelsreflectie|0.92
p:kijkt er|gevoelsreflectie|1.87
p:kijkt er|ondervragen|-0.97
p:kijkt u|jij-boodschap|-0.82
p:kijkt u|parafrase|-1.0
p:kijkt u|gevoelsreflectie|-1.0
p:kijkt u|open-vraag|0.66
p:kijkt u|bekritiseren|-0.82
p:kijkt u|prijzen|-1.0
p:kim twee|ik-boodschap|-0.98
p:kind gewoon|bekritiseren|-0.74
p:kind moet|moraliseren|0.94
p:kind op|moraliseren|-0.99
p:kind van|bevelen|-1.0
p:kind van|moraliseren|1.0
p:kind van|argumenteren|-1.0
p:kinderen he|moraliseren|-1.0
p:kinderen he|afleiden|1.0
p:kinderen hebben|bekritiseren|-0.95
p:kinderen hebben|geruststellen|0.95
p:kinderen hebben|afleiden|-0.96
p:kinderen horen|adviseren|-0.8
p:kinderen op|geruststellen|-0.59
p:kinderen slaap|moraliseren|1.0
p:klaagt hoe|parafrase|0.83
p:klaar mee|aanmoediging|-0.93
p:klaar mee|bekritiseren|-0.97
p:klaar mee|etiketteren|-1.0
p:klaarzetten en|open-vraag|-0.98
p:klas ?|jij-boodschap|-1.0
p:klas ?|open-vraag|1.0
p:klas ?|bekritiseren|-1.0
p:klas begonnen|open-vraag|-0.94
p:klas bij|ik-boodschap|1.0
p:klas bram|waarschuwen|0.99
p:klas dat|bekritiseren|-0.95
p:klas dat|geruststellen|0.95
p:klas dus|prijzen|0.97
p:klas en|gevoelsreflectie|-0.94
p:klas gaat|samenvatting|0.97
p:klas gelijk|parafrase|0.87
p:klas gelijk|argumenteren|0.94
p:klas haalde|samenvatting|-0.88
p:klas haalde|argumenteren|0.95
p:klas is|jij-boodschap|-0.88
p:klas is|samenvatting|0.93
p:klas is|bevelen|0.81
p:klas joep|jij-boodschap|1.86
p:klas joep|bekritiseren|1.48
p:klas krijgt|open-vraag|-0.97
p:klas lager|parafrase|-1.0
p:klas lager|gevoelsreflectie|-1.0
p:klas lager|prijzen|1.0
p:klas lager|bedanken|-1.0
p:klas maar|geruststellen|0.96
p:klas mila|prijzen|0.91
p:klas mila|etiketteren|-0.91
p:klas roept|ik-boodschap|0.93
p:klas roept|open-vraag|-0.67
p:klas snel|vervolgafspraak|-0.98
p:klas te|ik-boodschap|-0.94
p:klas tijd|open-vraag|0.98
p:klas wat|open-vraag|0.83
p:klas wisselt|interpreteren|-0.96
p:klasgenoot hielp|ik-boodschap|0.96
p:klasgenoot zo|jij-boodschap|0.93
p:klasgenoten praten|moraliseren|0.64
p:klasgenoten zeggen|gevoelsreflectie|-0.74
p:kleedkamer is|open-vraag|-0.82
p:kleuter luuk|jij-boodschap|1.56
p:kleuter luuk|etiketteren|0.94
p:kleuterachtig gedoe|etiketteren|0.92
p:kleuterachtig gedoe|afleiden|-0.92
p:klinkt als|gevoelsreflectie|1.9
p:klinkt alsof|gevoelsreflectie|2.83
p:klinkt alsof|aanmoediging|-1.0
p:klinkt erg|parafrase|-0.87
p:klinkt erg|gevoelsreflectie|0.99
p:klinkt machteloos|gevoelsreflectie|0.92
p:klinkt ongerust|parafrase|-0.98
p:klopt dat|jij-boodschap|-0.88
p:klopt dat|samenvatting|0.93
p:klopt gewoon|ik-boodschap|-0.93
p:klopt gewoon|argumenteren|0.98
p:klopt niet|samenvatting|-1.0
p:klopt niet|argumenteren|1.91
p:klopt niet|bekritiseren|-0.97
p:kluisje te|jij-boodschap|-0.99
p:kluisje te|adviseren|-0.99
p:kluisjes staat|ik-boodschap|0.89
p:knap dat|bedanken|0.88
p:knap hoor|open-vraag|-0.63
p:knap hoor|prijzen|0.84
p:koffie pakken|waarschuwen|-0.99
p:kom ik|adviseren|-0.96
p:kom je|ik-boodschap|0.83
p:kom je|jij-boodschap|-0.2
p:kom je|argumenteren|0.98
p:kom je|bekritiseren|-0.98
p:kom je|ondervragen|-0.84
p:kom langs|vervolgafspraak|0.99
p:kom op|argumenteren|-0.98
p:kom op|interpreteren|-0.98
p:komen dat|moraliseren|1.0
p:komen we|open-vraag|-0.93
p:komen we|bedanken|-0.94
p:komst ik|afronding-aankondigen|-0.97
p:komt allemaal|gevoelsreflectie|-0.96
p:komt allemaal|bevelen|-0.93
p:komt allemaal|adviseren|-0.91
p:komt allemaal|geruststellen|0.89
p:komt dan|parafrase|0.91
p:komt dan|adviseren|0.91
p:komt dat|gevoelsreflectie|1.0
p:komt dat|samenvatting|-1.0
p:komt dat|open-vraag|1.0
p:komt doordat|geruststellen|-0.94
p:komt echt|adviseren|-0.97
p:komt echt|geruststellen|1.96
p:komt er|ik-boodschap|-0.89
p:komt er|geruststellen|0.99
p:komt geen|ik-boodschap|0.96
p:komt geen|argumenteren|-0.8
p:komt goed|gevoelsreflectie|0.96
p:komt goed|open-vraag|0.87
p:komt goed|adviseren|0.93
p:komt goed|afleiden|-0.93
p:komt het|parafrase|-1.0
p:komt het|argumenteren|-1.0
p:komt het|afleiden|-0.69
p:komt hij|open-vraag|-1.0
p:komt hij|ondervragen|1.0
p:komt kan|open-vraag|0.73
p:komt later|open-vraag|-0.95
p:komt later|afleiden|0.95
p:komt na|open-vraag|-1.0
p:komt na|bevelen|1.0
p:komt omdat|ondervragen|-0.96
p:komt opdagen|jij-boodschap|1.82
p:komt opdagen|bekritiseren|1.62
p:komt opdagen|prijzen|-0.99
p:komt te|interpreteren|-0.92
p:komt vast|argumenteren|-0.99
p:komt vast|interpreteren|0.88
p:komt volgende|afronding-aankondigen|-0.98
p:komt volgende|vervolgafspraak|-1.77
p:komt wat|parafrase|-0.93
p:komt wat|gevoelsreflectie|-0.93
p:komt wel|bevelen|-1.0
p:komt wel|adviseren|0.97
p:komt wel|geruststellen|0.96
p:komt zo|bevelen|-1.77
p:kon komen|jij-boodschap|-0.92
p:kon maken|ik-boodschap|0.87
p:kon maken|gevoelsreflectie|-0.91
p:kon maken|adviseren|0.9
p:kort ayoub|samenvatting|0.97
p:kort met|ik-boodschap|-0.81
p:kort met|gevoelsreflectie|-1.0
p:kort samengevat|jij-boodschap|-0.42
p:kort samengevat|bekritiseren|-0.64
p:kort te|open-vraag|-0.98
p:kortom het|samenvatting|0.97
p:kortom het|open-vraag|0.92
p:kortom het|prijzen|-0.97
p:kortom het|vervolgafspraak|-0.63
p:kortom hij|samenvatting|0.9
p:kortom je|geruststellen|-0.95
p:kortom jij|jij-boodschap|1.89
p:kortom jij|samenvatting|-1.89
p:kortom jij|bevelen|-0.88
p:kortom jij|bekritiseren|1.89
p:kortom meer|samenvatting|0.98
p:kortom thuis|parafrase|-0.95
p:kortom thuis|samenvatting|0.95
p:kortom we|ik-boodschap|-0.97
p:kortom we|samenvatting|0.81
p:kortom we|vervolgafspraak|-0.55
p:kortom we|bedanken|-0.82
p:kortzichtige reactie|bekritiseren|0.97
p:kost de|open-vraag|0.98
p:kost het|samenvatting|0.95
p:kreeg geen|gevoelsreflectie|0.94
p:kreeg geen|samenvatting|0.89
p:kreeg geen|argumenteren|-0.94
p:kreeg geen|vervolgafspraak|0.63
p:krijgen een|prijzen|-1.0
p:krijgen een|etiketteren|-1.0
p:krijgt bijles|samenvatting|0.81
p:krijgt bijles|afronding-aankondigen|0.97
p:krijgt bijles|bedanken|0.97
p:krijgt een|argumenteren|0.49
p:krijgt en|afronding-aankondigen|-0.85
p:krijgt geen|argumenteren|0.99
p:krijgt hij|samenvatting|-0.92
p:krijgt hij|moraliseren|-0.94
p:krijgt hij|afleiden|-0.83
p:krijgt omdat|interpreteren|0.99
p:krijgt ze|argumenteren|-0.42
p:kritiek erg|bekritiseren|-0.91
p:kritiek op|jij-boodschap|1.32
p:kritiek op|samenvatting|-0.9
p:kritiek op|bekritiseren|1.61
p:kritisch meedenkt|parafrase|-1.0
p:kritisch meedenkt|gevoelsreflectie|-1.0
p:kritisch meedenkt|prijzen|1.0
p:kritisch meedenkt|bedanken|-1.0
p:kun je|ik-boodschap|0.99
p:kun je|jij-boodschap|-1.0
p:kun je|argumenteren|0.72
p:kunnen bellen|ik-boodschap|-1.0
p:kunnen bellen|bevelen|-1.0
p:kunnen bellen|adviseren|1.0
p:kunnen bellen|etiketteren|-1.0
p:kunnen de|ik-boodschap|0.93
p:kunnen lezen|ik-boodschap|-1.64
p:kunnen lezen|parafrase|0.82
p:kunnen maken|argumenteren|0.98
p:kunnen praten|afleiden|-0.94
p:kunnen we|ik-boodschap|1.14
p:kunnen we|open-vraag|0.73
p:kunnen we|interpreteren|-1.0
p:kunnen we|vervolgafspraak|-0.2
p:kunnen we|bedanken|-1.0
p:kunt accepteren|prijzen|-1.0
p:kunt best|prijzen|0.97
p:kunt beter|bevelen|-0.93
p:kunt beter|adviseren|0.93
p:kunt dat|adviseren|-0.83
p:kunt dit|geruststellen|-0.92
p:kunt eens|geruststellen|0.92
p:kunt hem|adviseren|0.93
p:kunt hulp|adviseren|0.97
p:kunt op|prijzen|0.94
p:kunt u|ik-boodschap|0.97
p:kunt u|gevoelsreflectie|-1.0
p:kunt u|prijzen|0.93
p:kunt u|interpreteren|0.66
p:kunt u|geruststellen|-0.98
p:kwaad bent|bevelen|0.97
p:kwaad maar|interpreteren|0.63
p:kwaad om|ik-boodschap|-0.91
p:kwaad over|moraliseren|-0.93
p:kwam hij|bekritiseren|-0.97
p:kwam hij|afleiden|-0.96
p:kwam ze|ondervragen|0.97
p:kwart over|bevelen|0.91
p:kwestie van|geruststellen|0.86
p:kwetst me|ik-boodschap|1.0
p:kwijt ?|gevoelsreflectie|0.91
p:kwijt en|vervolgafspraak|-0.99
p:laag maar|parafrase|0.87
p:laag maar|argumenteren|0.94
p:laat ?|jij-boodschap|0.78
p:laat ?|ondervragen|-0.84
p:laat begonnen|etiketteren|-0.84
p:laat bent|waarschuwen|0.96
p:laat binnenkomt|open-vraag|0.98
p:laat dat|bekritiseren|-0.8
p:laat gekomen|argumenteren|-1.0
p:laat heeft|gevoelsreflectie|-0.95
p:laat hem|bevelen|-1.54
p:laat hem|moraliseren|0.98
p:laat hem|bekritiseren|0.84
p:laat het|bevelen|0.99
p:laat hij|bekritiseren|0.96
p:laat ik|waarschuwen|0.95
p:laat in|moraliseren|-1.0
p:laat ingeleverd|argumenteren|0.49
p:laat is|gevoelsreflectie|-0.74
p:laat komt|open-vraag|-1.0
p:laat komt|ondervragen|1.0
p:laat kwam|bekritiseren|-0.97
p:laat kwam|ondervragen|0.97
p:laat kwam|afleiden|-0.96
p:laat liggen|parafrase|-1.0
p:laat maar|bekritiseren|-0.96
p:laat mij|bevelen|0.93
p:laat omdat|interpreteren|-0.92
p:laat u|ondervragen|-1.97
p:laat u|vervolgafspraak|0.67
p:laat volgt|moraliseren|-1.0
p:laat volgt|argumenteren|1.0
p:laat was|parafrase|-0.9
p:laat was|adviseren|-0.9
p:laat weten|open-vraag|-0.98
p:laat ze|parafrase|-0.95
p:laatste drie|ik-boodschap|0.92
p:laatste drie|waarschuwen|-0.99
p:laatste drie|adviseren|0.9
p:laatste het|ik-boodschap|-0.84
p:laatste keer|waarschuwen|0.99
p:laatste weken|ik-boodschap|-0.84
p:lage cijfers|samenvatting|0.97
p:lager plaatsen|parafrase|-1.0
p:lager plaatsen|gevoelsreflectie|-1.0
p:lager plaatsen|prijzen|1.0
p:lager plaatsen|bedanken|-1.0
p:laks zijn|bekritiseren|0.83
p:lang gamen|adviseren|-0.95
p:lang gamen|ondervragen|0.95
p:langs volgende|vervolgafspraak|0.99
p:langst dat|moraliseren|0.98
p:lapt alle|jij-boodschap|0.94
p:lapt alle|bekritiseren|0.94
p:laptop niet|ik-boodschap|0.99
p:laptop niet|adviseren|-0.9
p:laptop om|vervolgafspraak|-0.94
p:laptop thuis|vervolgafspraak|-0.79
p:laptop van|ondervragen|-0.83
p:laptops niet|ik-boodschap|1.0
p:laptops niet|interpreteren|-1.0
p:laptops niet|afronding-aankondigen|-1.0
p:laptops niet|vervolgafspraak|-1.0
p:laptops niet|bedanken|-1.0
p:lars de|samenvatting|-0.99
p:lars de|geruststellen|-0.99
p:lastig dat|bekritiseren|0.93
p:lastig in|open-vraag|-0.99
p:lastig is|gevoelsreflectie|-0.83
p:lastig is|bekritiseren|0.98
p:lastig om|bekritiseren|-0.93
p:lastig vind|ik-boodschap|1.0
p:lastig vind|parafrase|-1.0
p:lastig vindt|bekritiseren|-0.82
p:lastig voor|aanmoediging|-0.98
p:lastpak tygo|bekritiseren|-1.0
p:lastpak tygo|etiketteren|1.0
p:laten ?|bedanken|-0.96
p:laten dan|vervolgafspraak|0.99
p:laten dank|afronding-aankondigen|0.75
p:laten denk|interpreteren|0.92
p:laten en|afronding-aankondigen|0.96
p:laten en|vervolgafspraak|0.89
p:laten gaan|interpreteren|-0.66
p:laten hem|adviseren|-0.86
p:laten komen|jij-boodschap|0.92
p:laten liggen|parafrase|0.91
p:laten liggen|adviseren|0.91
p:laten meedoen|vervolgafspraak|-0.79
p:laten nemen|moraliseren|-0.95
p:laten plannen|adviseren|0.93
p:laten rusten|afleiden|0.84
p:laten rusten|afronding-aankondigen|-0.92
p:laten schieten|jij-boodschap|0.96
p:laten testen|adviseren|1.0
p:laten voor|afronding-aankondigen|0.93
p:laten we|samenvatting|-0.91
p:laten we|bevelen|-0.97
p:laten we|geruststellen|-0.99
p:laten we|vervolgafspraak|-0.91
p:laten we|bedanken|-0.85
p:laten zien|ik-boodschap|0.91
p:laten zullen|bedanken|0.92
p:later op|adviseren|-0.96
p:later wel|open-vraag|-0.95
p:later wel|afleiden|0.95
p:leeftijd allemaal|etiketteren|-0.97
p:leeftijd allemaal|geruststellen|-0.97
p:leeftijd allemaal|afleiden|0.97
p:leek het|jij-boodschap|0.94
p:leek het|bekritiseren|0.94
p:leerling heb|moraliseren|0.98
p:leerling heb|argumenteren|-1.54
p:leerling hoor|argumenteren|0.49
p:leerling mila|ondervragen|-0.61
p:leerlingen die|geruststellen|-0.7
p:leerlingen horen|jij-boodschap|-0.99
p:leerlingen horen|adviseren|-0.99
p:leerlingen krijgen|prijzen|-1.0
p:leerlingen krijgen|etiketteren|-1.0
p:leerlingen met|argumenteren|0.79
p:leerlingen van|prijzen|0.91
p:leerlingen van|etiketteren|-0.91
p:leerlingen waardoor|ik-boodschap|-1.0
p:leerlingen waardoor|argumenteren|-1.0
p:leerplichtambtenaar in|waarschuwen|0.99
p:leerplichtambtenaar inschakelen|jij-boodschap|-0.96
p:leert haalt|waarschuwen|-0.86
p:leert haalt|argumenteren|0.55
p:leert maar|parafrase|1.0
p:leert maar|prijzen|-1.0
p:leest de|bekritiseren|0.93
p:leg die|bevelen|0.92
p:legt het|interpreteren|0.85
p:legt mist|open-vraag|0.99
p:lekker bezig|bekritiseren|1.86
p:lekker bezig|etiketteren|-0.87
p:leren dat|moraliseren|0.94
p:leren je|bevelen|-0.93
p:leren je|moraliseren|0.93
p:leren klaar|moraliseren|-0.86
p:leren klaar|geruststellen|-1.0
p:leren omdat|interpreteren|-0.62
p:les beginnen|ik-boodschap|1.0
p:les beginnen|interpreteren|-1.0
p:les beginnen|afronding-aankondigen|-1.0
p:les beginnen|vervolgafspraak|-1.0
p:les beginnen|bedanken|-1.0
p:les bij|open-vraag|-1.0
p:les bij|bevelen|1.0
p:les door|open-vraag|-0.67
p:les en|argumenteren|-0.85
p:les gebruikt|open-vraag|-0.95
p:les gebruikt|waarschuwen|-0.95
p:les gegaan|ik-boodschap|-0.93
p:les gestuurd|open-vraag|0.78
p:les neem|ik-boodschap|-0.96
p:les niet|open-vraag|0.97
p:les onderbreken|open-vraag|-0.95
p:les onderbreken|waarschuwen|-0.95
p:les op|open-vraag|0.87
p:les steeds|ik-boodschap|-0.88
p:les steeds|open-vraag|0.99
p:les voor|waarschuwen|0.99
p:les voorbij|ik-boodschap|-0.99
p:les wegzakt|ik-boodschap|0.97
p:lessen en|samenvatting|0.75
p:lessen en|interpreteren|-0.99
p:lessen geef|jij-boodschap|0.91
p:lessen niet|waarschuwen|-0.99
p:lessen niks|ik-boodschap|0.92
p:let maar|bekritiseren|-0.92
p:let maar|geruststellen|0.92
p:let op|waarschuwen|1.0
p:let op|afronding-aankondigen|-0.96
p:letten gewoon|moraliseren|-0.93
p:letten op|bedanken|-0.82
p:leuk dat|jij-boodschap|-0.83
p:leuk te|open-vraag|0.99
p:leuke plannen|prijzen|-0.83
p:leukers hebben|afleiden|1.0
p:leukste leerlingen|prijzen|0.91
p:leukste leerlingen|etiketteren|-0.91
p:lever dat|bevelen|1.82
p:lezen ze|samenvatting|0.95
p:liegen niet|moraliseren|0.93
p:liegen niet|argumenteren|-0.78
p:lieke vindt|open-vraag|-0.83
p:liet weten|gevoelsreflectie|0.98
p:liever dan|interpreteren|-1.0
p:liever niet|afleiden|0.91
p:lig je|jij-boodschap|1.86
p:lig je|bekritiseren|1.48
p:liggen en|adviseren|-0.89
p:liggen raakt|vervolgafspraak|-0.98
p:ligt maar|ik-boodschap|-0.89
p:lijkt erop|geruststellen|-0.68
p:lijkt me|aanmoediging|-0.98
p:lijkt me|adviseren|0.89
p:lina heeft|afronding-aankondigen|-0.99
p:loes zo'n|open-vraag|-0.99
p:logisch dat|moraliseren|-0.98
p:logisch dat|argumenteren|0.98
p:lokaal 14|vervolgafspraak|0.93
p:lokaal gaan|ik-boodschap|0.71
p:lokaal verlaat|ik-boodschap|-0.84
p:loop je|vervolgafspraak|0.98
p:los te|bekritiseren|-0.82
p:los te|interpreteren|0.92
p:losse blaadjes|ik-boodschap|0.91
p:losse blaadjes|open-vraag|-0.91
p:lotte haar|ik-boodschap|0.93
p:lotte haar|vervolgafspraak|-0.79
p:lucas zijn|waarschuwen|0.95
p:lui bent|ik-boodschap|-0.72
p:lui bent|geruststellen|1.03
p:lui hij|interpreteren|0.99
p:lui is|jij-boodschap|0.85
p:lui is|etiketteren|0.85
p:lui om|bekritiseren|0.99
p:lui om|etiketteren|0.99
p:lui om|interpreteren|-0.4
p:luistert gewoon|argumenteren|-0.98
p:luistert u|bevelen|0.93
p:lukt ?|parafrase|-1.0
p:lukt ?|argumenteren|-1.0
p:lukt ?|geruststellen|-1.0
p:lukt ?|afleiden|-0.69
p:lukt hem|samenvatting|0.9
p:lukt niet|geruststellen|-0.95
p:lukt u|prijzen|1.0
p:lukt u|etiketteren|-1.0
p:lunch bijna|argumenteren|-0.68
p:lunch hoe|open-vraag|0.93
p:maak ik|argumenteren|-1.0
p:maak ik|vervolgafspraak|0.98
p:maak je|geruststellen|1.0
p:maak me|ik-boodschap|-0.95
p:maak me|jij-boodschap|-1.0
p:maak me|waarschuwen|-0.91
p:maak me|adviseren|-0.9
p:maak me|argumenteren|-0.68
p:maak me|vervolgafspraak|-0.95
p:maakt dat|open-vraag|0.99
p:maakt een|ik-boodschap|-0.92
p:maakt een|samenvatting|0.92
p:maakt een|vervolgafspraak|0.83
p:maakt het|parafrase|-0.95
p:maakt het|samenvatting|0.95
p:maakt kan|open-vraag|-0.77
p:maakt kan|vervolgafspraak|0.96
p:maakt maar|adviseren|0.82
p:maakt om|interpreteren|1.47
p:maakt over|open-vraag|-0.84
p:maakt u|gevoelsreflectie|-0.12
p:maakt u|open-vraag|0.87
p:maakt u|adviseren|-0.91
p:maakt u|interpreteren|-0.5
p:maakt u|geruststellen|0.82
p:maakt waardoor|ik-boodschap|0.91
p:maakt waardoor|open-vraag|-0.91
p:maakt waardoor|adviseren|0.9
p:maakt wat|gevoelsreflectie|0.96
p:maakt wat|open-vraag|0.87
p:maakt zich|gevoelsreflectie|1.0
p:maakt zich|samenvatting|-1.0
p:maakte en|ondervragen|-0.93
p:maakte hem|open-vraag|0.83
p:maand drie|ik-boodschap|1.0
p:maand drie|parafrase|-1.0
p:maand een|samenvatting|-0.88
p:maand evalueren|afronding-aankondigen|-0.85
p:maand opnieuw|vervolgafspraak|0.99
p:maand van|ik-boodschap|0.81
p:maand van|open-vraag|0.94
p:maand vijf|argumenteren|-1.0
p:maandag een|afronding-aankondigen|0.96
p:maandag een|vervolgafspraak|0.89
p:maandag en|samenvatting|-0.8
p:maandag het|vervolgafspraak|0.93
p:maandag in|bevelen|1.82
p:maandag loop|vervolgafspraak|0.98
p:maandag na|adviseren|-0.78
p:maandag niet|ik-boodschap|0.84
p:maandag niet|vervolgafspraak|-0.98
p:maandag om|afronding-aankondigen|-0.93
p:maandag stuur|bedanken|0.83
p:maandje ben|geruststellen|0.98
p:maar ach|afleiden|0.95
p:maar bij|afronding-aankondigen|0.93
p:maar dat|parafrase|1.0
p:maar dat|bevelen|0.99
p:maar dat|bekritiseren|-0.95
p:maar dat|prijzen|-1.0
p:maar dat|geruststellen|1.46
p:maar de|parafrase|0.87
p:maar de|samenvatting|-0.88
p:maar de|argumenteren|1.89
p:maar dit|geruststellen|0.97
p:maar een|gevoelsreflectie|0.97
p:maar een|argumenteren|-0.5
p:maar een|afleiden|-0.54
p:maar eens|argumenteren|-0.97
p:maar even|afleiden|0.96
p:maar geen|gevoelsreflectie|-0.96
p:maar geen|adviseren|-0.91
p:maar goed|gevoelsreflectie|-0.97
p:maar goed|open-vraag|-1.76
p:maar goed|moraliseren|-1.0
p:maar goed|afleiden|1.96
p:maar het|jij-boodschap|-0.88
p:maar het|gevoelsreflectie|1.0
p:maar het|samenvatting|1.83
p:maar het|argumenteren|-0.85
p:maar hij|jij-boodschap|0.94
p:maar hij|bekritiseren|0.94
p:maar hoe|open-vraag|-2.74
p:maar hoe|afleiden|1.66
p:maar horen|bekritiseren|-0.96
p:maar huiswerk|moraliseren|0.46
p:maar ik|interpreteren|0.63
p:maar je|ik-boodschap|-0.89
p:maar je|gevoelsreflectie|0.9
p:maar je|samenvatting|-0.9
p:maar je|geruststellen|0.37
p:maar maakt|gevoelsreflectie|0.96
p:maar maakt|open-vraag|0.87
p:maar misschien|adviseren|1.78
p:maar misschien|afleiden|-0.94
p:maar niet|samenvatting|-0.99
p:maar niet|geruststellen|-0.17
p:maar om|jij-boodschap|-0.9
p:maar om|bevelen|-0.99
p:maar om|bekritiseren|-0.99
p:maar op|aanmoediging|-0.99
p:maar op|moraliseren|-0.94
p:maar op|bekritiseren|-0.92
p:maar op|afleiden|-0.83
p:maar te|jij-boodschap|1.0
p:maar te|bekritiseren|1.0
p:maar u|gevoelsreflectie|-0.83
p:maar u|bevelen|0.97
p:maar u|argumenteren|0.98
p:maar u|bekritiseren|0.98
p:maar vier|jij-boodschap|-1.0
p:maar waarom|gevoelsreflectie|0.93
p:maar waarom|ondervragen|1.87
p:maar ze|geruststellen|0.99
p:maar zeg|ondervragen|-0.88
p:maar zelf|jij-boodschap|1.32
p:maar zelf|samenvatting|-0.9
p:maar zelf|bekritiseren|1.61
p:maar zijn|bevelen|-1.54
p:maart bespreken|ik-boodschap|-0.92
p:maart bespreken|samenvatting|0.92
p:maart bespreken|vervolgafspraak|0.83
p:maart verstuurd|adviseren|-0.97
p:maart verstuurd|argumenteren|0.97
p:machteloos hoe|gevoelsreflectie|0.92
p:machteloos voelen|gevoelsreflectie|0.9
p:machteloos voelt|gevoelsreflectie|1.0
p:machteloos voelt|aanmoediging|-1.0
p:mag ?|adviseren|0.88
p:mag de|ondervragen|-1.0
p:mag hij|waarschuwen|0.95
p:mag ik|adviseren|-0.78
p:mag ik|geruststellen|-0.46
p:mag ik|afronding-aankondigen|-0.99
p:mag ik|bedanken|-0.99
p:mag je|ik-boodschap|-0.98
p:mag je|parafrase|-1.0
p:mag je|argumenteren|1.0
p:mag je|interpreteren|-1.0
p:mag niet|bevelen|-0.96
p:mag op|gevoelsreflectie|0.77
p:mag rustig|aanmoediging|0.95
p:magister heeft|ik-boodschap|0.92
p:magister heeft|jij-boodschap|-0.92
p:magister heeft|bekritiseren|-0.89
p:magister stonden|moraliseren|-1.0
p:mail gelezen|gevoelsreflectie|-0.83
p:mail gelezen|bekritiseren|0.98
p:mail gestuurd|aanmoediging|-0.86
p:mail is|adviseren|-0.97
p:mail is|argumenteren|0.97
p:mail met|waarschuwen|-0.99
p:mail met|afronding-aankondigen|0.96
p:mail met|vervolgafspraak|0.89
p:mail met|bedanken|0.83
p:mail naar|geruststellen|-0.96
p:mail niet|samenvatting|0.96
p:mail niet|vervolgafspraak|-0.59
p:mail ontvangen|ondervragen|-0.7
p:mail stuur|ik-boodschap|0.96
p:mail stuur|argumenteren|-0.8
p:mail u|afronding-aankondigen|-0.96
p:mail u|bedanken|-0.9
p:mail van|ik-boodschap|-0.93
p:mail van|jij-boodschap|-0.71
p:mail van|bekritiseren|0.95
p:mail van|ondervragen|1.44
p:mails onbeantwoord|open-vraag|-0.87
p:mails sturen|bekritiseren|0.95
p:mails van|bekritiseren|0.93
p:maken dat|ik-boodschap|0.87
p:maken dat|gevoelsreflectie|-0.91
p:maken dat|adviseren|0.9
p:maken en|vervolgafspraak|0.99
p:maken meer|open-vraag|-0.98
p:maken met|bedanken|0.92
p:maken ons|afronding-aankondigen|-0.96
p:maken ons|vervolgafspraak|-0.96
p:maken voor|open-vraag|0.99
p:makkelijk een|prijzen|0.91
p:makkelijk is|interpreteren|0.66
p:man de|ik-boodschap|0.81
p:manier om|moraliseren|-0.99
p:manier om|bekritiseren|0.92
p:marokko hoorde|interpreteren|-0.99
p:me 'ouwe'|ik-boodschap|1.0
p:me bent|bedanken|1.0
p:me dat|samenvatting|-0.93
p:me echt|ik-boodschap|-1.0
p:me een|open-vraag|0.93
p:me een|vervolgafspraak|-0.95
p:me eerlijk|ik-boodschap|-0.98
p:me eerst|bevelen|1.0
p:me eraan|jij-boodschap|0.98
p:me eraan|bekritiseren|0.98
p:me geraakt|ik-boodschap|0.92
p:me goed|parafrase|-0.89
p:me goed|waarschuwen|-0.91
p:me hebt|open-vraag|-0.82
p:me heel|aanmoediging|-0.98
p:me ik|bedanken|-0.94
p:me langs|vervolgafspraak|0.98
p:me minder|ik-boodschap|1.0
p:me niet|ik-boodschap|0.99
p:me niet|open-vraag|-0.98
p:me niet|argumenteren|-0.99
p:me op|ik-boodschap|-0.9
p:me opgevallen|ik-boodschap|-0.84
p:me praten|geruststellen|-0.99
p:me toe|ik-boodschap|0.98
p:me totaal|ik-boodschap|-0.91
p:me verantwoordelijk|ik-boodschap|0.71
p:me verdriet|bekritiseren|-0.99
p:me vergis|afleiden|-0.93
p:me verstandig|adviseren|0.89
p:me voorstellen|ik-boodschap|-0.91
p:me voorstellen|gevoelsreflectie|0.95
p:me voorstellen|open-vraag|-0.84
p:me wat|ik-boodschap|0.89
p:me wel|ik-boodschap|1.0
p:me wel|argumenteren|-1.0
p:me wel|interpreteren|-1.0
p:me wel|afronding-aankondigen|-1.0
p:me wel|vervolgafspraak|-1.0
p:me wel|bedanken|-1.0
p:me zorgen|ik-boodschap|0.96
p:me zorgen|jij-boodschap|-1.0
p:me zorgen|open-vraag|-0.98
p:me zorgen|waarschuwen|-0.91
p:me zorgen|adviseren|-0.9
p:me zorgen|argumenteren|-0.68
p:me zorgen|vervolgafspraak|0.98
p:medicijnen regelmatig|vervolgafspraak|0.8
p:mee akkoord|bevelen|-0.97
p:mee bent|bekritiseren|-0.97
p:mee bezig|interpreteren|0.96
p:mee bezig|geruststellen|-0.96
p:mee dan|prijzen|0.98
p:mee donderdag|afronding-aankondigen|0.91
p:mee donderdag|vervolgafspraak|0.87
p:mee geholpen|bekritiseren|-0.74
p:mee in|jij-boodschap|-0.44
p:mee in|bekritiseren|-0.7
p:mee kunt|prijzen|0.94
p:mee laat|bevelen|0.99
p:mee mag|gevoelsreflectie|0.77
p:mee naar|bevelen|-0.61
p:mee naar|waarschuwen|0.97
p:mee om|gevoelsreflectie|0.92
p:mee op|ik-boodschap|0.97
p:mee op|waarschuwen|0.95
p:mee samen|jij-boodschap|-0.3
p:mee te|ik-boodschap|0.87
p:mee te|gevoelsreflectie|-0.91
p:mee wegkomt|bekritiseren|0.95
p:mee zit|open-vraag|0.99
p:meedenkend dus|waarschuwen|-0.94
p:meedenkt dan|parafrase|-1.0
p:meedenkt dan|gevoelsreflectie|-1.0
p:meedenkt dan|prijzen|1.0
p:meedenkt dan|bedanken|-1.0
p:meedoen en|parafrase|-0.82
p:meedoen met|ik-boodschap|1.92
p:meedoen met|open-vraag|0.73
p:meedoen met|vervolgafspraak|-0.79
p:meekrijgen vind|ik-boodschap|-0.92
p:meeneemt kan|open-vraag|0.97
p:meeneemt waardoor|adviseren|-0.9
p:meer aan|ik-boodschap|0.83
p:meer achter|interpreteren|0.99
p:meer bij|open-vraag|0.93
p:meer bij|adviseren|-0.99
p:meer bij|ondervragen|0.99
p:meer contact|parafrase|-0.98
p:meer dan|ik-boodschap|-0.99
p:meer dan|interpreteren|-0.94
p:meer informatie|jij-boodschap|-0.42
p:meer informatie|bekritiseren|-0.64
p:meer loslaten|prijzen|0.99
p:meer naar|gevoelsreflectie|-1.0
p:meer over|interpreteren|0.4
p:meer structuur|parafrase|-0.98
p:meer structuur|samenvatting|0.98
p:meer terugvindt|ik-boodschap|0.91
p:meer terugvindt|open-vraag|-0.91
p:meer toezicht|open-vraag|-0.98
p:meer verantwoordelijkheid|prijzen|-0.88
p:meer voor|waarschuwen|0.94
p:meer vrijheid|interpreteren|-0.9
p:meer zegt|vervolgafspraak|-0.95
p:meer zelf|adviseren|0.93
p:mees in|ik-boodschap|-1.0
p:mees in|argumenteren|-1.0
p:mees om|adviseren|-0.89
p:meest dwarszit|gevoelsreflectie|-0.98
p:meest helpen|gevoelsreflectie|1.0
p:meest helpen|aanmoediging|-1.0
p:meest zorgen|gevoelsreflectie|-0.98
p:meid dus|prijzen|0.99
p:meid dus|interpreteren|-0.99
p:meivakantie bijna|vervolgafspraak|-0.95
p:meld ik|waarschuwen|0.91
p:melden bij|ik-boodschap|0.96
p:meldt u|ondervragen|-0.93
p:meneer de|gevoelsreflectie|1.0
p:meneer visser|open-vraag|0.94
p:meneer weet|etiketteren|0.91
p:meneer yilmaz|moraliseren|-1.0
p:mentor erbij|ik-boodschap|-0.96
p:mentor erbij|vervolgafspraak|0.96
p:mentor gaat|bevelen|-0.72
p:mentor gemeld|ondervragen|0.94
p:mentor houdt|geruststellen|0.64
p:mentor kunnen|ik-boodschap|-1.0
p:mentor kunnen|bevelen|-1.0
p:mentor kunnen|adviseren|1.0
p:mentor kunnen|etiketteren|-1.0
p:mentor meldt|bevelen|0.99
p:mentor op|samenvatting|0.65
p:mentor op|bedanken|0.96
p:mentor te|parafrase|0.95
p:mentor te|open-vraag|0.22
p:mentor yusuf|parafrase|-0.98
p:merk dat|ik-boodschap|-2.68
p:merk dat|gevoelsreflectie|-0.99
p:merk dat|open-vraag|-0.97
p:merk dat|afronding-aankondigen|-1.0
p:merk dat|vervolgafspraak|-1.0
p:merk ik|ik-boodschap|0.83
p:merk ik|jij-boodschap|-0.98
p:merk ik|gevoelsreflectie|1.0
p:merk ik|samenvatting|-1.0
p:merk ik|open-vraag|1.0
p:merk je|jij-boodschap|0.98
p:merken ?|afleiden|-0.95
p:merkt dus|parafrase|0.91
p:merkt dus|adviseren|0.91
p:merkt u|ik-boodschap|0.81
p:merkt u|gevoelsreflectie|-0.9
p:merkt u|open-vraag|0.11
p:met andere|parafrase|1.0
p:met andere|samenvatting|-0.93
p:met andere|open-vraag|-1.0
p:met andere|aanmoediging|-0.99
p:met andere|geruststellen|-0.87
p:met daan|vervolgafspraak|-0.9
p:met de|ik-boodschap|0.19
p:met de|parafrase|-1.07
p:met de|samenvatting|0.35
p:met de|open-vraag|-0.2
p:met de|bevelen|-1.0
p:met de|waarschuwen|-0.98
p:met de|adviseren|1.88
p:met de|argumenteren|-1.75
p:met de|prijzen|-0.97
p:met de|etiketteren|-1.0
p:met de|interpreteren|-1.0
p:met de|afleiden|0.94
p:met de|afronding-aankondigen|-0.36
p:met de|vervolgafspraak|2.03
p:met de|bedanken|-1.8
p:met die|gevoelsreflectie|0.97
p:met die|waarschuwen|-0.99
p:met die|adviseren|-0.92
p:met een|ik-boodschap|0.12
p:met een|jij-boodschap|-0.98
p:met een|gevoelsreflectie|-1.0
p:met een|argumenteren|0.98
p:met een|ondervragen|-0.98
p:met een|afronding-aankondigen|0.96
p:met een|vervolgafspraak|-0.79
p:met een|bedanken|0.83
p:met filmen|argumenteren|-0.99
p:met frans|ik-boodschap|-0.95
p:met gym|ik-boodschap|0.93
p:met haar|ik-boodschap|1.87
p:met haar|geruststellen|0.92
p:met hem|ik-boodschap|0.84
p:met hem|gevoelsreflectie|0.1
p:met hem|samenvatting|0.65
p:met hem|waarschuwen|-0.94
p:met hem|adviseren|0.95
p:met hem|bekritiseren|0.95
p:met hem|prijzen|-0.98
p:met hem|afleiden|-0.9
p:met hem|vervolgafspraak|-1.92
p:met hem|bedanken|0.96
p:met het|prijzen|0.99
p:met hoe|jij-boodschap|0.91
p:met ingrijpen|etiketteren|-0.84
p:met je|ik-boodschap|-1.86
p:met je|parafrase|0.95
p:met je|samenvatting|1.18
p:met je|adviseren|-0.83
p:met je|prijzen|-0.98
p:met je|vervolgafspraak|1.96
p:met jou|samenvatting|-1.0
p:met lezen|samenvatting|0.95
p:met mees|adviseren|-0.89
p:met mij|bekritiseren|-0.57
p:met mij|bedanken|0.99
p:met plannen|prijzen|0.92
p:met plezier|samenvatting|-0.89
p:met praten|bevelen|0.94
p:met pubers|moraliseren|-0.53
p:met pubers|bekritiseren|-0.91
p:met school|argumenteren|-0.94
p:met school|afleiden|-0.46
p:met sven|adviseren|0.8
p:met u|gevoelsreflectie|-1.0
p:met u|samenvatting|-1.0
p:met u|open-vraag|0.97
p:met u|vervolgafspraak|-0.31
p:met u|bedanken|-0.92
p:met uw|prijzen|0.99
p:met verlof|bevelen|-0.72
p:met vuur|waarschuwen|0.99
p:met vuur|adviseren|-0.99
p:met vuur|interpreteren|-0.99
p:met wie|bekritiseren|-0.97
p:met wie|ondervragen|0.97
p:met wie|afleiden|-0.96
p:met zijn|bekritiseren|0.83
p:met zijn|geruststellen|-0.88
p:met zo'n|prijzen|0.95
p:met zoveel|argumenteren|0.79
p:meteen gebeld|bekritiseren|-0.96
p:meteen in|prijzen|0.99
p:meteen na|gevoelsreflectie|-0.84
p:meteen na|bekritiseren|-0.93
p:meteen tegen|gevoelsreflectie|0.93
p:meteen tegen|ondervragen|0.93
p:methode voor|etiketteren|-0.93
p:mevrouw dan|prijzen|0.99
p:mevrouw de|gevoelsreflectie|-1.0
p:mevrouw de|bekritiseren|-0.54
p:mevrouw de|etiketteren|0.9
p:mevrouw ik|jij-boodschap|0.91
p:mevrouw jansen|prijzen|-0.99
p:mevrouw jansen|etiketteren|-0.99
p:mevrouw smit|jij-boodschap|-0.77
p:mevrouw smit|bevelen|0.97
p:mevrouw smit|waarschuwen|-0.97
p:middag ?|parafrase|-0.98
p:middag ruzie|parafrase|0.95
p:midden in|ondervragen|-0.93
p:midden in|vervolgafspraak|-0.99
p:middernacht gamen|moraliseren|0.98
p:middernacht gamen|bekritiseren|0.84
p:mij deelt|bekritiseren|-0.57
p:mij deelt|bedanken|0.99
p:mij doet|geruststellen|0.96
p:mij gezegd|gevoelsreflectie|0.93
p:mij gezegd|ondervragen|0.93
p:mij in|bevelen|-0.96
p:mij in|vervolgafspraak|0.93
p:mij is|interpreteren|-0.64
p:mij luisteren|bevelen|0.97
p:mij nooit|bevelen|0.93
p:mij ooit|jij-boodschap|0.97
p:mij ooit|bekritiseren|1.52
p:mij praat|jij-boodschap|-0.89
p:mij praat|waarschuwen|0.91
p:mij speelt|samenvatting|-1.0
p:mij speelt|interpreteren|1.0
p:mij speelt|vervolgafspraak|-1.0
p:mij teleur|jij-boodschap|0.93
p:mij teleur|bekritiseren|0.93
p:mij terecht|waarschuwen|-0.91
p:mij vanavond|waarschuwen|-0.99
p:mij weten|ondervragen|-0.99
p:mij weten|vervolgafspraak|0.67
p:mij zijn|afleiden|-1.0
p:mij zit|interpreteren|0.96
p:mij zit|geruststellen|-0.96
p:mijn bureau|bekritiseren|-0.98
p:mijn collega|moraliseren|-0.95
p:mijn collega|vervolgafspraak|0.85
p:mijn collega|bedanken|-0.95
p:mijn eigen|samenvatting|0.82
p:mijn lessen|jij-boodschap|0.91
p:mijn maag|jij-boodschap|-0.44
p:mijn naam|etiketteren|-0.91
p:mijn naam|vervolgafspraak|-0.8
p:mijn uitleg|open-vraag|-0.67
p:mijn volgende|vervolgafspraak|-0.94
p:mijn zin|ondervragen|-0.93
p:mila ?|ondervragen|-0.61
p:mila dus|prijzen|0.91
p:mila dus|etiketteren|-0.91
p:mila haar|open-vraag|0.97
p:mila zonder|open-vraag|0.73
p:milan de|ik-boodschap|0.92
p:milan de|jij-boodschap|-0.92
p:milan de|bekritiseren|-0.89
p:milan drie|adviseren|-0.9
p:milan vertelde|jij-boodschap|-0.98
p:minder serieus|ik-boodschap|1.0
p:minste wat|moraliseren|0.92
p:minuten begint|vervolgafspraak|-0.94
p:minuten te|open-vraag|0.98
p:mis de|argumenteren|0.85
p:mis ik|parafrase|-0.82
p:mis je|waarschuwen|-0.99
p:misgaat wat|parafrase|1.0
p:misgaat wat|open-vraag|1.0
p:misschien een|adviseren|0.99
p:misschien een|etiketteren|-0.99
p:misschien eens|ik-boodschap|-1.0
p:misschien eens|bevelen|-1.0
p:misschien eens|adviseren|1.0
p:misschien eens|etiketteren|-1.0
p:misschien is|adviseren|0.82
p:misschien kunt|ik-boodschap|0.97
p:misschien kunt|adviseren|0.9
p:misschien kunt|interpreteren|0.66
p:misschien kunt|geruststellen|-0.98
p:misschien moet|ik-boodschap|0.91
p:misschien moet|waarschuwen|-0.91
p:misschien moet|adviseren|0.96
p:misschien moet|interpreteren|-0.9
p:misschien opnieuw|ik-boodschap|1.0
p:misschien zou|afleiden|-0.94
p:missen vaker|geruststellen|-0.7
p:mist daardoor|open-vraag|0.78
p:mist haar|ik-boodschap|-0.94
p:mist iris|waarschuwen|-0.98
p:mist je|ik-boodschap|-0.91
p:mist je|samenvatting|0.91
p:mist je|open-vraag|0.91
p:mist lessen|samenvatting|0.75
p:mist lessen|interpreteren|-0.99
p:mist thijs|ik-boodschap|0.91
p:mist ze|vervolgafspraak|0.98
p:mist zonder|argumenteren|0.99
p:mm ja|parafrase|-1.0
p:mo al|ik-boodschap|0.96
p:mo al|waarschuwen|-0.96
p:moe hij|samenvatting|1.72
p:moe is|jij-boodschap|-0.8
p:moe is|moraliseren|-0.98
p:moe is|argumenteren|0.98
p:moe van|ik-boodschap|0.97
p:moeder daar|moraliseren|0.98
p:moeder daar|bekritiseren|0.84
p:moeder dank|prijzen|-0.95
p:moeder dus|bevelen|-0.97
p:moeder erbij|vervolgafspraak|0.99
p:moeder hoort|parafrase|-0.95
p:moeder misschien|prijzen|0.92
p:moeder moest|parafrase|0.91
p:moeder moest|interpreteren|-0.66
p:moeder moet|jij-boodschap|-0.84
p:moeder te|moraliseren|0.99
p:moeder te|bekritiseren|-0.99
p:moeder zou|waarschuwen|-0.99
p:moeilijk beoordelen|ik-boodschap|-0.96
p:moeilijk had|jij-boodschap|-0.99
p:moeilijk hebt|adviseren|-0.92
p:moeilijk hij|gevoelsreflectie|0.94
p:moeilijk hij|samenvatting|0.89
p:moeilijk hij|argumenteren|-0.94
p:moeilijk hij|vervolgafspraak|0.63
p:moeilijk om|interpreteren|0.92
p:moeilijk thuis|parafrase|-0.9
p:moeilijk volgens|open-vraag|0.83
p:moeilijk voor|argumenteren|-0.95
p:moeilijk was|samenvatting|-0.88
p:moeilijk was|open-vraag|0.83
p:moeilijk was|argumenteren|0.95
p:moeilijk zijn|aanmoediging|-0.96
p:moeite genomen|jij-boodschap|0.98
p:moeite genomen|bekritiseren|0.81
p:moeite heeft|ik-boodschap|-0.95
p:moeite met|samenvatting|0.95
p:moest horen|parafrase|0.91
p:moest horen|interpreteren|-0.66
p:moet blijven|geruststellen|0.93
p:moet dit|argumenteren|0.96
p:moet een|gevoelsreflectie|0.96
p:moet gewoon|bevelen|1.0
p:moet gewoon|moraliseren|-0.86
p:moet heel|gevoelsreflectie|0.9
p:moet heel|argumenteren|-0.95
p:moet het|bedanken|-0.99
p:moet hier|vervolgafspraak|-0.94
p:moet ik|ik-boodschap|1.0
p:moet ik|jij-boodschap|-0.96
p:moet ik|open-vraag|-0.64
p:moet je|waarschuwen|-0.91
p:moet je|adviseren|0.96
p:moet leren|bevelen|-0.93
p:moet leren|moraliseren|1.87
p:moet morgen|bevelen|-0.9
p:moet nu|bevelen|0.97
p:moet sem|ik-boodschap|0.99
p:moet toch|argumenteren|0.98
p:moet u|jij-boodschap|-0.84
p:moet u|interpreteren|-0.9
p:moet voor|gevoelsreflectie|0.92
p:moet ze|waarschuwen|0.96
p:moet zich|waarschuwen|0.91
p:moet zijn|bevelen|0.87
p:moeten bellen|bekritiseren|-2.52
p:moeten dit|vervolgafspraak|-0.85
p:moeten doen|bekritiseren|0.82
p:moeten geven|moraliseren|0.79
p:moeten geven|adviseren|-0.84
p:moeten hem|jij-boodschap|-0.86
p:moeten hem|bekritiseren|-0.95
p:moeten laten|afronding-aankondigen|0.93
p:moeten melden|ik-boodschap|0.96
p:moeten melden|waarschuwen|-0.96
p:moeten nu|samenvatting|-0.98
p:moeten sturen|bekritiseren|0.82
p:moeten weten|waarschuwen|-0.99
p:moeten weten|moraliseren|0.98
p:moeten zo|afronding-aankondigen|1.0
p:moeten zo|vervolgafspraak|-1.0
p:mogelijk dat|afleiden|-0.95
p:mogen vragen|moraliseren|0.92
p:mohammed is|jij-boodschap|1.64
p:mohammed is|bekritiseren|0.93
p:moment ?|gevoelsreflectie|-1.0
p:moment ?|adviseren|-1.0
p:mooi cijfer|open-vraag|-0.99
p:mooi cijfer|afleiden|0.84
p:mooi om|ik-boodschap|0.96
p:morgen bij|bevelen|0.99
p:morgen een|bedanken|-0.9
p:morgen even|bevelen|-0.92
p:morgen gewoon|adviseren|-1.0
p:morgen in|argumenteren|-0.98
p:morgen met|bevelen|-0.72
p:morgen naar|jij-boodschap|-0.77
p:morgen naar|waarschuwen|-0.97
p:morgen om|moraliseren|-0.95
p:morgen om|vervolgafspraak|0.85
p:morgen om|bedanken|-0.95
p:morgen weer|waarschuwen|0.99
p:morgen wil|bevelen|0.91
p:morgen zelf|bevelen|1.81
p:morgen zelf|vervolgafspraak|-0.88
p:na de|parafrase|-0.91
p:na de|open-vraag|-1.0
p:na de|bevelen|1.0
p:na de|vervolgafspraak|0.59
p:na die|interpreteren|-0.5
p:na drie|moraliseren|-1.0
p:na drie|argumenteren|1.0
p:na het|gevoelsreflectie|-0.84
p:na het|open-vraag|-0.94
p:na het|adviseren|-0.78
p:na het|vervolgafspraak|0.99
p:na school|bekritiseren|-0.93
p:naam is|etiketteren|-0.91
p:naam is|vervolgafspraak|-0.8
p:naar alle|argumenteren|0.92
p:naar bed|bekritiseren|1.08
p:naar buiten|ik-boodschap|-0.88
p:naar buiten|waarschuwen|0.95
p:naar dat|gevoelsreflectie|0.9
p:naar de|ik-boodschap|-0.92
p:naar de|jij-boodschap|0.94
p:naar de|gevoelsreflectie|-1.14
p:naar de|samenvatting|0.89
p:naar de|bevelen|0.69
p:naar de|waarschuwen|0.9
p:naar de|bekritiseren|0.94
p:naar de|ondervragen|0.97
p:naar een|ik-boodschap|0.81
p:naar een|parafrase|0.98
p:naar een|open-vraag|0.94
p:naar een|interpreteren|-0.66
p:naar gym|samenvatting|-0.91
p:naar haar|interpreteren|0.83
p:naar haar|geruststellen|0.83
p:naar het|moraliseren|-0.53
p:naar het|bekritiseren|-0.91
p:naar keulen|afronding-aankondigen|-0.92
p:naar me|ik-boodschap|0.98
p:naar mevrouw|jij-boodschap|-0.77
p:naar mevrouw|bevelen|0.97
p:naar mevrouw|waarschuwen|-0.97
p:naar mij|bevelen|0.97
p:naar school|parafrase|-0.99
p:naar school|samenvatting|-0.89
p:naar school|adviseren|-1.0
p:naar u|interpreteren|-0.89
p:naar want|ik-boodschap|0.93
p:naar wat|bevelen|-0.97
p:naar wat|argumenteren|-0.98
p:naast bram|ik-boodschap|0.83
p:naast noor|afleiden|-1.0
p:naast rik|ik-boodschap|0.83
p:naast rik|jij-boodschap|-0.98
p:nacht slaapt|jij-boodschap|-1.0
p:nachts ?|ondervragen|0.69
p:nachts in|adviseren|0.86
p:nachts nog|jij-boodschap|0.75
p:nachts nog|parafrase|-0.83
p:nadenken hoor|aanmoediging|0.95
p:nadenken over|bevelen|-0.95
p:natuurkunde kom|jij-boodschap|-0.98
p:natuurkunde kom|argumenteren|0.98
p:natuurkunde kom|bekritiseren|-0.98
p:nauwelijks interesse|bekritiseren|0.95
p:nauwelijks nog|ik-boodschap|0.83
p:nauwelijks nog|jij-boodschap|-0.98
p:nederlands niet|vervolgafspraak|-0.79
p:nederlands zijn|waarschuwen|-0.92
p:nee hoor|parafrase|-1.0
p:nee hoor|argumenteren|1.0
p:nee hoor|interpreteren|-1.0
p:nee hoor|geruststellen|-0.93
p:neem gerust|aanmoediging|0.96
p:neem ik|ik-boodschap|-0.96
p:neem je|aanmoediging|1.0
p:neem je|bevelen|-0.89
p:neem na|vervolgafspraak|0.59
p:neem volgende|bedanken|-0.92
p:neemt het|jij-boodschap|0.82
p:neemt het|bekritiseren|0.99
p:neemt uw|moraliseren|-0.91
p:negen ik|samenvatting|0.81
p:negen ik|afronding-aankondigen|0.97
p:negen ik|bedanken|0.97
p:negen uur|parafrase|0.91
p:negen uur|bevelen|-1.0
p:negen uur|moraliseren|1.0
p:negen uur|adviseren|0.91
p:negen uur|argumenteren|-1.0
p:negen uur|vervolgafspraak|-0.94
p:negeren hem|ik-boodschap|-0.8
p:nemen ?|ik-boodschap|0.87
p:nemen ?|gevoelsreflectie|-0.91
p:nemen ?|adviseren|0.95
p:nemen de|ik-boodschap|1.0
p:nemen zo|bevelen|-0.93
p:nemen zo|moraliseren|0.93
p:nergens iets|etiketteren|-0.99
p:nergens op|bevelen|-0.97
p:nergens op|argumenteren|0.77
p:nergens op|bekritiseren|0.91
p:nergens schuld|jij-boodschap|0.96
p:nergens schuld|samenvatting|-0.96
p:nergens schuld|bekritiseren|0.96
p:net dat|jij-boodschap|-1.0
p:net een|jij-boodschap|1.56
p:net een|etiketteren|0.94
p:net terug|interpreteren|-0.99
p:netjes om|moraliseren|0.96
p:netjes om|adviseren|-0.96
p:netjes om|argumenteren|-0.62
p:nette opmerking|bekritiseren|0.45
p:niemand goed|geruststellen|-0.99
p:niemand naar|interpreteren|-0.89
p:niemand u|gevoelsreflectie|1.81
p:niemand u|bedanken|-1.0
p:niemand van|parafrase|0.99
p:niemand van|prijzen|-0.99
p:niemand zegt|geruststellen|1.84
p:niet ?|ondervragen|0.99
p:niet aan|ik-boodschap|-1.0
p:niet aan|parafrase|1.0
p:niet aan|gevoelsreflectie|0.97
p:niet aan|open-vraag|0.66
p:niet aan|bevelen|-0.8
p:niet aan|argumenteren|0.76
p:niet aan|geruststellen|-0.97
p:niet aan|ondervragen|-0.93
p:niet aan|afleiden|0.87
p:niet af|ik-boodschap|-0.72
p:niet af|open-vraag|-0.86
p:niet af|ondervragen|0.86
p:niet alleen|samenvatting|0.9
p:niet andersom|jij-boodschap|1.64
p:niet andersom|bekritiseren|0.93
p:niet bereiken|open-vraag|0.87
p:niet bevorderen|ik-boodschap|-0.96
p:niet bij|ik-boodschap|-0.88
p:niet bij|parafrase|-0.82
p:niet bij|bevelen|-1.0
p:niet bij|bekritiseren|-1.0
p:niet bij|vervolgafspraak|0.99
p:niet bijhoudt|samenvatting|-1.0
p:niet bijwerkt|ik-boodschap|0.84
p:niet bijwerkt|vervolgafspraak|-0.98
p:niet boos|ondervragen|-0.6
p:niet boos|afleiden|-0.91
p:niet concentreren|jij-boodschap|-1.0
p:niet dat|ik-boodschap|-0.72
p:niet dat|parafrase|1.0
p:niet dat|open-vraag|-1.0
p:niet dat|moraliseren|0.8
p:niet dat|argumenteren|0.72
p:niet dat|geruststellen|0.86
p:niet de|ik-boodschap|-0.93
p:niet de|argumenteren|0.92
p:niet de|bekritiseren|-0.97
p:niet de|geruststellen|1.84
p:niet druk|geruststellen|1.82
p:niet duidelijk|ik-boodschap|-0.98
p:niet eens|adviseren|1.0
p:niet eens|ondervragen|-0.98
p:niet eerder|ondervragen|1.92
p:niet en|ik-boodschap|0.99
p:niet en|argumenteren|-0.99
p:niet en|geruststellen|-0.95
p:niet gaat|gevoelsreflectie|-0.96
p:niet gaat|moraliseren|-0.81
p:niet gebeld|bekritiseren|0.96
p:niet gebeuren|geruststellen|1.89
p:niet gehad|ik-boodschap|0.99
p:niet gehad|argumenteren|-0.99
p:niet gekomen|parafrase|0.95
p:niet gekregen|samenvatting|0.96
p:niet gekregen|vervolgafspraak|-0.59
p:niet gepast|bekritiseren|0.95
p:niet gewoon|adviseren|1.88
p:niet gewoon|bekritiseren|0.82
p:niet gewoon|ondervragen|-0.94
p:niet gezien|parafrase|0.95
p:niet goed|parafrase|-0.93
p:niet goed|gevoelsreflectie|-0.93
p:niet goed|interpreteren|-1.0
p:niet goed|afronding-aankondigen|1.0
p:niet had|ik-boodschap|-0.92
p:niet hebben|afleiden|1.91
p:niet hebt|argumenteren|-0.94
p:niet heeft|parafrase|1.0
p:niet helpen|open-vraag|0.2
p:niet helpen|vervolgafspraak|0.96
p:niet het|argumenteren|0.99
p:niet het|afleiden|0.95
p:niet hoe|gevoelsreflectie|-0.74
p:niet hoe|samenvatting|-0.65
p:niet hoort|moraliseren|0.93
p:niet hoort|argumenteren|-0.78
p:niet ingeleverd|samenvatting|-0.99
p:niet ingeleverd|geruststellen|-0.99
p:niet inlevert|waarschuwen|0.95
p:niet inlevert|argumenteren|-0.42
p:niet kan|adviseren|-0.9
p:niet kan|prijzen|1.0
p:niet kan|interpreteren|-0.62
p:niet klaar|ik-boodschap|-0.77
p:niet klaar|bevelen|0.77
p:niet klaar|waarschuwen|-0.91
p:niet kon|ik-boodschap|0.87
p:niet kon|gevoelsreflectie|-0.91
p:niet kon|adviseren|0.9
p:niet kunnen|ik-boodschap|-1.64
p:niet kunnen|parafrase|0.82
p:niet kunt|prijzen|-1.0
p:niet laat|open-vraag|-0.98
p:niet laten|vervolgafspraak|-0.79
p:niet leert|waarschuwen|-0.86
p:niet leert|argumenteren|0.55
p:niet lekker|ik-boodschap|0.99
p:niet lekker|argumenteren|-0.99
p:niet lopen|geruststellen|0.93
p:niet lui|interpreteren|0.99
p:niet lukt|parafrase|-1.0
p:niet lukt|argumenteren|-1.0
p:niet lukt|interpreteren|0.85
p:niet lukt|geruststellen|-1.0
p:niet lukt|afleiden|-0.69
p:niet maakt|open-vraag|-0.77
p:niet maakt|adviseren|0.9
p:niet maakt|vervolgafspraak|0.96
p:niet maken|vervolgafspraak|0.99
p:niet mee|gevoelsreflectie|0.77
p:niet mee|bevelen|-0.96
p:niet mee|waarschuwen|0.95
p:niet mee|prijzen|0.94
p:niet meedoen|ik-boodschap|1.92
p:niet meedoen|parafrase|-0.82
p:niet meedoen|open-vraag|0.73
p:niet meeneemt|open-vraag|0.97
p:niet meeneemt|adviseren|-0.9
p:niet meer|ik-boodschap|0.74
p:niet meer|gevoelsreflectie|-1.0
p:niet meer|interpreteren|-0.94
p:niet met|ik-boodschap|1.84
p:niet met|interpreteren|-1.0
p:niet met|afronding-aankondigen|-1.0
p:niet met|vervolgafspraak|-1.98
p:niet met|bedanken|-1.0
p:niet meteen|gevoelsreflectie|0.93
p:niet meteen|bekritiseren|-0.96
p:niet meteen|ondervragen|0.93
p:niet naar|ik-boodschap|-0.93
p:niet naar|parafrase|-0.99
p:niet naar|argumenteren|-0.98
p:niet naar|ondervragen|0.97
p:niet netjes|moraliseren|0.96
p:niet netjes|adviseren|-0.96
p:niet netjes|argumenteren|-0.62
p:niet oefent|argumenteren|1.62
p:niet oefent|geruststellen|-0.9
p:niet oké|jij-boodschap|0.98
p:niet om|adviseren|0.83
p:niet onderbreken|ik-boodschap|-0.77
p:niet onderbreken|bevelen|0.77
p:niet onderbreken|waarschuwen|-0.91
p:niet ondertekend|adviseren|-0.88
p:niet ongerust|bekritiseren|-0.99
p:niet ongerust|geruststellen|0.99
p:niet ontbijt|argumenteren|-0.68
p:niet op|waarschuwen|-0.97
p:niet op|moraliseren|-0.93
p:niet op|ondervragen|0.62
p:niet op|vervolgafspraak|-0.93
p:niet opgeladen|ik-boodschap|1.0
p:niet opgeladen|interpreteren|-1.0
p:niet opgeladen|afronding-aankondigen|-1.0
p:niet opgeladen|vervolgafspraak|-1.0
p:niet opgeladen|bedanken|-1.0
p:niet ophaalt|waarschuwen|0.83
p:niet ophaalt|etiketteren|-0.99
p:niet ophaalt|afleiden|-0.99
p:niet oplaadt|ik-boodschap|0.99
p:niet oppast|moraliseren|-0.98
p:niet over|ik-boodschap|-0.96
p:niet over|jij-boodschap|-0.98
p:niet over|gevoelsreflectie|0.92
p:niet over|argumenteren|1.04
p:niet over|bekritiseren|-0.98
p:niet over|etiketteren|-0.99
p:niet over|afleiden|-0.99
p:niet piekeren|bevelen|-1.0
p:niet plannen|ik-boodschap|0.96
p:niet plannen|argumenteren|-0.8
p:niet redt|parafrase|-0.91
p:niet redt|gevoelsreflectie|0.71
p:niet schreeuwen|aanmoediging|-1.0
p:niet schreeuwen|bevelen|1.0
p:niet schreeuwen|adviseren|-1.0
p:niet serieus|open-vraag|-0.87
p:niet serieus|bekritiseren|0.99
p:niet slim|bekritiseren|0.99
p:niet snapt|interpreteren|1.47
p:niet stellen|ik-boodschap|0.93
p:niet stopt|waarschuwen|0.98
p:niet te|etiketteren|-1.0
p:niet te|geruststellen|-0.95
p:niet tegen|moraliseren|0.99
p:niet toegeven|interpreteren|0.67
p:niet tot|parafrase|0.91
p:niet tot|adviseren|0.91
p:niet tot|bedanken|-0.94
p:niet uitleggen|ondervragen|-0.93
p:niet veilig|gevoelsreflectie|-1.0
p:niet verder|ik-boodschap|-0.84
p:niet verder|open-vraag|-0.93
p:niet vol|argumenteren|-0.68
p:niet volgen|ik-boodschap|0.81
p:niet voor|argumenteren|0.98
p:niet voor|bekritiseren|0.99
p:niet vooruitkijken|samenvatting|-1.0
p:niet wakker|geruststellen|0.51
p:niet wakker|afleiden|-0.51
p:niet want|samenvatting|-1.0
p:niet was|ik-boodschap|1.0
p:niet was|waarschuwen|-0.99
p:niet wat|parafrase|-0.95
p:niet wat|samenvatting|0.95
p:niet wat|argumenteren|0.98
p:niet wat|ondervragen|-0.99
p:niet wegstopt|waarschuwen|0.91
p:niet zeggen|geruststellen|-0.46
p:niet zien|adviseren|-0.83
p:niet zo|jij-boodschap|-1.73
p:niet zo|waarschuwen|-0.83
p:niet zo|moraliseren|-1.93
p:niet zo|adviseren|-0.99
p:niet zo|bekritiseren|-0.99
p:niet zo|prijzen|-1.0
p:niet zo|etiketteren|1.9
p:niet zo|interpreteren|-0.86
p:niet zo|geruststellen|-0.91
p:niet zo|afleiden|0.52
p:niets aan|jij-boodschap|0.73
p:niets aan|bekritiseren|1.66
p:niets aan|geruststellen|-0.49
p:niets afspreken|ik-boodschap|0.98
p:niets fout|jij-boodschap|-1.72
p:niets fout|bekritiseren|-1.88
p:niets hoort|bekritiseren|-1.79
p:niets liet|gevoelsreflectie|0.98
p:niets liever|interpreteren|-1.0
p:niets meer|waarschuwen|0.94
p:niets van|samenvatting|0.96
p:niets van|vervolgafspraak|-0.59
p:niets verkeerd|jij-boodschap|-1.81
p:niets verkeerd|bekritiseren|-1.56
p:niets verkeerd|geruststellen|2.29
p:nieuw gesprek|ik-boodschap|-0.84
p:nieuw gesprek|samenvatting|-0.88
p:nieuw gesprek|vervolgafspraak|0.97
p:nieuw tijdstip|afronding-aankondigen|0.96
p:nieuw tijdstip|vervolgafspraak|0.89
p:nieuwe afspraak|afleiden|-0.73
p:nieuwe afspraak|afronding-aankondigen|0.64
p:nieuwe afspraak|vervolgafspraak|0.93
p:nieuwe afspraak|bedanken|0.1
p:nieuwe gebouw|afleiden|0.92
p:nieuwe huis|open-vraag|-1.81
p:nieuwe huis|afleiden|0.73
p:nieuwe klas|geruststellen|0.96
p:nieuwe methode|etiketteren|-0.93
p:nieuwe stof|ik-boodschap|0.99
p:nieuwe stof|argumenteren|-0.99
p:niks ?|jij-boodschap|1.32
p:niks ?|samenvatting|-0.9
p:niks ?|bekritiseren|1.61
p:niks aan|argumenteren|0.85
p:niks heeft|ik-boodschap|0.92
p:niks in|bekritiseren|0.99
p:niks in|geruststellen|-0.91
p:niks mee|ik-boodschap|0.97
p:niks meer|vervolgafspraak|-0.95
p:niks van|afleiden|-0.95
p:niks voor|afleiden|1.0
p:noah de|adviseren|0.9
p:nodig en|parafrase|-0.98
p:nodig heb|parafrase|-0.82
p:nodig hebben|moraliseren|1.0
p:nodig heeft|waarschuwen|-0.91
p:nodig om|samenvatting|-0.89
p:nodig om|open-vraag|0.99
p:noemt waar|ik-boodschap|1.0
p:nog 1|waarschuwen|0.99
p:nog aan|ik-boodschap|0.83
p:nog aan|jij-boodschap|-0.98
p:nog aan|open-vraag|0.95
p:nog aan|afleiden|-0.95
p:nog een|jij-boodschap|-0.89
p:nog een|waarschuwen|-1.05
p:nog eens|bevelen|-0.61
p:nog eens|waarschuwen|0.97
p:nog eens|moraliseren|0.94
p:nog even|afleiden|-0.89
p:nog even|afronding-aankondigen|-0.99
p:nog even|bedanken|-0.99
p:nog geen|ik-boodschap|0.93
p:nog geen|bekritiseren|-0.55
p:nog gezien|ondervragen|-0.88
p:nog kwijt|gevoelsreflectie|0.91
p:nog mee|interpreteren|0.96
p:nog mee|geruststellen|-0.96
p:nog meer|adviseren|-0.99
p:nog meer|ondervragen|0.99
p:nog niet|ik-boodschap|0.15
p:nog niet|parafrase|0.95
p:nog niet|samenvatting|0.9
p:nog niet|bevelen|0.77
p:nog niet|waarschuwen|-0.91
p:nog op|moraliseren|-1.0
p:nog op|ondervragen|-1.0
p:nog over|afronding-aankondigen|-0.92
p:nog steeds|waarschuwen|-0.99
p:nog steeds|moraliseren|-0.93
p:nog wel|open-vraag|-0.63
p:nog wel|prijzen|0.84
p:nog zit|jij-boodschap|0.75
p:nog zit|parafrase|-0.83
p:nog zo'n|waarschuwen|0.99
p:nog zo'n|bekritiseren|-0.87
p:nog één|ik-boodschap|-0.96
p:nog één|bevelen|-0.36
p:nog één|waarschuwen|0.99
p:nogal kortzichtige|bekritiseren|0.97
p:nooit aan|ik-boodschap|-0.9
p:nooit als|jij-boodschap|-1.68
p:nooit als|bekritiseren|-0.93
p:nooit als|ondervragen|0.85
p:nooit bereikbaar|etiketteren|-0.92
p:nooit de|jij-boodschap|0.98
p:nooit de|bekritiseren|0.81
p:nooit echt|jij-boodschap|1.0
p:nooit gebeurd|jij-boodschap|1.0
p:nooit gebeurd|bekritiseren|1.0
p:nooit goed|argumenteren|-1.0
p:nooit haar|bevelen|-0.88
p:nooit iets|jij-boodschap|0.89
p:nooit in|bekritiseren|0.94
p:nooit is|bekritiseren|-0.95
p:nooit je|jij-boodschap|0.23
p:nooit je|bekritiseren|0.93
p:nooit op|jij-boodschap|0.82
p:nooit problemen|jij-boodschap|-0.97
p:nooit te|bekritiseren|-0.8
p:nooit uitpraten|bevelen|0.93
p:nooit wat|bevelen|0.9
p:nooit wat|bekritiseren|0.9
p:nooit zijn|geruststellen|-0.92
p:noor dat|ik-boodschap|-0.99
p:noor dat|afronding-aankondigen|0.86
p:noor dat|vervolgafspraak|-0.99
p:noor dat|bedanken|0.99
p:noor in|bekritiseren|-0.99
p:noor in|afleiden|-1.0
p:nooti op|jij-boodschap|0.97
p:nooti op|bekritiseren|1.69
p:normaal dat|ik-boodschap|-0.99
p:normaal dat|interpreteren|-0.94
p:normaal fatsoen|moraliseren|1.0
p:normaal om|jij-boodschap|0.93
p:normaal op|geruststellen|0.66
p:normering is|parafrase|0.87
p:normering is|argumenteren|0.94
p:nou altijd|jij-boodschap|0.78
p:nou altijd|ondervragen|-0.84
p:nou echt|jij-boodschap|-1.0
p:nou eenmaal|gevoelsreflectie|0.97
p:nou eenmaal|moraliseren|1.09
p:nou eenmaal|argumenteren|0.14
p:nou eenmaal|bekritiseren|-0.91
p:nou eenmaal|geruststellen|-0.97
p:nou eenmaal|afleiden|-0.93
p:nou fijn|bekritiseren|0.92
p:nou fijn|bedanken|-1.81
p:nou heel|bekritiseren|1.58
p:nou heel|afronding-aankondigen|-0.96
p:nou heel|bedanken|-1.8
p:nou ja|moraliseren|-0.53
p:nou ja|bekritiseren|-0.91
p:nou ja|afleiden|0.96
p:nou kijk|ik-boodschap|0.99
p:nou kijk|argumenteren|-0.99
p:nou lekker|bekritiseren|1.86
p:nou lekker|etiketteren|-0.87
p:nou maar|geruststellen|0.82
p:nou mevrouw|bekritiseren|-0.54
p:nou mevrouw|etiketteren|0.9
p:nou niet|jij-boodschap|-1.73
p:nou nou|bekritiseren|-0.54
p:nou nou|etiketteren|0.9
p:nu aan|bevelen|0.99
p:nu aan|waarschuwen|0.91
p:nu achterloopt|moraliseren|-0.94
p:nu af|bedanken|0.94
p:nu afronden|vervolgafspraak|0.91
p:nu afsluiten|bevelen|-0.92
p:nu allebei|afronding-aankondigen|1.0
p:nu besproken|ik-boodschap|-0.95
p:nu beëindigen|bedanken|-0.94
p:nu doet|jij-boodschap|0.98
p:nu door|open-vraag|0.98
p:nu echt|bevelen|-0.94
p:nu echt|vervolgafspraak|-1.79
p:nu eenmaal|gevoelsreflectie|-0.97
p:nu eenmaal|interpreteren|-0.86
p:nu eenmaal|geruststellen|-0.66
p:nu eenmaal|afleiden|1.01
p:nu eens|bevelen|0.93
p:nu eerst|geruststellen|-0.98
p:nu er|ik-boodschap|0.99
p:nu even|aanmoediging|-0.92
p:nu even|bevelen|0.97
p:nu even|argumenteren|-0.99
p:nu even|prijzen|0.94
p:nu gehad|jij-boodschap|-0.94
p:nu gehad|samenvatting|0.99
p:nu gehad|bekritiseren|-1.44
p:nu het|gevoelsreflectie|1.0
p:nu het|aanmoediging|-1.0
p:nu mee|gevoelsreflectie|0.92
p:nu mee|bevelen|0.97
p:nu mee|afronding-aankondigen|0.91
p:nu mee|vervolgafspraak|0.87
p:nu met|ik-boodschap|0.9
p:nu met|afleiden|-0.9
p:nu moet|ik-boodschap|1.0
p:nu naar|waarschuwen|-0.95
p:nu niet|bevelen|-0.8
p:nu niet|waarschuwen|-0.97
p:nu niet|afleiden|1.0
p:nu over|afronding-aankondigen|-0.97
p:nu pas|adviseren|-0.88
p:nu stoppen|ik-boodschap|-0.96
p:nu stoppen|samenvatting|-0.98
p:nu stoppen|vervolgafspraak|0.96
p:nu stopt|bevelen|0.94
p:nu toe|gevoelsreflectie|-0.93
p:nu toe|afleiden|-0.95
p:nu tussen|ik-boodschap|-0.77
p:nu we|bedanken|-0.94
p:nu weg|moraliseren|-1.0
p:nu zitten|bevelen|1.49
p:nu zitten|bekritiseren|0.9
p:och dat|bekritiseren|-0.99
p:och dat|afleiden|1.95
p:ochtend te|ik-boodschap|0.91
p:ochtend te|waarschuwen|-0.91
p:ochtends ?|parafrase|0.83
p:oefenen haalt|geruststellen|-0.74
p:oefeningen niet|ik-boodschap|0.87
p:oefeningen niet|gevoelsreflectie|-0.91
p:oefent haalt|argumenteren|0.9
p:oefent haalt|geruststellen|-0.9
p:oefent kun|argumenteren|0.72
p:of ik|open-vraag|-0.97
p:of ik|waarschuwen|1.71
p:of je|adviseren|0.88
p:oftewel volgens|argumenteren|-1.0
p:ogen te|bevelen|0.97
p:oke dus|ik-boodschap|-0.94
p:oke ik|afronding-aankondigen|0.93
p:oké ?|aanmoediging|-0.92
p:oké ?|ondervragen|-0.85
p:oké dat|bekritiseren|0.86
p:oké dus|samenvatting|-0.8
p:oké ga|samenvatting|-0.97
p:oké ik|parafrase|-0.94
p:oké ik|gevoelsreflectie|-0.85
p:om ?|gevoelsreflectie|0.92
p:om bent|ik-boodschap|-0.91
p:om bent|vervolgafspraak|-0.85
p:om bijles|jij-boodschap|-0.97
p:om bijles|adviseren|0.95
p:om de|ik-boodschap|-0.97
p:om de|open-vraag|1.91
p:om de|waarschuwen|-1.0
p:om de|moraliseren|1.0
p:om de|adviseren|-0.89
p:om de|interpreteren|-1.0
p:om de|afleiden|-1.91
p:om de|vervolgafspraak|0.41
p:om de|bedanken|-0.97
p:om dit|gevoelsreflectie|0.95
p:om dit|bekritiseren|-0.93
p:om drie|jij-boodschap|0.75
p:om drie|afronding-aankondigen|-0.93
p:om een|jij-boodschap|0.93
p:om een|adviseren|0.92
p:om een|argumenteren|-0.62
p:om een|etiketteren|-0.99
p:om een|geruststellen|-0.94
p:om grenzen|argumenteren|-0.98
p:om haar|open-vraag|-0.95
p:om haar|adviseren|0.82
p:om half|afronding-aankondigen|0.91
p:om half|vervolgafspraak|0.87
p:om hem|ik-boodschap|0.87
p:om hem|gevoelsreflectie|-0.91
p:om hem|moraliseren|-0.95
p:om hem|bekritiseren|-0.82
p:om hem|interpreteren|0.26
p:om het|bevelen|1.0
p:om het|waarschuwen|-0.99
p:om het|moraliseren|-0.95
p:om het|adviseren|-0.89
p:om het|prijzen|-0.97
p:om het|vervolgafspraak|0.23
p:om het|bedanken|-0.95
p:om hoe|samenvatting|0.97
p:om je|samenvatting|0.97
p:om je|bekritiseren|0.97
p:om kwart|bevelen|0.91
p:om mee|jij-boodschap|-0.3
p:om met|bekritiseren|0.92
p:om met|vervolgafspraak|-0.97
p:om naar|gevoelsreflectie|0.85
p:om negen|parafrase|0.91
p:om negen|bevelen|-1.0
p:om negen|moraliseren|1.0
p:om negen|adviseren|0.91
p:om negen|argumenteren|-1.0
p:om negen|vervolgafspraak|-0.94
p:om samen|jij-boodschap|-0.93
p:om samen|moraliseren|-0.99
p:om stoer|jij-boodschap|-0.9
p:om stoer|parafrase|0.99
p:om stoer|bevelen|-0.99
p:om stoer|bekritiseren|-0.99
p:om stoer|interpreteren|0.71
p:om tafel|samenvatting|0.81
p:om tafel|afronding-aankondigen|0.97
p:om tafel|vervolgafspraak|0.99
p:om tafel|bedanken|0.97
p:om te|ik-boodschap|0.96
p:om te|jij-boodschap|0.12
p:om te|parafrase|-0.99
p:om te|samenvatting|-0.29
p:om te|open-vraag|-0.98
p:om te|adviseren|0.9
p:om te|etiketteren|0.99
p:om te|interpreteren|2.04
p:om te|afronding-aankondigen|-0.99
p:om te|vervolgafspraak|0.98
p:om te|bedanken|0.91
p:om tien|ik-boodschap|0.96
p:om tien|waarschuwen|-0.96
p:om twee|parafrase|-0.83
p:om vier|gevoelsreflectie|-0.89
p:om weer|samenvatting|-0.89
p:om zijn|open-vraag|0.95
p:om zijn|adviseren|-0.89
p:om zijn|afleiden|-0.95
p:omdat de|gevoelsreflectie|0.98
p:omdat de|interpreteren|-0.92
p:omdat het|interpreteren|0.88
p:omdat hij|parafrase|-0.99
p:omdat hij|ondervragen|-0.96
p:omdat ilse|ik-boodschap|0.92
p:omdat je|ik-boodschap|1.0
p:omdat je|waarschuwen|-0.99
p:omdat je|adviseren|-0.92
p:omdat je|interpreteren|2.92
p:omdat je|geruststellen|-0.93
p:omdat je|vervolgafspraak|-0.95
p:omdat milan|adviseren|-0.9
p:omdat niemand|bedanken|-1.0
p:omdat tess|vervolgafspraak|0.8
p:omdat u|jij-boodschap|-0.99
p:omdat u|gevoelsreflectie|-0.95
p:omdat u|bevelen|-0.87
p:omdat u|argumenteren|-0.98
p:omdat u|prijzen|-2.0
p:omdat u|interpreteren|1.23
p:omdat uw|open-vraag|-0.87
p:omdat we|afronding-aankondigen|1.0
p:omdat ze|ik-boodschap|0.97
p:omdat ze|geruststellen|0.96
p:omhoog gaan|ik-boodschap|-0.99
p:onbeantwoord bleven|open-vraag|-0.87
p:onbeleefd gedraagt|jij-boodschap|0.95
p:onbeleefd tegen|prijzen|-0.99
p:onbeleefd tegen|etiketteren|-0.99
p:onbeschoft gedraagt|ik-boodschap|-1.0
p:onbeschoft gedraagt|jij-boodschap|1.0
p:onbeschoft gedraagt|parafrase|-1.0
p:onbeschoft gedraagt|gevoelsreflectie|-1.0
p:onbeschoft gedraagt|samenvatting|-1.0
p:onbeschoft gedraagt|open-vraag|-1.0
p:onbeschoft gedraagt|aanmoediging|-1.0
p:onbeschoft gedraagt|bevelen|-1.0
p:onbeschoft gedraagt|waarschuwen|-1.0
p:onbeschoft gedraagt|moraliseren|-1.0
p:onbeschoft gedraagt|adviseren|-1.0
p:onbeschoft gedraagt|argumenteren|-1.0
p:onbeschoft gedraagt|bekritiseren|1.0
p:onbeschoft gedraagt|prijzen|-1.0
p:onbeschoft gedraagt|etiketteren|-1.0
p:onbeschoft gedraagt|interpreteren|-1.0
p:onbeschoft gedraagt|geruststellen|-1.0
p:onbeschoft gedraagt|ondervragen|-1.0
p:onbeschoft gedraagt|afleiden|-1.0
p:onbeschoft gedraagt|afronding-aankondigen|-1.0
p:onbeschoft gedraagt|vervolgafspraak|-1.0
p:onbeschoft gedraagt|bedanken|-1.0
p:onbetrouwbare jongen|bekritiseren|-1.78
p:onbetrouwbare jongen|etiketteren|0.9
p:onder de|open-vraag|-0.98
p:onder de|vervolgafspraak|0.98
p:onder zetten|afronding-aankondigen|0.99
p:onderbreken en|open-vraag|-0.67
p:onderbreken ik|ik-boodschap|-0.77
p:onderbreken ik|bevelen|0.77
p:onderbreken ik|waarschuwen|-0.91
p:onderbreken komen|bedanken|-0.94
p:onderschat dit|waarschuwen|0.93
p:ondertekend ?|adviseren|-0.88
p:oneerlijk behandeld|gevoelsreflectie|1.0
p:oneerlijk over|jij-boodschap|0.74
p:oneerlijk over|gevoelsreflectie|-0.96
p:oneerlijk over|bekritiseren|0.58
p:ongeduldig wordt|gevoelsreflectie|0.91
p:ongeldig verklaard|samenvatting|-0.92
p:ongeoorloofd afwezig|jij-boodschap|-0.59
p:ongerust bent|gevoelsreflectie|1.0
p:ongerust bent|geruststellen|1.99
p:ongerust hoor|ondervragen|0.94
p:ongerust lina|afronding-aankondigen|-0.99
p:ongerust omdat|ik-boodschap|0.92
p:ongerust over|gevoelsreflectie|0.85
p:ongerust over|geruststellen|-0.93
p:ongerust te|bekritiseren|-0.99
p:ongerust te|geruststellen|0.99
p:ongerust wat|parafrase|-0.98
p:onhandig geweest|bekritiseren|0.96
p:online doet|waarschuwen|-0.99
p:onmogelijk want|open-vraag|-1.0
p:onmogelijk want|argumenteren|1.0
p:onmogelijk want|etiketteren|-1.0
p:onredelijke eis|bekritiseren|0.79
p:onrustig en|parafrase|-0.9
p:onrustig wordt|ik-boodschap|-1.0
p:onrustig wordt|argumenteren|-1.0
p:ons allebei|afronding-aankondigen|-0.96
p:ons allebei|vervolgafspraak|-0.96
p:ons gesprek|afronding-aankondigen|0.97
p:ontbijt en|argumenteren|-0.68
p:ontbreekt moet|waarschuwen|0.96
p:ontvangen ?|parafrase|1.0
p:ontvangen ?|ondervragen|-0.7
p:ontvangen zie|parafrase|-0.95
p:onvoldoende dat|argumenteren|-0.96
p:onvoldoende en|waarschuwen|0.99
p:onvoldoende in|afleiden|0.95
p:onvoldoende op|moraliseren|-0.94
p:onvoldoende op|afleiden|-0.83
p:onvoldoendes dus|argumenteren|0.65
p:onvoldoendes op|argumenteren|0.96
p:onze beste|ondervragen|-0.61
p:onze tijd|bevelen|-0.92
p:onze tijd|interpreteren|-0.96
p:onze tijd|bedanken|-0.92
p:onzeker bent|interpreteren|1.0
p:onzeker is|geruststellen|0.96
p:onzeker over|parafrase|-0.87
p:onzeker over|gevoelsreflectie|0.99
p:onzinnige opmerking|ik-boodschap|-1.0
p:oog binnenkwam|ik-boodschap|0.92
p:ooit gereageerd|jij-boodschap|0.97
p:ooit gereageerd|bekritiseren|1.52
p:ook 's|ondervragen|0.69
p:ook akkoord|prijzen|0.99
p:ook best|afronding-aankondigen|-0.76
p:ook bij|jij-boodschap|-0.83
p:ook bij|vervolgafspraak|0.95
p:ook dat|moraliseren|0.93
p:ook dat|argumenteren|-0.78
p:ook de|waarschuwen|-0.99
p:ook de|vervolgafspraak|1.74
p:ook eens|jij-boodschap|1.82
p:ook eens|bekritiseren|0.68
p:ook eens|prijzen|-0.99
p:ook even|jij-boodschap|-0.3
p:ook goed|parafrase|-1.0
p:ook goed|gevoelsreflectie|-1.0
p:ook goed|prijzen|1.0
p:ook goed|bedanken|-1.0
p:ook hebben|prijzen|-0.83
p:ook meekwam|ik-boodschap|-0.99
p:ook meekwam|afronding-aankondigen|0.86
p:ook meekwam|vervolgafspraak|-0.99
p:ook meekwam|bedanken|0.99
p:ook moeilijk|jij-boodschap|-0.99
p:ook naar|gevoelsreflectie|0.9
p:ook niet|argumenteren|0.72
p:ook niet|geruststellen|0.92
p:ook niet|afleiden|0.6
p:ook niks|argumenteren|0.85
p:ook nog|open-vraag|-0.63
p:ook nog|prijzen|0.84
p:ook nooit|bevelen|0.9
p:ook nooit|bekritiseren|0.9
p:ook slecht|bevelen|-0.87
p:ook slecht|argumenteren|-0.98
p:ook van|gevoelsreflectie|0.91
p:ook wel|prijzen|1.0
p:ook wel|etiketteren|-1.0
p:ook zo|ondervragen|-0.61
p:oortjes zit|ik-boodschap|-0.9
p:op 14|ik-boodschap|-0.92
p:op 14|samenvatting|0.92
p:op 14|vervolgafspraak|0.83
p:op 3|adviseren|-0.97
p:op 3|argumenteren|0.97
p:op als|jij-boodschap|0.82
p:op anders|waarschuwen|0.94
p:op anders|bekritiseren|-0.97
p:op bij|waarschuwen|1.0
p:op dat|ik-boodschap|-0.9
p:op de|ik-boodschap|-0.98
p:op de|jij-boodschap|0.98
p:op de|samenvatting|0.65
p:op de|open-vraag|1.0
p:op de|waarschuwen|0.92
p:op de|moraliseren|0.9
p:op de|argumenteren|-1.06
p:op de|bekritiseren|2.71
p:op de|ondervragen|-1.32
p:op de|bedanken|0.96
p:op deze|bekritiseren|-0.67
p:op deze|geruststellen|1.05
p:op die|open-vraag|-0.99
p:op die|etiketteren|-0.97
p:op die|geruststellen|-0.97
p:op die|afleiden|0.97
p:op dinsdag|interpreteren|-0.64
p:op dyslexie|adviseren|1.0
p:op een|gevoelsreflectie|-0.96
p:op een|samenvatting|0.75
p:op een|adviseren|-1.69
p:op excursie|prijzen|0.94
p:op geen|jij-boodschap|0.97
p:op geen|bekritiseren|1.52
p:op gewoon|argumenteren|-0.98
p:op gewoon|interpreteren|-0.98
p:op haar|jij-boodschap|-0.47
p:op haar|gevoelsreflectie|0.93
p:op haar|moraliseren|-0.93
p:op haar|geruststellen|-0.99
p:op haar|ondervragen|0.93
p:op hem|interpreteren|0.96
p:op het|ik-boodschap|0.99
p:op het|afleiden|0.91
p:op in|waarschuwen|-0.97
p:op in|adviseren|0.83
p:op internet|jij-boodschap|-0.84
p:op je|prijzen|0.91
p:op je|etiketteren|-0.91
p:op je|ondervragen|0.69
p:op je|afronding-aankondigen|-0.96
p:op kamp|gevoelsreflectie|0.77
p:op kamp|waarschuwen|0.95
p:op laten|ik-boodschap|0.97
p:op losse|ik-boodschap|0.91
p:op losse|open-vraag|-0.91
p:op maandag|samenvatting|-0.8
p:op maar|jij-boodschap|1.32
p:op maar|samenvatting|-0.9
p:op maar|bekritiseren|1.61
p:op mijn|bekritiseren|-0.98
p:op rij|ik-boodschap|-0.96
p:op rij|argumenteren|0.96
p:op school|jij-boodschap|-0.99
p:op school|parafrase|-1.88
p:op school|gevoelsreflectie|-0.93
p:op school|samenvatting|0.93
p:op school|aanmoediging|-0.99
p:op school|bevelen|-0.87
p:op school|moraliseren|0.64
p:op school|argumenteren|-0.98
p:op school|interpreteren|0.49
p:op school|geruststellen|-0.87
p:op school|afronding-aankondigen|-0.89
p:op school|vervolgafspraak|-1.0
p:op stap|ondervragen|0.97
p:op tafel|open-vraag|0.99
p:op tafel|vervolgafspraak|-0.98
p:op te|moraliseren|-0.99
p:op terug|adviseren|-0.96
p:op tijd|bevelen|0.88
p:op tijd|moraliseren|1.94
p:op tijd|bekritiseren|-0.71
p:op tijd|prijzen|-0.9
p:op tijd|interpreteren|-0.96
p:op tijd|vervolgafspraak|-0.93
p:op vakantie|open-vraag|-0.99
p:op voetbal|samenvatting|-0.81
p:op vrijdag|vervolgafspraak|-0.93
p:op wat|moraliseren|-0.93
p:op werkweek|bevelen|-0.96
p:op wit|argumenteren|0.98
p:op wit|bekritiseren|-0.98
p:op woensdag|samenvatting|0.89
p:op woensdag|ondervragen|-1.0
p:op zijn|open-vraag|0.87
p:op zijn|moraliseren|-0.94
p:op zijn|geruststellen|0.89
p:op zijn|afleiden|-0.83
p:op zijn|bedanken|-0.82
p:op zo|geruststellen|-0.93
p:op zondag|adviseren|0.99
p:opdracht doen|prijzen|0.97
p:opdracht in|ik-boodschap|0.92
p:opdracht in|jij-boodschap|-0.92
p:opdracht in|bekritiseren|-0.89
p:opdracht nooit|argumenteren|-1.0
p:opdracht staat|argumenteren|1.68
p:opdracht staat|bekritiseren|0.91
p:opdracht wel|samenvatting|-0.99
p:opdracht wel|bekritiseren|-0.95
p:opdracht wel|geruststellen|-0.99
p:opdrachten en|open-vraag|0.73
p:opdrachten toe|ik-boodschap|0.83
p:opdrachten toekomt|ik-boodschap|0.83
p:opdrachten toekomt|jij-boodschap|-0.98
p:open bent|bedanken|0.96
p:opgaven niet|vervolgafspraak|0.99
p:opgeladen zijn|ik-boodschap|1.0
p:opgeladen zijn|interpreteren|-1.0
p:opgeladen zijn|afronding-aankondigen|-1.0
p:opgeladen zijn|vervolgafspraak|-1.0
p:opgeladen zijn|bedanken|-1.0
p:opgelucht dat|open-vraag|-0.82
p:opgelucht dat|interpreteren|-0.5
p:opgenomen ?|ondervragen|0.99
p:opgevallen dat|ik-boodschap|-0.84
p:ophaalt gaat|waarschuwen|0.83
p:ophaalt gaat|etiketteren|-0.99
p:ophaalt gaat|afleiden|-0.99
p:oplaadt kun|ik-boodschap|0.99
p:oplossen ?|open-vraag|0.73
p:opmerking en|waarschuwen|0.99
p:opmerking en|bekritiseren|-0.87
p:opmerking is|ik-boodschap|-1.0
p:opmerking is|bekritiseren|0.99
p:opmerking slaat|argumenteren|-0.91
p:opmerking van|bekritiseren|0.45
p:opneemt hoe|parafrase|0.95
p:opneemt hoe|open-vraag|0.95
p:opneemt raak|vervolgafspraak|-0.99
p:opnieuw om|vervolgafspraak|0.99
p:opnieuw regelen|ik-boodschap|1.0
p:oppast zit|moraliseren|-0.98
p:oprecht van|ik-boodschap|0.81
p:oprecht van|open-vraag|0.94
p:opschrijft dus|ik-boodschap|0.9
p:opschrijft dus|prijzen|-0.93
p:opstaat ga|bevelen|0.6
p:opstaat kunnen|ik-boodschap|0.98
p:opvoeden doe|argumenteren|-0.94
p:opvoeden doe|afleiden|-0.46
p:opziet tegen|interpreteren|0.99
p:oude school|ik-boodschap|-0.91
p:oude school|samenvatting|0.91
p:oude school|open-vraag|0.91
p:oude school|interpreteren|0.83
p:oude school|geruststellen|0.83
p:ouder als|prijzen|0.95
p:ouder bent|geruststellen|2.56
p:ouder controleert|moraliseren|0.97
p:ouder controleert|etiketteren|-0.92
p:ouder die|prijzen|-0.99
p:ouder die|etiketteren|0.99
p:ouder hoort|argumenteren|0.98
p:ouder om|jij-boodschap|-0.3
p:ouder om|argumenteren|-0.98
p:ouder weet|moraliseren|1.0
p:ouderavond niet|ik-boodschap|-1.0
p:ouderavond niet|parafrase|1.0
p:ouderavond ontvangen|parafrase|-0.95
p:ouderavond ontvangen|aanmoediging|-0.95
p:ouders dat|jij-boodschap|0.98
p:ouders dat|ondervragen|0.69
p:ouders gemaild|argumenteren|0.92
p:ouders hebben|moraliseren|0.11
p:ouders horen|moraliseren|0.9
p:ouders horen|bekritiseren|-0.74
p:ouders staan|afronding-aankondigen|1.0
p:ouders staan|vervolgafspraak|-1.0
p:ouders wachten|vervolgafspraak|-0.85
p:oudste van|etiketteren|-0.94
p:over ?|parafrase|0.98
p:over ?|gevoelsreflectie|-0.98
p:over acht|bevelen|0.91
p:over bent|vervolgafspraak|0.94
p:over buikpijn|parafrase|0.83
p:over dat|afleiden|0.91
p:over de|ik-boodschap|-2.6
p:over de|gevoelsreflectie|0.86
p:over de|samenvatting|-1.91
p:over de|aanmoediging|-0.95
p:over de|prijzen|-0.99
p:over de|interpreteren|0.4
p:over de|geruststellen|0.96
p:over de|afronding-aankondigen|1.01
p:over de|vervolgafspraak|-1.23
p:over de|bedanken|-0.97
p:over die|parafrase|-0.98
p:over drie|samenvatting|1.81
p:over drie|adviseren|-1.0
p:over drie|afleiden|-0.73
p:over drie|vervolgafspraak|1.94
p:over een|samenvatting|-0.88
p:over een|argumenteren|-0.98
p:over een|geruststellen|0.98
p:over een|afronding-aankondigen|-0.85
p:over een|vervolgafspraak|0.99
p:over haar|ik-boodschap|-0.91
p:over he|geruststellen|-1.0
p:over he|afleiden|-1.0
p:over het|jij-boodschap|-0.98
p:over het|waarschuwen|-0.92
p:over het|argumenteren|-0.89
p:over hetzelfde|ik-boodschap|0.97
p:over hoe|afronding-aankondigen|-0.96
p:over hoe|vervolgafspraak|-0.96
p:over iets|open-vraag|-0.99
p:over iets|afleiden|1.0
p:over ik|open-vraag|-0.98
p:over ik|vervolgafspraak|0.98
p:over je|ik-boodschap|0.91
p:over je|jij-boodschap|-0.94
p:over je|waarschuwen|-0.91
p:over je|moraliseren|0.64
p:over je|bekritiseren|-1.44
p:over je|afleiden|1.26
p:over naar|moraliseren|-0.53
p:over naar|bekritiseren|-0.91
p:over school|gevoelsreflectie|0.92
p:over te|ik-boodschap|-0.96
p:over te|argumenteren|0.96
p:over te|bekritiseren|0.97
p:over twee|samenvatting|-0.94
p:over twee|open-vraag|-0.77
p:over twee|adviseren|0.9
p:over twee|afronding-aankondigen|-0.98
p:over twee|vervolgafspraak|0.96
p:over twee|bedanken|-0.82
p:over u|interpreteren|0.4
p:over uw|bevelen|-0.95
p:over uw|waarschuwen|-0.92
p:over uw|argumenteren|-0.89
p:over vijf|vervolgafspraak|-0.94
p:over wat|jij-boodschap|0.74
p:over wat|gevoelsreflectie|-0.96
p:over wat|open-vraag|0.99
p:over wat|bekritiseren|0.58
p:over zijn|ik-boodschap|-0.97
p:over zijn|samenvatting|1.64
p:over zijn|open-vraag|-0.84
p:over zijn|afleiden|0.75
p:over zijn|vervolgafspraak|-0.92
p:overal een|prijzen|-0.99
p:overal een|etiketteren|0.99
p:overal kritiek|jij-boodschap|1.32
p:overal kritiek|samenvatting|-0.9
p:overal kritiek|bekritiseren|1.61
p:overal mee|gevoelsreflectie|-0.83
p:overal mee|bevelen|0.99
p:overal mee|bekritiseren|1.19
p:overdag gewoon|jij-boodschap|-1.0
p:overdreven dramatisch|moraliseren|-1.0
p:overdreven dramatisch|geruststellen|-1.0
p:overgangsnormen daar|argumenteren|0.85
p:overkomt de|geruststellen|0.47
p:overkomt iedereen|geruststellen|-1.78
p:overkomt iedereen|afleiden|0.64
p:overleg met|ik-boodschap|-0.92
p:overleg met|samenvatting|0.92
p:overleg met|vervolgafspraak|0.83
p:overstap zwaar|open-vraag|-0.83
p:overwogen om|interpreteren|-0.66
p:paar klasgenoten|gevoelsreflectie|-0.74
p:paar punten|geruststellen|-0.94
p:paar weken|argumenteren|-0.98
p:paar weken|geruststellen|0.92
p:pak ik|waarschuwen|0.91
p:pakken ?|waarschuwen|-0.99
p:pakt neem|bevelen|-0.9
p:pas ?|adviseren|-0.88
p:pas om|ik-boodschap|0.96
p:pas om|waarschuwen|-0.96
p:pas op|waarschuwen|0.94
p:pas op|bekritiseren|-0.97
p:pas op|geruststellen|-0.93
p:pas op|vervolgafspraak|-0.93
p:pasje weer|ik-boodschap|-0.88
p:pasje weer|bevelen|-1.0
p:pasje weer|bekritiseren|-1.0
p:pauze alleen|ik-boodschap|0.89
p:pauze heb|ik-boodschap|-0.8
p:pauze hebt|ik-boodschap|0.92
p:pauze hebt|gevoelsreflectie|-0.92
p:pauze steeds|bekritiseren|-0.99
p:pauze tegenwoordig|ik-boodschap|-0.9
p:pauzes vaak|waarschuwen|-0.99
p:per dag|ondervragen|0.69
p:per nacht|jij-boodschap|-1.0
p:periode hoe|gevoelsreflectie|0.98
p:periode twee|etiketteren|-0.92
p:pest niet|jij-boodschap|1.64
p:pest niet|bekritiseren|0.93
p:pesten stopt|jij-boodschap|-0.42
p:pesten stopt|bekritiseren|-0.64
p:pesterijen over|afronding-aankondigen|0.96
p:pff ik|afronding-aankondigen|-0.76
p:piekeren het|bevelen|-1.0
p:pieter vos|etiketteren|-0.91
p:pieter vos|vervolgafspraak|-0.8
p:pijn hebt|bevelen|-0.97
p:pissig over|geruststellen|-1.0
p:pissig over|afleiden|-1.0
p:plaats gewoon|adviseren|0.8
p:plaats van|jij-boodschap|1.0
p:plaats van|adviseren|-0.89
p:plan dat|gevoelsreflectie|0.94
p:plan dat|samenvatting|0.89
p:plan dat|argumenteren|-0.94
p:plan dat|vervolgafspraak|0.63
p:plan een|gevoelsreflectie|-0.89
p:plan een|vervolgafspraak|0.97
p:plan over|samenvatting|-0.88
p:plannen ?|jij-boodschap|-1.68
p:plannen ?|bekritiseren|-0.93
p:plannen ?|ondervragen|-0.14
p:plannen daan|bevelen|1.0
p:plannen daan|geruststellen|1.0
p:plannen een|ik-boodschap|-0.84
p:plannen een|afronding-aankondigen|0.64
p:plannen een|vervolgafspraak|0.93
p:plannen een|bedanken|-0.82
p:plannen en|ik-boodschap|0.96
p:plannen en|argumenteren|-0.8
p:plannen lukt|geruststellen|-0.95
p:plannen voor|jij-boodschap|-0.94
p:plannen voor|bekritiseren|-0.47
p:plannen voor|prijzen|-0.83
p:planner bijhoudt|samenvatting|0.94
p:planner geen|ik-boodschap|0.9
p:planner geen|prijzen|-0.93
p:planner in|ik-boodschap|0.84
p:planner in|vervolgafspraak|-0.98
p:planner niet|samenvatting|-1.0
p:planning bijhoudt|samenvatting|1.0
p:planning bijhoudt|adviseren|-1.0
p:planning bijhoudt|vervolgafspraak|1.0
p:planning controleert|afronding-aankondigen|-0.85
p:planning en|jij-boodschap|0.94
p:planning en|samenvatting|0.65
p:planning en|bekritiseren|0.94
p:planning en|bedanken|0.96
p:planning ik|bedanken|-0.82
p:planning voor|samenvatting|-0.91
p:planning voor|afleiden|-0.91
p:planning voor|vervolgafspraak|-0.91
p:playstation gewoon|bekritiseren|0.94
p:playstation zo|moraliseren|0.46
p:plek in|parafrase|-0.9
p:plek in|open-vraag|-0.97
p:plek op|waarschuwen|0.92
p:plezier krijgt|samenvatting|0.97
p:plezier naar|samenvatting|-0.89
p:plicht om|waarschuwen|-1.0
p:plicht om|moraliseren|1.0
p:plicht om|interpreteren|-1.0
p:pootjes terecht|geruststellen|0.89
p:positief houden|bevelen|-0.97
p:praat beëindig|jij-boodschap|-0.89
p:praat en|samenvatting|1.0
p:praat en|adviseren|-1.0
p:praat en|vervolgafspraak|1.0
p:praat je|moraliseren|0.99
p:praat kan|adviseren|-0.83
p:praat meld|waarschuwen|0.91
p:praat met|samenvatting|0.89
p:praat thuis|samenvatting|0.65
p:praat thuis|bedanken|0.96
p:praat volgende|samenvatting|0.94
p:praten dat|gevoelsreflectie|0.92
p:praten dat|moraliseren|0.64
p:praten en|afronding-aankondigen|1.0
p:praten kan|ik-boodschap|0.81
p:praten kan|geruststellen|-0.99
p:praten komen|open-vraag|-0.93
p:praten lieke|prijzen|-0.98
p:praten want|ik-boodschap|0.97
p:praten we|ik-boodschap|-0.96
p:praten we|afronding-aankondigen|-0.93
p:praten we|vervolgafspraak|0.96
p:precies verteld|parafrase|-0.98
p:presentatie gegeven|aanmoediging|-0.98
p:prikkelbaar en|jij-boodschap|-0.93
p:prikkelbaar is|open-vraag|-0.83
p:prima dat|jij-boodschap|0.75
p:prima dat|parafrase|-0.83
p:prima doen|gevoelsreflectie|0.9
p:prima doen|samenvatting|-0.9
p:prima doen|geruststellen|1.35
p:prima om|bekritiseren|0.97
p:probeert u|adviseren|1.0
p:probeert u|ondervragen|-0.98
p:probleem begonnen|samenvatting|-0.97
p:probleem bij|interpreteren|0.85
p:probleem dat|prijzen|0.98
p:probleem in|interpreteren|0.96
p:probleem in|geruststellen|-0.96
p:probleem is|parafrase|0.9
p:probleem is|samenvatting|-0.9
p:probleem is|interpreteren|0.67
p:probleem klopt|jij-boodschap|-0.88
p:probleem klopt|samenvatting|0.93
p:probleem van|prijzen|-0.99
p:probleem van|etiketteren|0.99
p:problemen gehad|jij-boodschap|-0.97
p:profielwerkstuk haalde|open-vraag|-0.99
p:programma van|afleiden|-0.86
p:projecteert uw|interpreteren|0.96
p:protocol schrijft|argumenteren|0.8
p:protocol staat|argumenteren|-1.77
p:pta en|argumenteren|0.99
p:puber heeft|geruststellen|0.8
p:puber heeft|afleiden|-0.95
p:puber wel|afleiden|0.95
p:pubers he|open-vraag|-0.93
p:pubers he|afleiden|0.93
p:pubers over|moraliseren|-0.53
p:pubers over|bekritiseren|-0.91
p:puberteit daar|moraliseren|-0.93
p:puberteit daar|interpreteren|-0.86
p:puberteit daar|geruststellen|-0.66
p:puberteit daar|afleiden|1.47
p:punt achter|vervolgafspraak|-0.94
p:punt blijven|ik-boodschap|0.97
p:pushende ouders|jij-boodschap|0.98
p:raak ik|geruststellen|-0.99
p:raak ik|vervolgafspraak|-0.99
p:raakt de|vervolgafspraak|-0.98
p:raakt me|samenvatting|-0.93
p:raakt wat|open-vraag|0.98
p:raken en|ik-boodschap|0.71
p:rapport goed|jij-boodschap|-0.65
p:rapport hoe|samenvatting|-0.96
p:rapport nodig|parafrase|-0.82
p:rapport nog|parafrase|0.95
p:rapport reken|moraliseren|-0.94
p:rapport reken|afleiden|-0.83
p:rapport staan|ik-boodschap|0.99
p:rapport staat|argumenteren|-0.98
p:rapport uitgeprint|geruststellen|-0.99
p:rare opmerking|ik-boodschap|-0.95
p:ravi deze|ik-boodschap|-0.92
p:reactie is|jij-boodschap|-0.98
p:reactie slaat|bevelen|-0.97
p:reactie van|etiketteren|0.97
p:reageert ze|samenvatting|-1.0
p:reageert ze|interpreteren|1.0
p:reageert ze|vervolgafspraak|-1.0
p:reageren kan|waarschuwen|0.94
p:reageren nooti|jij-boodschap|0.97
p:reageren nooti|bekritiseren|1.69
p:redelijk dus|vervolgafspraak|-0.71
p:redelijk op|parafrase|-0.93
p:redelijk op|gevoelsreflectie|-0.93
p:regel dat|samenvatting|-0.67
p:regelen ?|jij-boodschap|-0.97
p:regelmatig vergeet|vervolgafspraak|0.8
p:regels een|argumenteren|0.49
p:regels houden|waarschuwen|0.91
p:regels zijn|argumenteren|2.39
p:regelt dan|open-vraag|-0.63
p:regelt dan|prijzen|0.84
p:reglement is|moraliseren|-1.0
p:reglement is|argumenteren|1.0
p:reken daar|moraliseren|-0.94
p:reken daar|afleiden|-0.83
p:reken op|prijzen|0.91
p:reken op|etiketteren|-0.91
p:rekenmachine niet|vervolgafspraak|0.99
p:rekenmachine vergeten|ik-boodschap|0.87
p:rekenmachine vergeten|gevoelsreflectie|-0.91
p:respect te|afleiden|-0.95
p:respect voor|ik-boodschap|-0.92
p:respect voor|moraliseren|0.2
p:respect voor|afleiden|-0.93
p:rest van|samenvatting|-0.88
p:rest van|argumenteren|0.95
p:rest van|vervolgafspraak|0.8
p:rij daar|ik-boodschap|-0.96
p:rij daar|argumenteren|0.96
p:rij zet|gevoelsreflectie|-0.96
p:rijtje zet|samenvatting|0.75
p:rijtje zet|adviseren|-0.89
p:rik zijn|open-vraag|-0.95
p:rik zijn|waarschuwen|-0.95
p:rik zit|ik-boodschap|0.83
p:rik zit|jij-boodschap|-0.98
p:roept kunnen|ik-boodschap|0.93
p:roept moet|open-vraag|-0.67
p:rollen bram|bevelen|0.97
p:ronden af|afronding-aankondigen|0.98
p:ronden het|samenvatting|-0.94
p:ronden het|afronding-aankondigen|1.0
p:ronden het|bedanken|0.94
p:ronden we|samenvatting|-1.92
p:ronden we|argumenteren|-0.98
p:ronden we|vervolgafspraak|-0.98
p:rooster op|argumenteren|-0.97
p:rooster staat|open-vraag|-1.0
p:rooster staat|argumenteren|1.0
p:rooster staat|etiketteren|-1.0
p:rooster verkeerd|samenvatting|-0.93
p:rooster voor|vervolgafspraak|-0.58
p:rot voor|gevoelsreflectie|0.8
p:rotmoment zijn|gevoelsreflectie|0.92
p:ruimt vast|jij-boodschap|-0.95
p:ruimt vast|bekritiseren|-0.95
p:rust komt|parafrase|0.91
p:rust komt|adviseren|0.91
p:rusten ik|afronding-aankondigen|-0.92
p:rusten kijk|afleiden|0.84
p:rustig even|aanmoediging|0.95
p:ruzie en|samenvatting|0.99
p:ruzie in|open-vraag|0.95
p:ruzie in|afleiden|-0.95
p:ruzie met|parafrase|0.95
p:ruzie met|adviseren|-0.89
p:ruzie wil|afleiden|1.0
p:ruzietjes hebben|etiketteren|-0.97
p:ruzietjes hebben|geruststellen|-0.97
p:ruzietjes hebben|afleiden|0.97
p:ruzietjes zijn|afleiden|1.47
p:samen de|moraliseren|-0.99
p:samen evalueren|samenvatting|-0.99
p:samen gekeken|jij-boodschap|0.94
p:samen gekeken|bekritiseren|0.94
p:samen hoe|samenvatting|1.93
p:samen hoe|adviseren|-1.0
p:samen hoe|vervolgafspraak|1.0
p:samen kijken|open-vraag|-0.77
p:samen kijken|vervolgafspraak|0.96
p:samen met|ik-boodschap|-0.84
p:samen met|samenvatting|-0.88
p:samen met|adviseren|0.99
p:samen met|argumenteren|-0.94
p:samen met|prijzen|-0.98
p:samen met|geruststellen|-0.98
p:samen met|afleiden|-0.46
p:samen met|vervolgafspraak|0.8
p:samen oplossen|open-vraag|0.73
p:samen te|jij-boodschap|-1.23
p:samen te|waarschuwen|-0.99
p:samen wat|ik-boodschap|-0.92
p:samen wat|samenvatting|0.92
p:samen wat|vervolgafspraak|0.83
p:samengevat de|gevoelsreflectie|0.94
p:samengevat de|samenvatting|0.89
p:samengevat de|argumenteren|-0.94
p:samengevat de|vervolgafspraak|0.63
p:samengevat hij|interpreteren|-0.99
p:samengevat lieke|open-vraag|-0.83
p:samengevat u|jij-boodschap|0.9
p:samengevat u|bekritiseren|0.97
p:samengevat u|vervolgafspraak|-0.59
p:samenvat in|samenvatting|0.82
p:samenvat je|gevoelsreflectie|-0.74
p:samenvat u|parafrase|-0.98
p:samenvat wat|parafrase|0.98
p:samenvat wat|samenvatting|-0.8
p:samenvat wil|gevoelsreflectie|-1.0
p:samenvat wil|samenvatting|1.0
p:samenvat willen|samenvatting|0.97
p:samenvatten je|parafrase|-0.9
p:samenvatten u|samenvatting|0.65
p:samenvatten u|bedanken|0.96
p:samenvatten ze|ik-boodschap|-0.94
p:samenvattend de|jij-boodschap|-0.88
p:samenvattend de|samenvatting|0.93
p:samenvattend de|argumenteren|-0.85
p:samenvattend fleur|samenvatting|0.95
p:samenvattend zijn|ik-boodschap|-1.0
p:samenvattend zijn|parafrase|-1.0
p:samenvattend zijn|samenvatting|1.0
p:samenvattend zijn|open-vraag|-1.0
p:samenvattend zijn|aanmoediging|-1.0
p:samenvattend zijn|bevelen|-1.0
p:schaamt je|ik-boodschap|-0.82
p:schakel ik|waarschuwen|0.99
p:scheiding daar|interpreteren|0.96
p:scheiding daar|geruststellen|-0.96
p:schelden ?|jij-boodschap|0.93
p:schermtijd af|adviseren|0.99
p:schermtijd af|etiketteren|-0.99
p:schieten we|ik-boodschap|0.97
p:school ?|ondervragen|-0.83
p:school af|samenvatting|-1.0
p:school af|interpreteren|1.0
p:school af|vervolgafspraak|-1.0
p:school bent|interpreteren|-0.5
p:school dat|argumenteren|-0.94
p:school dat|interpreteren|0.83
p:school dat|geruststellen|0.83
p:school dat|afleiden|-0.46
p:school een|samenvatting|0.98
p:school een|afronding-aankondigen|-0.71
p:school en|ik-boodschap|-0.91
p:school en|samenvatting|0.91
p:school en|open-vraag|0.91
p:school gestuurd|jij-boodschap|0.89
p:school gewoon|bekritiseren|0.93
p:school hoe|parafrase|0.98
p:school ik|afronding-aankondigen|0.75
p:school je|bekritiseren|-0.93
p:school komen|adviseren|-1.0
p:school moet|argumenteren|0.96
p:school niet|parafrase|-0.95
p:school niet|samenvatting|0.95
p:school niet|aanmoediging|-0.99
p:school niet|geruststellen|-0.87
p:school niets|gevoelsreflectie|0.98
p:school omdat|parafrase|-0.99
p:school omdat|interpreteren|0.85
p:school op|waarschuwen|-1.0
p:school op|moraliseren|1.0
p:school op|interpreteren|-1.0
p:school over|bevelen|0.99
p:school te|gevoelsreflectie|-0.95
p:school te|samenvatting|-0.89
p:school te|interpreteren|-0.66
p:school trekt|parafrase|-0.93
p:school trekt|gevoelsreflectie|-0.93
p:school u|parafrase|0.99
p:school u|prijzen|-0.99
p:school van|bekritiseren|-0.94
p:school wil|gevoelsreflectie|0.92
p:schoolarts kijken|vervolgafspraak|0.8
p:schooljaar een|etiketteren|-0.93
p:schoolplein wil|afleiden|0.91
p:schoolreisje ?|open-vraag|-0.94
p:schorsing geldt|samenvatting|-0.95
p:schorsing heeft|gevoelsreflectie|1.81
p:schreeuwen hier|aanmoediging|-1.0
p:schreeuwen hier|bevelen|1.0
p:schreeuwen hier|adviseren|-1.0
p:schrijf het|adviseren|0.83
p:schrijft voor|argumenteren|0.8
p:schrik voor|gevoelsreflectie|0.96
p:schrikt maar|geruststellen|0.97
p:schrok de|gevoelsreflectie|-0.94
p:schrok ik|ik-boodschap|0.92
p:schrok ik|gevoelsreflectie|-0.92
p:schrok toen|ik-boodschap|0.98
p:schuift ook|waarschuwen|-0.99
p:schuift ook|vervolgafspraak|1.74
p:schuld aan|jij-boodschap|0.96
p:schuld aan|samenvatting|-0.96
p:schuld aan|bekritiseren|0.96
p:schuld dat|moraliseren|-0.94
p:schuld dat|bekritiseren|0.73
p:schuldig voelt|parafrase|-0.88
p:schuldig voelt|gevoelsreflectie|-0.95
p:schuldige omdat|prijzen|-1.0
p:sectie ik|gevoelsreflectie|0.94
p:sectie ik|samenvatting|0.89
p:sectie ik|argumenteren|-0.94
p:sectie ik|vervolgafspraak|0.63
p:sem als|adviseren|-0.83
p:sem een|ondervragen|-0.83
p:sem in|ik-boodschap|0.99
p:sem is|argumenteren|-1.0
p:sem is|bekritiseren|-1.78
p:sem is|etiketteren|0.9
p:sem of|adviseren|0.88
p:september in|samenvatting|-1.0
p:september in|adviseren|-0.9
p:september in|bekritiseren|-0.96
p:september naar|argumenteren|0.92
p:serieus en|ik-boodschap|1.0
p:serieus genomen|open-vraag|-0.87
p:sfeer en|afronding-aankondigen|-0.97
p:sfeer in|jij-boodschap|0.98
p:sfeer in|samenvatting|0.93
p:sfeer in|bekritiseren|1.48
p:signalen gewoon|bevelen|-0.99
p:simpel is|argumenteren|0.99
p:simpel wie|argumenteren|0.9
p:simpel wie|geruststellen|-0.9
p:sinds bas|ik-boodschap|0.83
p:sinds bas|jij-boodschap|-0.98
p:sinds de|ik-boodschap|1.89
p:sinds de|jij-boodschap|-0.95
p:sinds de|adviseren|-0.9
p:sinds de|bekritiseren|-1.5
p:sinds de|vervolgafspraak|-0.95
p:sinds hij|samenvatting|-0.81
p:sinds je|ik-boodschap|0.83
p:sinds je|open-vraag|0.93
p:sinds kort|ik-boodschap|-0.81
p:sinds kort|gevoelsreflectie|-1.0
p:sinds september|samenvatting|-1.0
p:sinds september|bekritiseren|-0.96
p:slaan ?|bekritiseren|0.97
p:slaap en|gevoelsreflectie|-0.96
p:slaap en|open-vraag|0.95
p:slaap en|afleiden|-0.95
p:slaap en|bedanken|-0.82
p:slaap je|ik-boodschap|0.91
p:slaap je|waarschuwen|-0.91
p:slaap nodig|moraliseren|1.0
p:slaapt en|ik-boodschap|0.97
p:slaapt en|jij-boodschap|-1.0
p:slaapt hij|geruststellen|-0.9
p:slaapt slecht|ik-boodschap|-1.84
p:slaapt slecht|jij-boodschap|-0.93
p:slaapt slecht|samenvatting|0.91
p:slaapt slecht|waarschuwen|-0.99
p:slaapt te|interpreteren|-0.99
p:slaat nergens|bevelen|-0.97
p:slaat nergens|argumenteren|0.77
p:slaat nergens|bekritiseren|0.91
p:slapen wat|open-vraag|0.92
p:slecht concentreren|vervolgafspraak|0.8
p:slecht en|open-vraag|-0.83
p:slecht hij|jij-boodschap|-0.93
p:slecht hij|waarschuwen|-0.99
p:slecht je|ik-boodschap|-0.91
p:slecht je|samenvatting|0.91
p:slecht je|open-vraag|0.91
p:slecht van|jij-boodschap|0.23
p:slecht was|bevelen|-0.87
p:slecht was|argumenteren|-0.98
p:slechte nachtrust|adviseren|-0.89
p:slechte ouder|geruststellen|2.56
p:slim genoeg|geruststellen|-0.92
p:slim om|adviseren|0.82
p:slim van|bekritiseren|0.99
p:slimme jongen|waarschuwen|-0.97
p:slimme jongen|prijzen|0.91
p:slimme meid|prijzen|0.99
p:slimme meid|interpreteren|-0.99
p:slimme vrouw|prijzen|0.99
p:slimste van|prijzen|0.97
p:slordig werk|prijzen|-0.99
p:slordige meid|bekritiseren|-0.92
p:sluit af|bedanken|0.83
p:sluiten we|jij-boodschap|-1.0
p:sluiten we|samenvatting|0.95
p:sluiten we|bekritiseren|-1.0
p:sluiten we|afronding-aankondigen|1.0
p:sluiten we|vervolgafspraak|-0.82
p:sluiten we|bedanken|1.0
p:smit en|jij-boodschap|-0.77
p:smit en|bevelen|0.97
p:smit en|waarschuwen|-0.97
p:snap dat|gevoelsreflectie|1.9
p:snap dat|samenvatting|-0.9
p:snap dat|adviseren|1.78
p:snap dat|bekritiseren|-0.97
p:snap dat|geruststellen|1.37
p:snap had|parafrase|0.95
p:snap het|gevoelsreflectie|-0.99
p:snap het|aanmoediging|0.99
p:snap ik|aanmoediging|0.92
p:snap ik|geruststellen|0.96
p:snap ik|vervolgafspraak|-0.85
p:snap u|open-vraag|-0.97
p:snap uw|geruststellen|-0.46
p:snapt de|ik-boodschap|0.99
p:snapt de|argumenteren|-0.99
p:snapt vast|ik-boodschap|-1.0
p:snapt vast|prijzen|1.94
p:snapt wel|geruststellen|-0.83
p:snel afgeleid|vervolgafspraak|-0.98
p:snel kon|jij-boodschap|-0.92
p:sneller gebeld|jij-boodschap|-0.42
p:sneller gebeld|bekritiseren|-0.64
p:sociaal in|argumenteren|-0.91
p:sofia om|vervolgafspraak|-0.97
p:soms net|jij-boodschap|1.56
p:soms net|etiketteren|0.94
p:soort mails|bekritiseren|0.95
p:soort ruzietjes|afleiden|1.47
p:sophie bang|gevoelsreflectie|0.85
p:sorry maar|moraliseren|0.46
p:spannend om|ik-boodschap|-0.91
p:spannend vindt|gevoelsreflectie|0.95
p:speelt er|samenvatting|-1.0
p:speelt er|interpreteren|1.0
p:speelt er|vervolgafspraak|-1.0
p:speelt met|waarschuwen|0.99
p:speelt met|adviseren|-0.99
p:speelt met|interpreteren|-0.99
p:spiekt bij|samenvatting|-0.92
p:spijbelt en|bekritiseren|0.71
p:spijbelt en|geruststellen|-0.49
p:spijbelt schakel|waarschuwen|0.99
p:spreken af|samenvatting|1.0
p:spreken af|adviseren|-1.0
p:spreken af|afronding-aankondigen|-0.85
p:spreken af|vervolgafspraak|1.0
p:spreken dus|samenvatting|0.94
p:spreken elkaar|afronding-aankondigen|-1.0
p:spullen af|bevelen|1.0
p:spullen af|interpreteren|-1.0
p:spullen af|geruststellen|-1.0
p:spullen bij|bevelen|-0.88
p:spullen vergeet|ik-boodschap|0.93
p:sta jij|ik-boodschap|0.93
p:staan al|samenvatting|-1.0
p:staan al|afronding-aankondigen|1.0
p:staan al|vervolgafspraak|-1.0
p:staan moet|ik-boodschap|0.99
p:staat al|argumenteren|1.68
p:staat al|bekritiseren|0.91
p:staat bespreekbaar|argumenteren|0.65
p:staat gewoon|argumenteren|0.99
p:staat het|samenvatting|-0.95
p:staat het|argumenteren|-0.12
p:staat op|waarschuwen|0.99
p:staat op|argumenteren|-1.77
p:staat op|bekritiseren|-0.87
p:staat struikelen|ik-boodschap|-1.0
p:staat struikelen|argumenteren|-1.0
p:staat vanaf|argumenteren|-0.98
p:staat vast|open-vraag|-1.0
p:staat vast|argumenteren|1.0
p:staat vast|etiketteren|-1.0
p:stage en|bekritiseren|-0.97
p:stage hebben|afleiden|1.26
p:stage je|jij-boodschap|-0.94
p:stage je|bekritiseren|-0.47
p:stage misschien|ik-boodschap|1.0
p:stagebegeleider belde|ik-boodschap|1.0
p:staren wat|ik-boodschap|-0.88
p:statistisch gezien|argumenteren|0.79
p:steeds als|ik-boodschap|-0.84
p:steeds apart|ik-boodschap|0.73
p:steeds apart|gevoelsreflectie|-0.93
p:steeds bij|bekritiseren|-0.99
p:steeds door|ik-boodschap|0.9
p:steeds door|prijzen|-0.93
p:steeds haar|open-vraag|0.99
p:steeds het|jij-boodschap|0.93
p:steeds het|bekritiseren|0.93
p:steeds kwaad|moraliseren|-0.93
p:steeds mee|jij-boodschap|1.78
p:steeds mee|bekritiseren|1.78
p:steeds mijn|open-vraag|-0.67
p:steeds naar|ik-boodschap|-0.88
p:steeds onderbreken|bedanken|-0.94
p:steeds over|ik-boodschap|0.97
p:steeds vaker|gevoelsreflectie|-0.99
p:steeds van|waarschuwen|-0.99
p:steek gelaten|samenvatting|-0.61
p:steek gelaten|open-vraag|-0.99
p:stel voor|vervolgafspraak|0.91
p:stel voor|bedanken|-0.99
p:stelt echt|afleiden|1.0
p:stelt u|jij-boodschap|0.93
p:stelt u|bekritiseren|0.93
p:stelt zich|bekritiseren|1.61
p:sterk omdat|interpreteren|0.89
p:stiefvader ?|ik-boodschap|-0.77
p:stiekem bang|interpreteren|0.97
p:stil is|ondervragen|-1.67
p:stoeien kan|ik-boodschap|0.71
p:stoer omdat|interpreteren|1.0
p:stoer te|jij-boodschap|-0.9
p:stoer te|parafrase|0.99
p:stoer te|bevelen|-0.99
p:stoer te|bekritiseren|-0.99
p:stoer te|interpreteren|0.71
p:stof niet|ik-boodschap|0.99
p:stof niet|argumenteren|-0.99
p:stof voor|waarschuwen|-0.99
p:stond al|ik-boodschap|-0.98
p:stond al|argumenteren|0.99
p:stond in|ik-boodschap|-0.93
p:stop het|vervolgafspraak|-0.96
p:stop ik|bevelen|0.93
p:stop ik|afronding-aankondigen|-0.96
p:stop nu|argumenteren|-0.99
p:stoppen de|samenvatting|-0.98
p:stoppen donderdag|ik-boodschap|-0.96
p:stoppen donderdag|vervolgafspraak|0.96
p:stoppen er|afronding-aankondigen|0.91
p:stoppen er|vervolgafspraak|0.87
p:stoppen voor|bedanken|-0.9
p:stopt met|bevelen|0.94
p:stopt moet|waarschuwen|0.98
p:straf te|parafrase|0.98
p:strafwerk geven|waarschuwen|-0.94
p:straks alleen|ik-boodschap|0.93
p:straks een|moraliseren|-0.94
p:straks een|afleiden|-0.83
p:straks even|vervolgafspraak|-2.35
p:straks zijn|waarschuwen|0.92
p:straks zit|waarschuwen|0.99
p:streep onder|afronding-aankondigen|0.99
p:structuur heeft|argumenteren|-0.99
p:structuur heeft|interpreteren|0.88
p:structuur heeft|geruststellen|-0.94
p:structuur nodig|parafrase|-0.98
p:structuur thuis|samenvatting|0.98
p:struikelen er|ik-boodschap|-1.0
p:struikelen er|argumenteren|-1.0
p:stuk chagrijn|prijzen|-0.86
p:stuk chagrijn|etiketteren|1.77
p:sturen ?|bekritiseren|0.82
p:sturen dat|geruststellen|-0.96
p:sturen is|bekritiseren|0.95
p:stuur en|ik-boodschap|0.96
p:stuur en|argumenteren|-0.8
p:stuur ik|bedanken|0.83
p:stuur je|waarschuwen|1.71
p:stuur mij|waarschuwen|-0.99
p:stuur u|afronding-aankondigen|0.96
p:stuur u|vervolgafspraak|0.89
p:sven gaan|adviseren|0.8
p:t aan|parafrase|-1.0
p:t aan|gevoelsreflectie|-1.0
p:t aan|prijzen|-1.0
p:t nu|ik-boodschap|-0.77
p:taak als|argumenteren|-0.98
p:tafel dank|samenvatting|0.81
p:tafel dank|afronding-aankondigen|0.97
p:tafel dank|bedanken|0.97
p:tafel gaan|vervolgafspraak|0.99
p:tafel houdt|open-vraag|-0.98
p:tafel houdt|vervolgafspraak|0.98
p:tafel legt|open-vraag|0.99
p:tafel liggen|vervolgafspraak|-0.98
p:tas elke|bevelen|0.87
p:tas van|ik-boodschap|-1.0
p:tas van|argumenteren|-1.0
p:te antwoorden|jij-boodschap|0.98
p:te antwoorden|bekritiseren|0.81
p:te bellen|bekritiseren|-0.92
p:te bespreken|ik-boodschap|-0.91
p:te bieden|bevelen|-0.97
p:te discussieren|ik-boodschap|-0.96
p:te discussieren|argumenteren|0.96
p:te doen|jij-boodschap|-0.9
p:te doen|parafrase|0.99
p:te doen|bevelen|-0.99
p:te doen|bekritiseren|-0.99
p:te doen|interpreteren|0.71
p:te druk|ik-boodschap|-0.94
p:te falen|parafrase|-0.99
p:te falen|interpreteren|0.97
p:te gaan|jij-boodschap|0.94
p:te gaan|gevoelsreflectie|0.85
p:te gaan|samenvatting|-0.89
p:te gaan|bekritiseren|0.94
p:te gamen|jij-boodschap|1.75
p:te gamen|parafrase|-0.83
p:te gamen|bekritiseren|1.0
p:te gapen|ik-boodschap|0.91
p:te gapen|waarschuwen|-0.91
p:te gedragen|ondervragen|-0.61
p:te gek|argumenteren|-0.73
p:te halen|open-vraag|-0.99
p:te hebben|afleiden|-0.95
p:te horen|samenvatting|-0.29
p:te horen|open-vraag|-0.98
p:te horen|adviseren|0.9
p:te horen|afronding-aankondigen|-0.99
p:te horen|vervolgafspraak|0.98
p:te horen|bedanken|0.91
p:te houden|bevelen|0.86
p:te houden|waarschuwen|-1.0
p:te houden|moraliseren|1.0
p:te houden|argumenteren|0.49
p:te houden|interpreteren|-1.0
p:te kennen|argumenteren|0.98
p:te komen|moraliseren|1.0
p:te laag|parafrase|0.87
p:te laag|argumenteren|0.94
p:te laat|jij-boodschap|0.78
p:te laat|gevoelsreflectie|-1.68
p:te laat|open-vraag|0.98
p:te laat|waarschuwen|0.96
p:te laat|moraliseren|-2.0
p:te laat|adviseren|-0.9
p:te laat|argumenteren|0.49
p:te laat|bekritiseren|-0.8
p:te laat|etiketteren|-0.84
p:te laat|interpreteren|-0.92
p:te laat|ondervragen|-0.84
p:te laks|bekritiseren|0.83
p:te laten|ik-boodschap|0.91
p:te laten|jij-boodschap|-0.99
p:te laten|moraliseren|-0.95
p:te laten|adviseren|-0.99
p:te laten|bekritiseren|-0.82
p:te laten|interpreteren|0.26
p:te leggen|bevelen|1.0
p:te leggen|adviseren|0.82
p:te leren|jij-boodschap|0.14
p:te leren|bekritiseren|1.05
p:te leren|etiketteren|0.99
p:te leren|interpreteren|-0.4
p:te lichten|moraliseren|-0.95
p:te lichten|vervolgafspraak|0.85
p:te lichten|bedanken|-0.95
p:te liggen|bevelen|-1.0
p:te liggen|moraliseren|1.0
p:te liggen|adviseren|-0.8
p:te liggen|argumenteren|-1.0
p:te liggen|geruststellen|0.51
p:te liggen|afleiden|-0.51
p:te lui|bekritiseren|0.99
p:te lui|etiketteren|0.99
p:te lui|interpreteren|-0.4
p:te maken|jij-boodschap|-0.9
p:te maken|adviseren|0.89
p:te maken|bekritiseren|-0.96
p:te makkelijk|interpreteren|0.66
p:te moeilijk|parafrase|-0.9
p:te moeilijk|gevoelsreflectie|0.94
p:te moeilijk|open-vraag|0.83
p:te moeilijk|vervolgafspraak|0.63
p:te nemen|ik-boodschap|0.87
p:te nemen|gevoelsreflectie|-0.91
p:te nemen|bevelen|-0.93
p:te nemen|adviseren|0.95
p:te praten|bekritiseren|0.92
p:te regelen|ik-boodschap|-0.97
p:te regelen|jij-boodschap|-0.97
p:te regelen|vervolgafspraak|0.41
p:te regelen|bedanken|-0.97
p:te rollen|bevelen|0.97
p:te schelden|jij-boodschap|0.93
p:te slaan|bekritiseren|0.97
p:te spreken|moraliseren|0.96
p:te spreken|argumenteren|-0.62
p:te spreken|etiketteren|-0.99
p:te staren|ik-boodschap|-0.88
p:te stellen|moraliseren|0.98
p:te stellen|argumenteren|-0.98
p:te stellen|bekritiseren|0.84
p:te sturen|bekritiseren|-0.74
p:te tillen|moraliseren|-0.93
p:te tillen|interpreteren|-0.86
p:te tillen|geruststellen|-0.66
p:te tillen|afleiden|1.47
p:te tornen|gevoelsreflectie|0.97
p:te tornen|argumenteren|0.76
p:te tornen|geruststellen|-0.97
p:te vatten|jij-boodschap|-0.93
p:te vatten|waarschuwen|-0.99
p:te veel|bekritiseren|-0.98
p:te verbergen|interpreteren|1.47
p:te verdoen|jij-boodschap|0.93
p:te verdoen|samenvatting|-0.93
p:te verdoen|bevelen|-0.88
p:te verdoen|bekritiseren|0.93
p:te vertellen|gevoelsreflectie|0.95
p:te vertrouwen|etiketteren|-1.0
p:te voeden|moraliseren|-0.99
p:te vragen|geruststellen|-0.95
p:te wachten|afronding-aankondigen|1.0
p:te wachten|vervolgafspraak|-1.0
p:te weinig|parafrase|0.95
p:te weinig|open-vraag|0.22
p:te weinig|interpreteren|-0.99
p:te weinig|geruststellen|-0.94
p:te weinig|ondervragen|-0.96
p:te werken|jij-boodschap|-0.3
p:te weten|parafrase|-0.95
p:te weten|moraliseren|0.99
p:te weten|bekritiseren|-0.99
p:te zeggen|bekritiseren|-0.93
p:te zeggen|bedanken|0.88
p:te zien|ik-boodschap|0.96
p:te zijn|moraliseren|0.9
p:te zijn|bekritiseren|-0.99
p:te zijn|geruststellen|0.99
p:te zwaar|parafrase|0.98
p:teamleider erbij|samenvatting|-0.67
p:teamleider erbij|vervolgafspraak|0.97
p:teamleider van|etiketteren|-0.91
p:teamleider van|vervolgafspraak|-0.8
p:tegelijk praten|ik-boodschap|0.81
p:tegelijk tegen|geruststellen|-0.99
p:tegen de|interpreteren|0.99
p:tegen een|moraliseren|0.99
p:tegen haar|adviseren|0.96
p:tegen het|parafrase|-1.0
p:tegen het|gevoelsreflectie|-1.0
p:tegen het|prijzen|-1.0
p:tegen jou|jij-boodschap|0.96
p:tegen jou|samenvatting|-0.96
p:tegen jou|bekritiseren|0.96
p:tegen me|geruststellen|-0.99
p:tegen me|bedanken|1.0
p:tegen mevrouw|prijzen|-0.99
p:tegen mevrouw|etiketteren|-0.99
p:tegen mij|jij-boodschap|-0.89
p:tegen mij|gevoelsreflectie|0.93
p:tegen mij|waarschuwen|0.91
p:tegen mij|ondervragen|0.93
p:tegenover je|ik-boodschap|-1.0
p:tegenover je|jij-boodschap|1.95
p:tegenover je|parafrase|-1.0
p:tegenover je|gevoelsreflectie|-1.0
p:tegenover je|samenvatting|-1.0
p:tegenover je|open-vraag|-1.0
p:tegenover je|aanmoediging|-1.0
p:tegenover je|bevelen|-1.0
p:tegenover je|waarschuwen|-1.0
p:tegenover je|moraliseren|-1.0
p:tegenover je|adviseren|-1.0
p:tegenover je|argumenteren|-1.0
p:tegenover je|bekritiseren|1.0
p:tegenover je|prijzen|-1.0
p:tegenover je|etiketteren|-1.0
p:tegenover je|interpreteren|-1.0
p:tegenover je|geruststellen|-1.0
p:tegenover je|ondervragen|-1.0
p:tegenover je|afleiden|-1.0
p:tegenover je|afronding-aankondigen|-1.0
p:tegenover je|vervolgafspraak|-1.0
p:tegenover je|bedanken|-1.0
p:tegenovergestelde van|jij-boodschap|0.93
p:tegenovergestelde van|bekritiseren|0.93
p:tegenvallend cijfer|vervolgafspraak|-0.97
p:tegenwoordig veel|ik-boodschap|-0.9
p:tekent u|jij-boodschap|-0.3
p:telefon nu|moraliseren|-1.0
p:telefoon 's|adviseren|1.68
p:telefoon ?|open-vraag|-1.0
p:telefoon ?|ondervragen|1.69
p:telefoon doet|moraliseren|-0.93
p:telefoon eens|ik-boodschap|0.91
p:telefoon eens|waarschuwen|-0.91
p:telefoon en|open-vraag|0.92
p:telefoon gebruikt|ik-boodschap|-0.96
p:telefoon in|jij-boodschap|-0.99
p:telefoon in|open-vraag|-0.95
p:telefoon in|waarschuwen|-0.95
p:telefoon in|adviseren|-0.99
p:telefoon maar|afleiden|-1.0
p:telefoon meeneemt|geruststellen|-0.92
p:telefoon niet|waarschuwen|1.86
p:telefoon nog|bevelen|-0.9
p:telefoon om|parafrase|0.91
p:telefoon om|adviseren|0.91
p:telefoon onder|open-vraag|-0.98
p:telefoon onder|vervolgafspraak|0.98
p:telefoon opneemt|vervolgafspraak|-0.99
p:telefoon weg|bevelen|0.92
p:telefoon weg|etiketteren|-0.75
p:telefoon zit|open-vraag|0.87
p:telefoonnummer kan|open-vraag|-0.94
p:telefoons in|bevelen|0.81
p:telefoons op|vervolgafspraak|-0.98
p:teleur u|jij-boodschap|0.93
p:teleur u|bekritiseren|0.93
p:teleurgesteld dat|gevoelsreflectie|1.81
p:teleurgesteld in|ik-boodschap|-0.9
p:teleurgesteld samengevat|gevoelsreflectie|0.94
p:teleurgesteld samengevat|samenvatting|0.89
p:teleurgesteld samengevat|argumenteren|-0.94
p:teleurgesteld samengevat|vervolgafspraak|0.63
p:teleurgestelt bent|aanmoediging|-0.99
p:telt drie|bekritiseren|-0.96
p:tenminste goed|afleiden|1.26
p:terecht echt|geruststellen|0.89
p:terug eerst|adviseren|-0.96
p:terug en|parafrase|-0.93
p:terug en|gevoelsreflectie|-0.93
p:terug hij|parafrase|-0.91
p:terug hij|samenvatting|0.91
p:terug uit|interpreteren|-0.99
p:terug van|afronding-aankondigen|-0.98
p:terug van|vervolgafspraak|-1.77
p:teruggevonden ?|adviseren|-1.0
p:terwijl u|moraliseren|0.98
p:terwijl u|bekritiseren|0.84
p:tess haar|parafrase|-0.82
p:tess haar|vervolgafspraak|0.8
p:tess hoe|jij-boodschap|-1.0
p:tess hoe|open-vraag|1.0
p:tess hoe|bekritiseren|-1.0
p:testen op|adviseren|1.0
p:tevoren aangekondigd|bekritiseren|-0.97
p:thijs de|ik-boodschap|0.91
p:thijs sinds|adviseren|-0.9
p:thnx voor|afronding-aankondigen|-0.7
p:thomas zijn|parafrase|-1.0
p:thuis ?|ik-boodschap|0.84
p:thuis ?|open-vraag|1.8
p:thuis ?|bekritiseren|-0.97
p:thuis ?|ondervragen|2.94
p:thuis ?|afleiden|-0.96
p:thuis beter|samenvatting|-0.81
p:thuis de|samenvatting|1.0
p:thuis de|adviseren|-1.0
p:thuis de|vervolgafspraak|1.0
p:thuis druk|interpreteren|-0.62
p:thuis een|adviseren|0.9
p:thuis eigenlijk|open-vraag|0.97
p:thuis en|samenvatting|0.98
p:thuis en|open-vraag|-0.98
p:thuis gaat|parafrase|-1.88
p:thuis gaat|gevoelsreflectie|-0.93
p:thuis gaat|samenvatting|0.95
p:thuis gebeurd|gevoelsreflectie|0.96
p:thuis gebeurd|open-vraag|0.87
p:thuis gebeurt|jij-boodschap|0.74
p:thuis gebeurt|gevoelsreflectie|-0.96
p:thuis gebeurt|bekritiseren|0.58
p:thuis gewoon|bevelen|-1.54
p:thuis iets|samenvatting|-1.0
p:thuis iets|interpreteren|1.0
p:thuis iets|vervolgafspraak|-1.0
p:thuis is|parafrase|-0.9
p:thuis kost|samenvatting|0.95
p:thuis laat|parafrase|-1.0
p:thuis merkt|open-vraag|0.15
p:thuis met|samenvatting|0.65
p:thuis met|bedanken|0.96
p:thuis niet|gevoelsreflectie|0.92
p:thuis niet|interpreteren|0.85
p:thuis nooit|jij-boodschap|0.89
p:thuis nooit|bekritiseren|0.94
p:thuis ook|prijzen|1.0
p:thuis ook|etiketteren|-1.0
p:thuis te|geruststellen|-0.94
p:thuis te|ondervragen|-0.96
p:thuis vaak|jij-boodschap|-0.98
p:thuis vaak|parafrase|0.83
p:thuis van|gevoelsreflectie|-0.9
p:thuis veel|gevoelsreflectie|-0.92
p:thuis vergeet|vervolgafspraak|-0.79
p:thuis verteld|samenvatting|-0.96
p:thuis wat|interpreteren|0.66
p:thuis weinig|argumenteren|-0.99
p:thuis weinig|interpreteren|0.88
p:thuis wel|parafrase|1.0
p:thuis wel|aanmoediging|-0.99
p:thuis wel|prijzen|-1.0
p:thuis wel|geruststellen|-0.87
p:thuis zit|open-vraag|-0.98
p:thuis zonder|interpreteren|-0.75
p:thuis zwaar|afleiden|-0.94
p:thuisgehouden ?|bekritiseren|0.96
p:thuiskomt ?|bekritiseren|0.96
p:tien minuten|open-vraag|0.98
p:tien uur|ik-boodschap|0.96
p:tien uur|waarschuwen|-0.96
p:ties u|parafrase|-0.98
p:tijd dat|open-vraag|0.98
p:tijd dus|bevelen|-0.92
p:tijd fijn|prijzen|-0.9
p:tijd hoe|gevoelsreflectie|0.93
p:tijd hoor|aanmoediging|1.0
p:tijd hoor|bevelen|-0.89
p:tijd is|bevelen|0.88
p:tijd is|moraliseren|0.95
p:tijd is|interpreteren|-0.96
p:tijd met|bevelen|0.97
p:tijd naar|bekritiseren|0.26
p:tijd slaapt|bekritiseren|-0.97
p:tijd te|jij-boodschap|0.93
p:tijd te|samenvatting|-0.93
p:tijd te|bevelen|-0.88
p:tijd te|moraliseren|1.0
p:tijd te|bekritiseren|0.93
p:tijd vanavond|bekritiseren|-0.89
p:tijd verplaatsen|vervolgafspraak|-0.93
p:tijd we|afronding-aankondigen|1.0
p:tijd zit|bedanken|-0.99
p:tijdens de|adviseren|-0.83
p:tip is|moraliseren|-0.99
p:tja bedankt|bekritiseren|1.83
p:tja bedankt|bedanken|-0.98
p:tja maar|open-vraag|-1.81
p:tja maar|afleiden|0.73
p:toch ?|open-vraag|-0.63
p:toch ?|prijzen|0.84
p:toch ?|ondervragen|-0.6
p:toch ?|afleiden|-0.91
p:toch akkoord|prijzen|0.95
p:toch begrijpen|argumenteren|0.98
p:toch dat|moraliseren|1.0
p:toch een|jij-boodschap|1.79
p:toch een|etiketteren|0.93
p:toch geen|argumenteren|-0.96
p:toch gewoon|etiketteren|-0.92
p:toch logisch|moraliseren|-0.98
p:toch logisch|argumenteren|0.98
p:toch makkelijk|waarschuwen|-0.97
p:toch makkelijk|prijzen|0.91
p:toch moeten|waarschuwen|-0.99
p:toch moeten|moraliseren|0.98
p:toch niet|gevoelsreflectie|-0.96
p:toch niet|moraliseren|-0.81
p:toch niet|bekritiseren|-0.99
p:toch niet|geruststellen|-0.92
p:toch niet|afleiden|1.94
p:toch onze|ondervragen|-0.61
p:toch ook|moraliseren|0.93
p:toch ook|argumenteren|-0.78
p:toch te|parafrase|-0.95
p:toch te|argumenteren|-0.73
p:toch vertelt|gevoelsreflectie|1.0
p:toch vertelt|afronding-aankondigen|-1.0
p:toch vertelt|vervolgafspraak|-1.0
p:toch weten|jij-boodschap|-0.84
p:toe gaat|open-vraag|0.95
p:toe gaat|afleiden|-0.95
p:toe kwam|ik-boodschap|0.98
p:toe te|moraliseren|-0.95
p:toe te|vervolgafspraak|0.85
p:toe te|bedanken|-0.95
p:toe thuis|parafrase|-0.93
p:toe thuis|gevoelsreflectie|-0.93
p:toe weinig|parafrase|0.92
p:toe weinig|open-vraag|-0.92
p:toegestaan ?|ondervragen|0.98
p:toegeven dat|interpreteren|0.67
p:toen ?|gevoelsreflectie|-1.0
p:toen ?|samenvatting|-0.95
p:toen ?|open-vraag|-1.0
p:toen ?|aanmoediging|0.96
p:toen hij|ik-boodschap|-0.99
p:toen hij|open-vraag|1.0
p:toen hij|moraliseren|-1.0
p:toen hij|ondervragen|-1.0
p:toen ik|ik-boodschap|0.98
p:toen je|ik-boodschap|0.94
p:toen je|jij-boodschap|-0.93
p:toen je|gevoelsreflectie|-1.82
p:toen je|samenvatting|-0.65
p:toen leek|jij-boodschap|0.94
p:toen leek|bekritiseren|0.94
p:toen meneer|open-vraag|0.94
p:toen niet|bekritiseren|-0.96
p:toets dat|argumenteren|-0.77
p:toets en|samenvatting|0.96
p:toets en|waarschuwen|-0.99
p:toets en|vervolgafspraak|-0.59
p:toets inhalen|ondervragen|-1.0
p:toets is|bekritiseren|-0.97
p:toets met|adviseren|-0.83
p:toets misgaat|parafrase|1.0
p:toets misgaat|prijzen|-1.0
p:toets mist|argumenteren|0.99
p:toets niet|ik-boodschap|0.91
p:toets niet|open-vraag|-0.91
p:toets niet|adviseren|0.9
p:toets op|interpreteren|-0.64
p:toets te|samenvatting|-0.88
p:toets te|open-vraag|0.83
p:toets te|argumenteren|0.95
p:toets telt|bekritiseren|-0.96
p:toets was|gevoelsreflectie|0.94
p:toets was|samenvatting|0.89
p:toets was|argumenteren|-0.94
p:toets was|vervolgafspraak|0.63
p:toets wordt|samenvatting|-0.92
p:toetsdatum stond|ik-boodschap|-0.98
p:toetsen de|afronding-aankondigen|-0.97
p:toetsen die|samenvatting|-1.0
p:toetsen niet|vervolgafspraak|-0.93
p:toetsen opschrijft|ik-boodschap|0.9
p:toetsen opschrijft|prijzen|-0.93
p:toetsen te|parafrase|-0.9
p:toetsweek al|adviseren|-0.9
p:toetsweek contact|vervolgafspraak|0.59
p:toetsweek en|vervolgafspraak|-0.36
p:toetsweek heel|ik-boodschap|0.99
p:toevoegen ?|open-vraag|0.95
p:toevoegen ?|afleiden|-0.95
p:toezicht thuis|open-vraag|-0.98
p:tof dat|ik-boodschap|0.98
p:tolk en|ik-boodschap|0.81
p:tolk goed|ik-boodschap|-1.64
p:tolk goed|parafrase|0.82
p:tom gepest|parafrase|0.99
p:toont in|bekritiseren|0.95
p:topmoeder dus|prijzen|1.0
p:topmoeder dus|etiketteren|-1.0
p:tot afspraken|bedanken|-0.94
p:tot de|argumenteren|-0.68
p:tot het|open-vraag|-1.0
p:tot het|waarschuwen|0.91
p:tot het|ondervragen|1.0
p:tot middernacht|moraliseren|0.98
p:tot middernacht|bekritiseren|0.84
p:tot nu|gevoelsreflectie|-0.93
p:tot nu|afleiden|-0.95
p:tot rust|parafrase|0.91
p:tot rust|adviseren|0.91
p:tot twaalf|moraliseren|-0.98
p:tot twaalf|argumenteren|0.98
p:tot ziens|waarschuwen|-0.97
p:totaal geen|ik-boodschap|-0.91
p:trap was|ik-boodschap|0.96
p:trekt ze|parafrase|-0.93
p:trekt ze|gevoelsreflectie|-0.93
p:trekt zich|bekritiseren|-0.91
p:trekt zich|etiketteren|-0.99
p:trouwens hoe|ondervragen|-0.96
p:trouwens met|afleiden|0.95
p:tussen haar|ik-boodschap|-0.77
p:tussen jullie|open-vraag|0.93
p:twaalf hoort|bevelen|-1.0
p:twaalf hoort|moraliseren|1.0
p:twaalf hoort|argumenteren|-1.0
p:twaalf uur|moraliseren|-0.98
p:twaalf uur|argumenteren|0.98
p:twee dagen|samenvatting|-0.95
p:twee dingen|ik-boodschap|-1.0
p:twee dingen|parafrase|-1.0
p:twee dingen|samenvatting|1.0
p:twee dingen|open-vraag|-1.0
p:twee dingen|aanmoediging|-1.0
p:twee dingen|bevelen|-1.0
p:twee keer|ik-boodschap|-0.11
p:twee keer|gevoelsreflectie|-0.91
p:twee keer|open-vraag|0.78
p:twee keer|etiketteren|-0.92
p:twee kinderen|geruststellen|-0.59
p:twee uur|parafrase|-0.83
p:twee weken|ik-boodschap|0.92
p:twee weken|jij-boodschap|-0.92
p:twee weken|samenvatting|-0.94
p:twee weken|open-vraag|-0.77
p:twee weken|adviseren|0.9
p:twee weken|argumenteren|1.0
p:twee weken|bekritiseren|-0.94
p:twee weken|interpreteren|-0.5
p:twee weken|afronding-aankondigen|-0.98
p:twee weken|vervolgafspraak|0.96
p:twee weken|bedanken|-0.82
p:twee zorgen|gevoelsreflectie|-0.96
p:tweede is|afleiden|0.95
p:tweede klas|bekritiseren|-0.95
p:tweede klas|geruststellen|0.1
p:tweede klas|afleiden|-0.86
p:typisch zo'n|etiketteren|0.97
p:typische curlingouder|etiketteren|1.0
p:u ?|open-vraag|0.83
p:u aangrijpt|gevoelsreflectie|1.0
p:u ajax|ondervragen|-0.88
p:u alles|bekritiseren|1.73
p:u als|parafrase|-0.93
p:u als|gevoelsreflectie|-0.93
p:u als|open-vraag|0.92
p:u als|moraliseren|0.98
p:u als|bekritiseren|0.84
p:u alstublieft|waarschuwen|-0.95
p:u altijd|jij-boodschap|0.98
p:u altijd|bekritiseren|0.98
p:u bedoelt|parafrase|0.88
p:u bedoelt|bedanken|-1.0
p:u belt|samenvatting|0.81
p:u belt|afronding-aankondigen|0.97
p:u belt|bedanken|0.97
p:u bemoeit|jij-boodschap|0.91
p:u bemoeit|gevoelsreflectie|-0.83
p:u bemoeit|bekritiseren|0.98
p:u bent|ik-boodschap|-1.0
p:u bent|jij-boodschap|-0.19
p:u bent|gevoelsreflectie|1.55
p:u bent|samenvatting|0.89
p:u bent|bevelen|-0.97
p:u bent|waarschuwen|-1.93
p:u bent|argumenteren|-0.94
p:u bent|bekritiseren|0.58
p:u bent|prijzen|1.06
p:u bent|geruststellen|-1.93
p:u bent|ondervragen|0.34
p:u bent|afleiden|-1.91
p:u bent|bedanken|-0.2
p:u beschermt|interpreteren|0.89
p:u bespreken|vervolgafspraak|-0.9
p:u beter|jij-boodschap|1.0
p:u beter|bekritiseren|1.0
p:u boos|gevoelsreflectie|1.88
p:u boos|afleiden|0.95
p:u daar|open-vraag|0.95
p:u daar|afleiden|-0.95
p:u daartegenaan|jij-boodschap|-0.82
p:u daartegenaan|open-vraag|0.66
p:u daartegenaan|bekritiseren|-0.82
p:u daarvan|ik-boodschap|0.92
p:u daarvan|open-vraag|0.99
p:u dan|interpreteren|0.4
p:u dankbaar|bedanken|0.96
p:u dat|ik-boodschap|0.81
p:u dat|parafrase|0.95
p:u dat|open-vraag|1.5
p:u dat|bekritiseren|-0.96
p:u dat|prijzen|1.83
p:u dat|ondervragen|-0.73
p:u dat|afleiden|0.92
p:u dat|vervolgafspraak|0.94
p:u dat|bedanken|1.0
p:u de|ik-boodschap|-1.64
p:u de|parafrase|1.82
p:u de|ondervragen|0.74
p:u delen|open-vraag|0.97
p:u denkt|bekritiseren|1.73
p:u denkt|interpreteren|0.99
p:u denkt|geruststellen|0.93
p:u die|argumenteren|0.98
p:u dient|bevelen|0.86
p:u dinsdag|gevoelsreflectie|-1.0
p:u dinsdag|afronding-aankondigen|-1.0
p:u dit|jij-boodschap|-0.3
p:u dit|waarschuwen|0.76
p:u dit|bekritiseren|-0.57
p:u dit|geruststellen|-0.95
p:u dit|bedanken|0.99
p:u doen|waarschuwen|0.94
p:u doet|jij-boodschap|0.93
p:u doet|bekritiseren|0.93
p:u doet|geruststellen|1.85
p:u donderdag|afronding-aankondigen|-0.97
p:u donderdagmiddag|bedanken|-0.94
p:u door|waarschuwen|0.95
p:u drie|jij-boodschap|0.98
p:u drie|bekritiseren|0.81
p:u een|gevoelsreflectie|-1.0
p:u een|aanmoediging|-0.86
p:u een|adviseren|-1.0
p:u een|geruststellen|1.73
p:u een|bedanken|0.83
p:u eens|ik-boodschap|0.97
p:u eens|gevoelsreflectie|-0.98
p:u eens|afleiden|-0.94
p:u eerder|bekritiseren|-2.52
p:u eigenlijk|bekritiseren|0.96
p:u eindelijk|jij-boodschap|1.82
p:u eindelijk|bekritiseren|1.62
p:u eindelijk|prijzen|-0.99
p:u er|ik-boodschap|-0.91
p:u er|jij-boodschap|-2.65
p:u er|gevoelsreflectie|-0.91
p:u er|adviseren|0.95
p:u er|bekritiseren|-1.9
p:u er|ondervragen|0.85
p:u er|vervolgafspraak|-0.85
p:u erg|samenvatting|-0.96
p:u ervaart|gevoelsreflectie|-0.98
p:u ervaart|open-vraag|-0.98
p:u ervan|bekritiseren|-0.96
p:u gaat|bevelen|-0.97
p:u gaat|prijzen|0.95
p:u gaat|vervolgafspraak|-0.71
p:u gebeld|parafrase|0.99
p:u gebeld|prijzen|-0.99
p:u gebeurd|bekritiseren|-0.84
p:u geeft|parafrase|0.83
p:u gefrusteerd|parafrase|-0.99
p:u gegeven|ik-boodschap|-1.0
p:u gegeven|parafrase|1.0
p:u gekomen|prijzen|-0.95
p:u geschrokken|gevoelsreflectie|0.97
p:u geschrokken|argumenteren|0.76
p:u geschrokken|geruststellen|-0.97
p:u geïrriteerd|open-vraag|-0.97
p:u goed|gevoelsreflectie|0.98
p:u goed|samenvatting|-0.81
p:u haar|ik-boodschap|0.92
p:u had|gevoelsreflectie|-0.84
p:u halverwege|ik-boodschap|0.98
p:u hebben|gevoelsreflectie|-1.0
p:u hebben|samenvatting|-1.0
p:u hebt|bevelen|-0.99
p:u heeft|jij-boodschap|2.41
p:u heeft|parafrase|-0.93
p:u heeft|gevoelsreflectie|-0.9
p:u heeft|aanmoediging|-0.95
p:u heeft|moraliseren|-1.0
p:u heeft|argumenteren|0.85
p:u heeft|bekritiseren|0.63
p:u heeft|prijzen|-0.99
p:u heeft|interpreteren|-1.0
p:u heeft|vervolgafspraak|-0.59
p:u heeft|bedanken|-1.0
p:u heen|parafrase|-0.98
p:u heen|open-vraag|0.98
p:u heft|jij-boodschap|1.0
p:u helpen|gevoelsreflectie|-0.94
p:u helpt|jij-boodschap|-1.0
p:u hem|jij-boodschap|-0.98
p:u hem|bevelen|1.9
p:u hem|bekritiseren|0.8
p:u hem|prijzen|-0.96
p:u hem|interpreteren|0.76
p:u hem|ondervragen|-0.92
p:u het|jij-boodschap|-0.99
p:u het|parafrase|0.86
p:u het|open-vraag|0.95
p:u het|aanmoediging|1.84
p:u het|waarschuwen|-0.94
p:u het|bekritiseren|-0.82
p:u het|interpreteren|-0.62
p:u het|geruststellen|-0.92
p:u het|ondervragen|-1.97
p:u het|afleiden|-0.94
p:u het|afronding-aankondigen|-1.0
p:u het|vervolgafspraak|-0.33
p:u het|bedanken|-1.0
p:u hier|gevoelsreflectie|1.0
p:u hier|afronding-aankondigen|-1.0
p:u hoeft|jij-boodschap|-0.9
p:u hoeft|bekritiseren|-1.95
p:u hoeft|geruststellen|0.99
p:u hoog|gevoelsreflectie|1.0
p:u hoog|open-vraag|-1.0
p:u hoor|parafrase|1.92
p:u hoor|open-vraag|-0.92
p:u hoor|prijzen|-1.0
p:u iets|geruststellen|-0.89
p:u ik|gevoelsreflectie|-1.0
p:u ik|afronding-aankondigen|-1.0
p:u is|samenvatting|-0.97
p:u is|open-vraag|-0.94
p:u is|argumenteren|-1.0
p:u klinkt|parafrase|-1.85
p:u klinkt|gevoelsreflectie|0.99
p:u komt|prijzen|0.95
p:u kunt|adviseren|1.9
p:u kunt|geruststellen|0.92
p:u kwaad|bevelen|0.97
p:u laat|bevelen|-0.61
p:u laat|moraliseren|0.98
p:u laat|adviseren|-1.0
p:u laat|bekritiseren|-0.12
p:u leest|bekritiseren|0.93
p:u legt|interpreteren|0.85
p:u luistert|argumenteren|-0.98
p:u luistert|interpreteren|-0.89
p:u maakt|ik-boodschap|-0.92
p:u maakt|gevoelsreflectie|1.0
p:u maakt|vervolgafspraak|0.83
p:u maandag|adviseren|-0.78
p:u maandag|afronding-aankondigen|0.96
p:u maandag|vervolgafspraak|0.89
p:u mag|aanmoediging|0.95
p:u me|bevelen|1.0
p:u merkt|parafrase|0.91
p:u merkt|adviseren|0.91
p:u met|vervolgafspraak|-0.94
p:u meteen|gevoelsreflectie|-0.84
p:u midden|vervolgafspraak|-0.99
p:u mij|jij-boodschap|0.93
p:u mij|bekritiseren|0.93
p:u misschien|ik-boodschap|-1.0
p:u misschien|bevelen|-1.0
p:u misschien|adviseren|1.0
p:u misschien|etiketteren|-1.0
p:u moet|bevelen|1.84
p:u moet|argumenteren|0.98
p:u moeten|bekritiseren|0.82
p:u morgen|bevelen|-0.92
p:u morgen|waarschuwen|-0.73
p:u morgen|moraliseren|-0.95
p:u morgen|vervolgafspraak|0.85
p:u morgen|bedanken|-1.86
p:u nauwelijks|bekritiseren|0.95
p:u neemt|jij-boodschap|0.82
p:u neemt|moraliseren|-0.91
p:u neemt|bekritiseren|0.99
p:u niet|moraliseren|-0.93
p:u niet|adviseren|1.0
p:u niet|interpreteren|-0.86
p:u niet|geruststellen|-0.15
p:u niet|ondervragen|1.6
p:u niet|afleiden|0.96
p:u niets|bekritiseren|-3.59
p:u niks|jij-boodschap|1.32
p:u niks|samenvatting|-0.9
p:u niks|bekritiseren|1.61
p:u nodig|open-vraag|0.99
p:u nog|jij-boodschap|-0.89
p:u nog|open-vraag|-0.99
p:u nog|waarschuwen|0.91
p:u nou|jij-boodschap|-1.73
p:u nu|jij-boodschap|0.98
p:u nu|gevoelsreflectie|1.0
p:u nu|aanmoediging|-1.0
p:u nu|bevelen|0.93
p:u nu|adviseren|-0.88
p:u om|samenvatting|0.65
p:u om|bedanken|0.96
p:u omdat|bevelen|-0.87
p:u omdat|argumenteren|-0.98
p:u onderschat|waarschuwen|0.93
p:u ongeduldig|gevoelsreflectie|0.91
p:u ongerust|gevoelsreflectie|1.0
p:u ongerust|geruststellen|1.99
p:u op|vervolgafspraak|0.59
p:u op|bedanken|-0.92
p:u over|gevoelsreflectie|1.81
p:u over|adviseren|0.9
p:u over|vervolgafspraak|0.94
p:u over|bedanken|-0.82
p:u praat|samenvatting|0.65
p:u praat|bedanken|0.96
p:u precies|parafrase|-0.98
p:u projecteert|interpreteren|0.96
p:u raakt|open-vraag|0.98
p:u samen|prijzen|-0.98
p:u samen|geruststellen|-0.98
p:u schrikt|geruststellen|0.97
p:u snapt|ik-boodschap|-1.0
p:u snapt|prijzen|1.0
p:u snapt|geruststellen|-0.83
p:u tegen|parafrase|-1.0
p:u tegen|gevoelsreflectie|-1.0
p:u tegen|prijzen|-1.0
p:u teleurgestelt|aanmoediging|-0.99
p:u thuis|ik-boodschap|-0.88
p:u thuis|samenvatting|1.0
p:u thuis|adviseren|-0.1
p:u thuis|prijzen|1.0
p:u thuis|etiketteren|-1.0
p:u thuis|vervolgafspraak|1.0
p:u toch|jij-boodschap|0.95
p:u toch|parafrase|-0.95
p:u toch|waarschuwen|-0.99
p:u toch|etiketteren|0.93
p:u toen|samenvatting|-0.95
p:u toen|aanmoediging|0.91
p:u toen|bekritiseren|-0.96
p:u vandaag|gevoelsreflectie|-1.0
p:u vandaag|geruststellen|-1.0
p:u vast|prijzen|1.98
p:u veel|bekritiseren|-0.78
p:u verder|aanmoediging|0.99
p:u vergeet|adviseren|-0.9
p:u vergist|adviseren|-0.97
p:u vergist|argumenteren|0.97
p:u vertelde|geruststellen|-0.92
p:u vertelt|gevoelsreflectie|-0.92
p:u vindt|jij-boodschap|0.75
p:u vindt|parafrase|1.02
p:u vindt|gevoelsreflectie|-0.95
p:u vindt|waarschuwen|-0.94
p:u vindt|argumenteren|0.94
p:u vindt|bekritiseren|-0.97
p:u voelt|samenvatting|-0.61
p:u voelt|open-vraag|-0.99
p:u voelt|ondervragen|-1.0
p:u volgende|jij-boodschap|-1.0
p:u volgende|open-vraag|-0.98
p:u volgende|bekritiseren|-1.0
p:u volgende|vervolgafspraak|1.98
p:u voor|moraliseren|-0.98
p:u voor|bedanken|0.92
p:u vooral|gevoelsreflectie|0.91
p:u vrijdag|ik-boodschap|-0.97
p:u vrijdag|samenvatting|-0.94
p:u vrijdag|vervolgafspraak|0.41
p:u vroeger|interpreteren|0.89
p:u was|jij-boodschap|-0.71
p:u was|parafrase|-0.99
p:u was|adviseren|0.86
p:u was|prijzen|0.99
p:u weet|parafrase|-0.93
p:u weet|gevoelsreflectie|-0.93
p:u weet|moraliseren|0.93
p:u weet|argumenteren|-0.78
p:u weet|bekritiseren|-0.88
p:u wel|jij-boodschap|-1.0
p:u wel|gevoelsreflectie|-1.0
p:u wel|samenvatting|-0.13
p:u wel|bekritiseren|0.58
p:u wel|prijzen|-1.93
p:u wel|interpreteren|-0.66
p:u wel|geruststellen|-1.0
p:u wel|afronding-aankondigen|1.91
p:u wel|vervolgafspraak|-0.82
p:u wel|bedanken|1.11
p:u wilt|jij-boodschap|-1.26
p:u wilt|parafrase|-0.98
p:u wilt|gevoelsreflectie|0.94
p:u wilt|samenvatting|2.0
p:u wilt|open-vraag|-0.97
p:u wilt|waarschuwen|-0.73
p:u wilt|argumenteren|-0.94
p:u wilt|bekritiseren|-1.92
p:u wilt|interpreteren|-0.3
p:u wist|parafrase|1.0
p:u wist|samenvatting|0.96
p:u wist|open-vraag|-1.0
p:u wist|vervolgafspraak|-0.59
p:u zegt|jij-boodschap|-0.99
p:u zegt|parafrase|1.09
p:u zegt|samenvatting|-0.8
p:u zegt|argumenteren|0.98
p:u zegt|prijzen|-1.0
p:u zegt|interpreteren|-0.51
p:u zelf|bevelen|-0.87
p:u zelf|argumenteren|-0.98
p:u zelf|ondervragen|0.97
p:u zich|gevoelsreflectie|0.88
p:u zich|aanmoediging|-1.0
p:u zich|bevelen|-0.97
p:u zich|interpreteren|-0.5
p:u zich|geruststellen|0.14
p:u zich|bedanken|-1.0
p:u zijn|gevoelsreflectie|0.96
p:u zijn|open-vraag|-1.0
p:u zijn|aanmoediging|0.99
p:u zijn|argumenteren|-0.95
p:u zijn|ondervragen|1.0
p:u zijn|afronding-aankondigen|-0.85
p:u zit|interpreteren|-1.0
p:u zitten|waarschuwen|0.95
p:u zo|jij-boodschap|-0.92
p:u zo|parafrase|-1.0
p:u zo|gevoelsreflectie|-1.0
p:u zo|prijzen|1.0
p:u zo|bedanken|0.96
p:u zoekt|prijzen|-1.0
p:u zorgt|bekritiseren|0.99
p:u zou|moraliseren|0.79
p:u zou|adviseren|-0.84
p:uit ?|adviseren|0.83
p:uit de|ik-boodschap|1.0
p:uit de|parafrase|-1.0
p:uit de|open-vraag|0.78
p:uit de|bekritiseren|0.73
p:uit jezelf|ik-boodschap|0.98
p:uit marokko|interpreteren|-0.99
p:uit meekrijgen|ik-boodschap|-0.92
p:uit te|jij-boodschap|0.93
p:uit te|bevelen|1.0
p:uitdaging geven|interpreteren|0.66
p:uiterlijk maandag|bevelen|1.82
p:uitgelachen daar|ik-boodschap|0.92
p:uitgelachen daar|gevoelsreflectie|-0.92
p:uitlachen doe|moraliseren|0.8
p:uitleg en|open-vraag|0.99
p:uitleg niet|ik-boodschap|0.81
p:uitleg onderbreken|open-vraag|-0.67
p:uitleg voor|open-vraag|0.98
p:uitleggen waarom|ondervragen|-0.93
p:uitnodiging voor|ik-boodschap|-1.0
p:uitnodiging voor|argumenteren|-0.94
p:uitpraten alsjeblieft|bevelen|0.94
p:uitpraten luistert|bevelen|0.93
p:uitschelden doe|jij-boodschap|-1.7
p:uitschelden doe|moraliseren|2.35
p:uitschelden doe|bekritiseren|-1.8
p:uitzondering kunnen|argumenteren|0.98
p:uren dan|samenvatting|0.95
p:uren je|jij-boodschap|0.93
p:uur 's|jij-boodschap|0.75
p:uur 's|parafrase|-0.83
p:uur ?|ik-boodschap|-0.93
p:uur beneden|parafrase|0.91
p:uur beneden|adviseren|0.91
p:uur dicht|vervolgafspraak|-0.94
p:uur doorgeven|ik-boodschap|0.96
p:uur doorgeven|waarschuwen|-0.96
p:uur even|adviseren|-0.78
p:uur in|bevelen|-1.0
p:uur in|moraliseren|1.0
p:uur in|adviseren|-0.8
p:uur in|argumenteren|-1.0
p:uur leren|moraliseren|-0.86
p:uur leren|geruststellen|-1.0
p:uur met|vervolgafspraak|0.99
p:uur nablijven|moraliseren|-1.0
p:uur nablijven|argumenteren|1.0
p:uur niet|ik-boodschap|0.99
p:uur per|jij-boodschap|-1.0
p:uur praten|afronding-aankondigen|-0.93
p:uur uit|adviseren|0.83
p:uur werkt|moraliseren|-0.98
p:uur werkt|argumenteren|0.98
p:uur zie|vervolgafspraak|0.93
p:uur zit|ondervragen|0.69
p:uw dochter|jij-boodschap|-0.84
p:uw dochter|gevoelsreflectie|-0.97
p:uw dochter|bevelen|-0.88
p:uw dochter|vervolgafspraak|-0.99
p:uw eerlijkheid|bedanken|0.98
p:uw eigen|waarschuwen|-0.92
p:uw eigen|moraliseren|-0.94
p:uw eigen|argumenteren|-0.89
p:uw eigen|interpreteren|0.96
p:uw ervaring|prijzen|0.99
p:uw geduld|aanmoediging|-0.98
p:uw geweldige|bekritiseren|0.92
p:uw geweldige|bedanken|-1.81
p:uw komst|samenvatting|0.95
p:uw komst|afronding-aankondigen|-0.22
p:uw komst|bedanken|0.92
p:uw mail|gevoelsreflectie|-0.83
p:uw mail|bekritiseren|0.98
p:uw mails|open-vraag|-0.87
p:uw man|ik-boodschap|0.81
p:uw plicht|waarschuwen|-1.0
p:uw plicht|moraliseren|1.0
p:uw plicht|interpreteren|-1.0
p:uw taak|argumenteren|-0.98
p:uw telefoon|vervolgafspraak|-0.99
p:uw tijd|samenvatting|0.65
p:uw tijd|moraliseren|-0.98
p:uw tijd|bekritiseren|-0.89
p:uw tijd|bedanken|0.96
p:uw vakantie|ondervragen|-0.96
p:uw vraag|bevelen|-0.95
p:uw vraag|geruststellen|-0.46
p:uw zoon|ik-boodschap|-0.9
p:uw zoon|jij-boodschap|0.84
p:uw zoon|etiketteren|-0.96
p:vaak alleen|ik-boodschap|-1.92
p:vaak alleen|waarschuwen|-0.99
p:vaak alleen|interpreteren|-0.83
p:vaak als|adviseren|0.99
p:vaak discussie|jij-boodschap|-0.98
p:vaak over|parafrase|0.83
p:vaak thuis|parafrase|-1.0
p:vaak ziek|adviseren|-0.92
p:vaart zal|geruststellen|0.93
p:vader bent|geruststellen|-0.83
p:vader dus|ik-boodschap|-1.0
p:vader dus|prijzen|1.0
p:vader en|parafrase|0.95
p:vader het|moraliseren|0.79
p:vader het|adviseren|-0.84
p:vader komt|bevelen|-1.77
p:vader vanavond|vervolgafspraak|0.81
p:vak heb|open-vraag|-0.92
p:vakantie ?|open-vraag|-0.99
p:vakantie ?|prijzen|-0.83
p:vakantie ?|ondervragen|-0.96
p:vakdocenten praat|samenvatting|1.0
p:vakdocenten praat|adviseren|-1.0
p:vakdocenten praat|vervolgafspraak|1.0
p:vaker blijven|geruststellen|-0.7
p:vaker hardop|adviseren|0.97
p:vaker naar|gevoelsreflectie|-0.99
p:vaker zelf|ondervragen|-0.99
p:vakken ?|parafrase|1.0
p:vakken ?|open-vraag|1.0
p:valt allemaal|geruststellen|0.94
p:valt allemaal|afleiden|-0.93
p:valt heus|moraliseren|-0.98
p:valt me|ik-boodschap|-0.9
p:valt niet|ik-boodschap|-0.96
p:valt niet|gevoelsreflectie|0.97
p:valt niet|argumenteren|1.71
p:valt niet|geruststellen|-0.97
p:van 3|ik-boodschap|-0.93
p:van ?|jij-boodschap|-0.32
p:van ?|bekritiseren|-0.63
p:van aan|etiketteren|-0.99
p:van baalt|gevoelsreflectie|0.91
p:van bij|bekritiseren|-0.99
p:van dat|ik-boodschap|0.97
p:van dat|gevoelsreflectie|-0.19
p:van dat|moraliseren|-0.81
p:van de|waarschuwen|0.91
p:van de|moraliseren|0.9
p:van de|argumenteren|0.95
p:van de|prijzen|1.83
p:van de|etiketteren|-1.8
p:van de|vervolgafspraak|-0.59
p:van die|jij-boodschap|0.98
p:van die|bekritiseren|-0.99
p:van die|etiketteren|0.99
p:van drie|etiketteren|-0.94
p:van een|ik-boodschap|0.81
p:van een|open-vraag|0.94
p:van een|etiketteren|0.97
p:van een|geruststellen|-0.94
p:van engels|moraliseren|-0.95
p:van engels|vervolgafspraak|0.85
p:van engels|bedanken|-0.95
p:van gemengde|adviseren|-0.89
p:van geschrokken|ik-boodschap|-0.13
p:van haar|bevelen|1.0
p:van haar|interpreteren|-1.0
p:van haar|geruststellen|-1.0
p:van harte|bedanken|-0.97
p:van het|prijzen|0.99
p:van het|afleiden|0.91
p:van huis|ik-boodschap|-0.92
p:van in|jij-boodschap|-0.96
p:van je|ik-boodschap|-0.91
p:van je|jij-boodschap|0.23
p:van je|samenvatting|0.91
p:van je|open-vraag|0.91
p:van je|bekritiseren|0.99
p:van jesse|ik-boodschap|0.93
p:van jesse|bekritiseren|-0.55
p:van klas|interpreteren|-0.96
p:van ligt|ik-boodschap|-0.89
p:van maakt|prijzen|-0.99
p:van maakt|etiketteren|0.99
p:van mees|ik-boodschap|-1.0
p:van mees|argumenteren|-1.0
p:van merken|afleiden|-0.95
p:van mij|jij-boodschap|0.97
p:van mij|bekritiseren|1.52
p:van ondersteboven|waarschuwen|-0.99
p:van ons|afronding-aankondigen|0.97
p:van school|jij-boodschap|0.89
p:van school|parafrase|0.99
p:van school|bekritiseren|0.93
p:van school|prijzen|-0.99
p:van school|ondervragen|-0.83
p:van te|jij-boodschap|1.0
p:van te|bekritiseren|1.0
p:van te|geruststellen|0.51
p:van te|afleiden|-0.51
p:van tevoren|bekritiseren|-0.97
p:van tijd|geruststellen|0.86
p:van twaalf|bevelen|-1.0
p:van twaalf|moraliseren|1.0
p:van twaalf|argumenteren|-1.0
p:van u|jij-boodschap|-1.71
p:van u|parafrase|0.92
p:van u|open-vraag|-0.92
p:van u|bekritiseren|1.4
p:van uw|gevoelsreflectie|-0.97
p:van vakantie|afronding-aankondigen|-0.98
p:van vakantie|vervolgafspraak|-1.77
p:van vorige|ondervragen|1.44
p:van wat|ik-boodschap|0.9
p:van wat|jij-boodschap|0.93
p:van wat|bekritiseren|0.93
p:van wie|bekritiseren|-0.96
p:van wordt|parafrase|-0.89
p:van wordt|gevoelsreflectie|1.0
p:van wordt|afronding-aankondigen|-1.0
p:van wordt|vervolgafspraak|-1.0
p:van zijn|ik-boodschap|0.98
p:van zijn|jij-boodschap|-1.0
p:van zijn|samenvatting|-0.96
p:van zijn|bekritiseren|-1.94
p:van zijn|interpreteren|1.0
p:van zo'n|gevoelsreflectie|-1.0
p:van zo'n|adviseren|-1.0
p:vanaf morgen|bevelen|0.19
p:vanaf morgen|argumenteren|-0.98
p:vanaf nu|waarschuwen|0.91
p:vanaf vandaag|bevelen|1.0
p:vanavond even|vervolgafspraak|0.81
p:vanavond nog|waarschuwen|-0.99
p:vandaag bent|gevoelsreflectie|-1.0
p:vandaag bent|geruststellen|-1.0
p:vandaag bij|ik-boodschap|-0.99
p:vandaag bij|afronding-aankondigen|0.86
p:vandaag bij|vervolgafspraak|-0.99
p:vandaag bij|bedanken|0.95
p:vandaag een|samenvatting|-1.0
p:vandaag een|aanmoediging|-1.0
p:vandaag een|moraliseren|-1.0
p:vandaag een|afleiden|-1.0
p:vandaag een|vervolgafspraak|-1.0
p:vandaag gewoon|bevelen|1.0
p:vandaag hè|afleiden|0.6
p:vandaag ik|bedanken|-0.9
p:vandaag je|ik-boodschap|-0.88
p:vandaag je|bevelen|-1.0
p:vandaag je|bekritiseren|-1.0
p:vandaag stoppen|ik-boodschap|0.97
p:vandaag wilden|bedanken|1.0
p:vandaan ?|gevoelsreflectie|1.0
p:vandaan ?|samenvatting|-1.0
p:vandaan ?|open-vraag|1.0
p:vanmiddag gewoon|bevelen|1.6
p:vanzelf over|interpreteren|0.33
p:vanzelf over|geruststellen|0.83
p:vanzelf wel|geruststellen|0.98
p:vanzelf wel|afleiden|-0.96
p:vast aanspreekpunt|samenvatting|0.98
p:vast aanspreekpunt|afronding-aankondigen|-0.71
p:vast akkoord|vervolgafspraak|-0.71
p:vast doordat|argumenteren|-0.99
p:vast doordat|interpreteren|0.88
p:vast geen|prijzen|0.98
p:vast goed|waarschuwen|-0.94
p:vast goed|prijzen|-0.93
p:vast goed|geruststellen|0.92
p:vast huiswerkmoment|prijzen|-0.98
p:vast huiswerkmoment|geruststellen|-0.98
p:vast meteen|prijzen|0.99
p:vast ook|jij-boodschap|-0.3
p:vast ook|parafrase|-1.0
p:vast ook|gevoelsreflectie|-1.0
p:vast ook|prijzen|1.99
p:vast ook|bedanken|-1.0
p:vast wel|ik-boodschap|-1.0
p:vast wel|jij-boodschap|-0.95
p:vast wel|bekritiseren|-0.95
p:vast wel|prijzen|1.94
p:vast wel|geruststellen|-0.92
p:vaste huiswerktijd|parafrase|-0.99
p:vaste huiswerktijd|adviseren|0.9
p:vaste schermtijd|adviseren|0.99
p:vaste schermtijd|etiketteren|-0.99
p:vatten hij|jij-boodschap|-0.93
p:vatten hij|waarschuwen|-0.99
p:veel beschermt|jij-boodschap|-0.98
p:veel beschermt|bekritiseren|-0.98
p:veel en|open-vraag|0.78
p:veel huilt|gevoelsreflectie|-0.92
p:veel in|ik-boodschap|-0.9
p:veel inhalen|ik-boodschap|0.99
p:veel interesse|bekritiseren|-0.78
p:veel kinderen|afleiden|-0.96
p:veel met|jij-boodschap|0.91
p:veel te|jij-boodschap|0.91
p:veel te|bekritiseren|0.83
p:veilig voelt|gevoelsreflectie|-1.0
p:ver laten|jij-boodschap|0.92
p:vera de|ik-boodschap|1.0
p:vera de|parafrase|-1.0
p:verantwoordelijkheid dat|moraliseren|0.95
p:verantwoordelijkheid geeft|prijzen|-0.88
p:verantwoordelijkheid niet|moraliseren|-0.91
p:verantwoordelijkheid te|bevelen|-0.93
p:verantwoordelijkheid te|moraliseren|0.93
p:verbergen dat|interpreteren|1.47
p:verbouwing ?|open-vraag|-0.93
p:verbouwing ?|afleiden|0.93
p:verder ?|open-vraag|-0.97
p:verder ?|aanmoediging|0.92
p:verder ?|afleiden|-1.0
p:verder en|open-vraag|-0.93
p:verder gaan|afleiden|0.87
p:verder ik|ik-boodschap|-0.84
p:verder met|ik-boodschap|-0.96
p:verder met|vervolgafspraak|0.96
p:verder praten|afronding-aankondigen|1.0
p:verder praten|vervolgafspraak|0.91
p:verdriet dat|bekritiseren|-0.99
p:verdrietig bij|gevoelsreflectie|1.87
p:verdrietig bij|ondervragen|-0.97
p:verdrietig van|parafrase|-0.89
p:verdrietig van|gevoelsreflectie|-0.96
p:verdrietig van|moraliseren|-0.81
p:verdrietig voor|aanmoediging|0.99
p:vergeet dat|adviseren|-0.9
p:vergeet kan|ik-boodschap|0.93
p:vergeet kan|vervolgafspraak|-0.79
p:vergeet want|vervolgafspraak|0.8
p:vergeten waardoor|ik-boodschap|0.87
p:vergeten waardoor|gevoelsreflectie|-0.91
p:vergist je|ik-boodschap|-0.98
p:vergist je|argumenteren|0.99
p:vergist zich|adviseren|-0.97
p:vergist zich|argumenteren|0.97
p:verjaardag ?|ondervragen|-0.99
p:verjaardag van|gevoelsreflectie|-0.97
p:verkeerd doet|geruststellen|-0.89
p:verkeerd gedaan|jij-boodschap|-1.81
p:verkeerd gedaan|bekritiseren|-1.56
p:verkeerd gelezen|samenvatting|-0.93
p:verklaard en|samenvatting|-0.92
p:verliest u|waarschuwen|-0.94
p:verpest de|jij-boodschap|1.86
p:verpest de|waarschuwen|0.99
p:verpest de|bekritiseren|1.48
p:verpest het|waarschuwen|-0.96
p:verplaatsen en|vervolgafspraak|-0.93
p:verpleegkundige ziet|prijzen|0.99
p:verschil denk|parafrase|-0.95
p:verschil denk|samenvatting|0.95
p:verschil van|geruststellen|-0.94
p:verslag binnengekregen|ik-boodschap|0.93
p:verslag binnengekregen|bekritiseren|-0.55
p:verstaan en|geruststellen|-0.99
p:verstandig om|adviseren|0.89
p:verstandige vader|ik-boodschap|-1.0
p:verstandige vader|prijzen|1.0
p:vertel eens|aanmoediging|-0.79
p:vertel eens|adviseren|-0.95
p:verteld ?|samenvatting|-0.96
p:verteld over|parafrase|-0.98
p:verteld wat|open-vraag|-0.82
p:vertelde dat|jij-boodschap|-0.98
p:vertelde dat|argumenteren|-0.68
p:vertelde dat|geruststellen|-0.92
p:vertelt anouk|afronding-aankondigen|-0.89
p:vertelt dank|gevoelsreflectie|1.0
p:vertelt dank|afronding-aankondigen|-1.0
p:vertelt dank|vervolgafspraak|-1.0
p:vertelt dat|gevoelsreflectie|-0.92
p:vertelt u|gevoelsreflectie|-0.98
p:vertelt u|aanmoediging|0.99
p:vertrouwenspersoon er|vervolgafspraak|0.95
p:verveelt zich|interpreteren|0.66
p:vervelend dat|ik-boodschap|1.0
p:vervelend hoe|open-vraag|1.84
p:verwacht dat|gevoelsreflectie|-0.84
p:verwoorden mevrouw|prijzen|0.99
p:verzuim en|ik-boodschap|-0.97
p:verzuim en|jij-boodschap|-0.94
p:verzuim en|bekritiseren|-0.47
p:verzuim en|vervolgafspraak|0.41
p:verzuim en|bedanken|-0.97
p:verzuim het|argumenteren|0.79
p:verzuim in|samenvatting|0.81
p:verzuim in|afronding-aankondigen|0.97
p:verzuim in|bedanken|0.97
p:verzuim je|bekritiseren|-0.97
p:verzuim niet|waarschuwen|0.98
p:verzuim zijn|argumenteren|-0.85
p:via een|parafrase|0.91
p:via een|interpreteren|-0.66
p:vier dagen|samenvatting|-0.65
p:vier uur|jij-boodschap|-1.0
p:vier uur|gevoelsreflectie|-0.89
p:vierde klas|ik-boodschap|-0.96
p:vierde uur|adviseren|-0.78
p:vijf is|argumenteren|0.92
p:vijf keer|argumenteren|-1.0
p:vijf minuten|vervolgafspraak|-0.94
p:vind dat|ik-boodschap|-0.27
p:vind dat|jij-boodschap|0.97
p:vind dat|parafrase|-1.0
p:vind dat|gevoelsreflectie|-1.93
p:vind dat|samenvatting|-1.0
p:vind dat|open-vraag|-1.0
p:vind dat|aanmoediging|-1.0
p:vind dat|bevelen|-1.0
p:vind dat|waarschuwen|-1.0
p:vind dat|moraliseren|-1.0
p:vind dat|adviseren|-1.0
p:vind dat|argumenteren|-1.0
p:vind dat|bekritiseren|1.02
p:vind dat|prijzen|-1.0
p:vind dat|etiketteren|-1.0
p:vind dat|interpreteren|-1.0
p:vind dat|geruststellen|-1.0
p:vind dat|ondervragen|-1.0
p:vind dat|afleiden|-1.0
p:vind dat|afronding-aankondigen|-1.0
p:vind dat|vervolgafspraak|-1.0
p:vind dat|bedanken|-1.0
p:vind dit|ik-boodschap|-0.91
p:vind dit|bekritiseren|0.45
p:vind het|ik-boodschap|1.91
p:vind het|jij-boodschap|0.23
p:vind het|gevoelsreflectie|0.9
p:vind ik|ik-boodschap|1.87
p:vind ik|gevoelsreflectie|-0.91
p:vind ik|open-vraag|0.97
p:vind ik|waarschuwen|-0.99
p:vind ik|argumenteren|-0.8
p:vind ik|ondervragen|-0.93
p:vind ik|afronding-aankondigen|1.0
p:vind is|ik-boodschap|1.0
p:vind is|parafrase|-1.0
p:vind jij|jij-boodschap|-0.32
p:vind jij|bekritiseren|-0.63
p:vinden jullie|prijzen|0.98
p:vindt de|ik-boodschap|-0.94
p:vindt de|open-vraag|-0.83
p:vindt dus|gevoelsreflectie|-0.95
p:vindt het|jij-boodschap|1.68
p:vindt het|waarschuwen|-0.94
p:vindt het|argumenteren|0.94
p:vindt het|bekritiseren|0.86
p:vindt maar|adviseren|0.96
p:vindt om|gevoelsreflectie|0.95
p:vindt om|bekritiseren|-0.82
p:vindt u|gevoelsreflectie|-1.0
p:vindt u|open-vraag|1.04
p:vindt u|prijzen|1.0
p:vindt u|interpreteren|0.92
p:vindt u|bedanken|-1.0
p:visser je|open-vraag|0.94
p:vmbo t|parafrase|-1.0
p:vmbo t|gevoelsreflectie|-1.0
p:vmbo t|prijzen|-1.0
p:voel aan|gevoelsreflectie|1.0
p:voel aan|open-vraag|-1.0
p:voel dat|gevoelsreflectie|-0.9
p:voel ik|ik-boodschap|0.71
p:voel jij|jij-boodschap|-1.0
p:voel jij|open-vraag|1.0
p:voel jij|bekritiseren|-1.0
p:voel me|ik-boodschap|-0.98
p:voelen als|gevoelsreflectie|0.9
p:voelt ?|open-vraag|0.99
p:voelt door|parafrase|0.88
p:voelt in|ik-boodschap|-0.95
p:voelt je|gevoelsreflectie|1.0
p:voelt omdat|bedanken|-1.0
p:voelt over|gevoelsreflectie|-0.95
p:voelt u|open-vraag|-0.87
p:voelt wat|gevoelsreflectie|1.0
p:voelt wat|aanmoediging|-1.0
p:voelt zich|parafrase|-0.91
p:voelt zich|samenvatting|1.26
p:voelt zich|open-vraag|-0.99
p:voelt zich|ondervragen|-1.0
p:voetbal zit|samenvatting|-0.81
p:voetbalwedstrijd zaterdag|open-vraag|-1.76
p:voetbalwedstrijd zaterdag|afleiden|0.96
p:vol ?|gevoelsreflectie|0.93
p:voldoende maar|argumenteren|-0.85
p:voldoendes zo|waarschuwen|-0.86
p:voldoendes zo|argumenteren|0.55
p:volgen er|bekritiseren|-0.97
p:volgend jaar|jij-boodschap|-0.94
p:volgend jaar|waarschuwen|0.99
p:volgend jaar|moraliseren|-0.98
p:volgend jaar|bekritiseren|-0.47
p:volgende gesprek|vervolgafspraak|-0.94
p:volgende keer|vervolgafspraak|1.74
p:volgende maand|afleiden|0.9
p:volgende ouders|afronding-aankondigen|1.0
p:volgende ouders|vervolgafspraak|-1.85
p:volgende punt|moraliseren|-0.53
p:volgende punt|bekritiseren|-0.91
p:volgende week|jij-boodschap|-1.0
p:volgende week|samenvatting|0.89
p:volgende week|open-vraag|-0.98
p:volgende week|argumenteren|-0.94
p:volgende week|bekritiseren|-1.0
p:volgende week|afleiden|-0.91
p:volgende week|afronding-aankondigen|-0.97
p:volgende week|vervolgafspraak|3.01
p:volgens de|bevelen|-1.0
p:volgens de|geruststellen|-1.0
p:volgens het|parafrase|-1.0
p:volgens het|argumenteren|1.0
p:volgens het|interpreteren|-1.0
p:volgens het|ondervragen|-1.0
p:volgens jou|parafrase|-1.0
p:volgens jou|gevoelsreflectie|-0.74
p:volgens jou|argumenteren|-1.0
p:volgens jou|geruststellen|-1.0
p:volgens jou|afleiden|-0.69
p:volgens mij|samenvatting|-1.0
p:volgens mij|interpreteren|1.32
p:volgens mij|vervolgafspraak|-1.0
p:volgens u|parafrase|0.99
p:volgens u|gevoelsreflectie|-0.94
p:volgens u|samenvatting|-0.97
p:volgens u|open-vraag|0.88
p:volgens u|argumenteren|-1.0
p:volgens u|bekritiseren|-0.84
p:volgens u|prijzen|-0.99
p:volgt een|waarschuwen|1.0
p:volgt een|moraliseren|-1.0
p:volgt een|argumenteren|1.0
p:volgt er|moraliseren|0.94
p:volwassen dus|prijzen|0.94
p:vond dat|bekritiseren|0.59
p:vond het|ik-boodschap|1.93
p:vond hij|afleiden|0.91
p:vond ik|samenvatting|-0.65
p:voor aardrijkskunde|ik-boodschap|0.92
p:voor aardrijkskunde|jij-boodschap|-0.92
p:voor aardrijkskunde|bekritiseren|-0.89
p:voor biologie|ik-boodschap|0.93
p:voor biologie|bekritiseren|-0.55
p:voor biologie|afleiden|0.84
p:voor dat|argumenteren|0.8
p:voor dat|bekritiseren|0.99
p:voor dat|vervolgafspraak|0.91
p:voor dat|bedanken|-0.99
p:voor de|ik-boodschap|-1.02
p:voor de|gevoelsreflectie|0.99
p:voor de|moraliseren|-0.26
p:voor de|prijzen|-0.83
p:voor de|afleiden|-0.93
p:voor dit|samenvatting|-0.95
p:voor dit|afronding-aankondigen|-0.84
p:voor dit|bedanken|0.9
p:voor elkaar|moraliseren|0.92
p:voor engels|ik-boodschap|-0.99
p:voor engels|open-vraag|0.95
p:voor engels|adviseren|-0.99
p:voor engels|argumenteren|-0.99
p:voor engels|etiketteren|-0.93
p:voor finn|open-vraag|-0.93
p:voor fleur|samenvatting|0.96
p:voor fleur|vervolgafspraak|-0.59
p:voor frans|samenvatting|0.97
p:voor frans|prijzen|-0.97
p:voor frans|vervolgafspraak|-0.63
p:voor geloof|ik-boodschap|-0.82
p:voor haar|parafrase|-0.82
p:voor haar|open-vraag|-0.99
p:voor half|samenvatting|0.81
p:voor half|afronding-aankondigen|0.97
p:voor half|bedanken|0.97
p:voor hem|ik-boodschap|0.99
p:voor hem|open-vraag|0.99
p:voor het|samenvatting|-0.94
p:voor het|afleiden|-1.0
p:voor het|afronding-aankondigen|-1.7
p:voor het|bedanken|1.77
p:voor iedereen|waarschuwen|-0.96
p:voor iedereen|argumenteren|0.98
p:voor ingezet|jij-boodschap|1.0
p:voor je|ik-boodschap|0.87
p:voor je|gevoelsreflectie|-0.11
p:voor je|open-vraag|-0.98
p:voor je|bekritiseren|1.83
p:voor je|interpreteren|-0.75
p:voor je|afleiden|-0.95
p:voor je|bedanken|-0.98
p:voor jou|ik-boodschap|0.73
p:voor jou|open-vraag|0.98
p:voor natuurkunde|jij-boodschap|-0.98
p:voor natuurkunde|argumenteren|0.98
p:voor natuurkunde|bekritiseren|-0.98
p:voor nederlands|gevoelsreflectie|-0.97
p:voor nederlands|waarschuwen|-0.92
p:voor nederlands|bekritiseren|-0.97
p:voor nu|afronding-aankondigen|1.84
p:voor nu|vervolgafspraak|0.87
p:voor nu|bedanken|-0.94
p:voor twee|samenvatting|-0.95
p:voor u|gevoelsreflectie|0.96
p:voor u|waarschuwen|0.94
p:voor u|argumenteren|-0.95
p:voor uw|samenvatting|1.61
p:voor uw|aanmoediging|-0.98
p:voor uw|moraliseren|-0.98
p:voor uw|afronding-aankondigen|-0.22
p:voor uw|bedanken|1.05
p:voor vandaag|afronding-aankondigen|0.86
p:voor vandaag|vervolgafspraak|-0.99
p:voor vmbo|parafrase|-1.0
p:voor vmbo|gevoelsreflectie|-1.0
p:voor vmbo|prijzen|-1.0
p:voor volgend|jij-boodschap|-0.94
p:voor volgend|bekritiseren|-0.47
p:voor volgende|gevoelsreflectie|0.94
p:voor volgende|samenvatting|-0.69
p:voor volgende|argumenteren|-0.94
p:voor volgende|afleiden|-0.91
p:voor volgende|vervolgafspraak|-0.86
p:voor wat|parafrase|0.98
p:voor wat|geruststellen|-0.99
p:voor wiskunde|jij-boodschap|-0.98
p:voor wiskunde|argumenteren|0.25
p:voor wiskunde|bekritiseren|-0.98
p:voor woorden|argumenteren|-0.73
p:vooral angst|interpreteren|0.63
p:vooral bij|parafrase|1.0
p:vooral bij|open-vraag|1.0
p:vooral de|parafrase|0.9
p:vooral de|samenvatting|-0.9
p:vooral nog|gevoelsreflectie|0.91
p:vooral omdat|prijzen|-1.0
p:vooral omdat|interpreteren|1.0
p:vooral online|parafrase|-0.91
p:vooral online|samenvatting|0.91
p:voorbeeld geven|gevoelsreflectie|-1.0
p:voorbeeld geven|adviseren|-1.0
p:voorbeeld moeten|moraliseren|0.79
p:voorbeeld moeten|adviseren|-0.84
p:voorstel van|prijzen|0.99
p:voorstellen dat|ik-boodschap|-0.91
p:voorstellen dat|parafrase|-0.89
p:voorstellen dat|gevoelsreflectie|0.95
p:voorstellen dat|open-vraag|-0.84
p:vooruitkijken naar|samenvatting|-1.0
p:vorig jaar|aanmoediging|-0.79
p:vorige week|jij-boodschap|0.94
p:vorige week|parafrase|-1.0
p:vorige week|samenvatting|-0.65
p:vorige week|bekritiseren|0.94
p:vorige week|ondervragen|1.44
p:vos ik|etiketteren|-0.91
p:vos ik|vervolgafspraak|-0.8
p:vraag en|samenvatting|-0.97
p:vraag ga|bevelen|0.9
p:vraag ga|bekritiseren|0.9
p:vraag je|adviseren|0.88
p:vraag maar|geruststellen|-0.46
p:vraag niet|ik-boodschap|0.93
p:vragen bijvoorbeeld|adviseren|0.97
p:vragen hoe|bekritiseren|-0.94
p:vreselijk aan|bekritiseren|1.61
p:vrienden heeft|samenvatting|-0.93
p:vrienden van|ik-boodschap|-0.91
p:vrienden van|samenvatting|0.91
p:vrienden van|open-vraag|0.91
p:vriendin praten|prijzen|-0.98
p:vriendinnen van|ik-boodschap|-0.94
p:vries docent|bevelen|-0.94
p:vries niet|gevoelsreflectie|-1.0
p:vrijdag even|vervolgafspraak|0.99
p:vrijdag hoor|vervolgafspraak|-0.93
p:vrijdag kijken|samenvatting|0.94
p:vrijdag niet|argumenteren|-0.42
p:vrijdag om|ik-boodschap|-0.97
p:vrijdag om|samenvatting|-0.94
p:vrijdag om|vervolgafspraak|0.41
p:vrijdag op|bekritiseren|-0.98
p:vrijdagmiddag nablijven|waarschuwen|0.96
p:vrijheid geven|interpreteren|-0.9
p:vroeger ook|jij-boodschap|-0.99
p:vroeger zelf|interpreteren|0.89
p:vrolijke jongen|etiketteren|-0.9
p:vrouw als|prijzen|0.99
p:waait wel|afleiden|-0.53
p:waar de|ik-boodschap|1.0
p:waar de|jij-boodschap|-0.96
p:waar hij|ik-boodschap|0.84
p:waar hij|vervolgafspraak|-0.98
p:waar komt|gevoelsreflectie|1.0
p:waar komt|samenvatting|-1.0
p:waar komt|open-vraag|1.0
p:waar maakt|gevoelsreflectie|-0.98
p:waar was|ik-boodschap|-0.93
p:waar was|bekritiseren|-0.97
p:waar was|afleiden|-0.96
p:waardeer het|bedanken|0.77
p:waardoor het|ik-boodschap|-1.0
p:waardoor het|argumenteren|-1.0
p:waardoor ik|ik-boodschap|1.86
p:waardoor ik|bekritiseren|-0.55
p:waardoor je|ik-boodschap|1.78
p:waardoor je|gevoelsreflectie|-0.91
p:waardoor je|open-vraag|-0.91
p:waarom belt|adviseren|-0.88
p:waarom ben|ik-boodschap|-0.93
p:waarom ben|adviseren|-0.99
p:waarom ben|ondervragen|0.99
p:waarom bent|jij-boodschap|-1.68
p:waarom bent|bekritiseren|-0.93
p:waarom bent|ondervragen|0.85
p:waarom denkt|ondervragen|-1.67
p:waarom heb|gevoelsreflectie|0.93
p:waarom heb|ondervragen|0.93
p:waarom heeft|adviseren|-0.88
p:waarom heeft|ondervragen|2.91
p:waarom ik|ondervragen|-0.93
p:waarom is|open-vraag|-0.86
p:waarom is|ondervragen|1.83
p:waarom kom|jij-boodschap|0.78
p:waarom kom|ondervragen|-0.84
p:waarom laat|ondervragen|-0.98
p:waarom meldt|ondervragen|-0.93
p:waarom niet|bekritiseren|0.96
p:waarom probeert|adviseren|1.0
p:waarom probeert|ondervragen|-0.98
p:waarom vraag|adviseren|0.88
p:waarom was|ondervragen|0.99
p:waarom zet|adviseren|0.83
p:waarschuw u|waarschuwen|0.76
p:wacht wel|bevelen|-0.89
p:wakker van|ik-boodschap|-0.89
p:wakker van|geruststellen|0.51
p:wakker van|afleiden|-0.51
p:wanneer bram|open-vraag|-0.67
p:wanneer de|ik-boodschap|-0.19
p:wanneer de|argumenteren|-1.0
p:wanneer heeft|bekritiseren|-0.96
p:wanneer het|waarschuwen|0.96
p:wanneer is|ondervragen|-0.99
p:wanneer je|ik-boodschap|1.0
p:wanneer jullie|ik-boodschap|0.96
p:wanneer jullie|waarschuwen|-0.96
p:wanneer jullie|geruststellen|-0.99
p:wanneer u|vervolgafspraak|-0.99
p:want dan|ik-boodschap|0.93
p:want dan|vervolgafspraak|0.8
p:want de|samenvatting|-1.0
p:want hamza|open-vraag|-0.99
p:want het|open-vraag|-1.0
p:want het|argumenteren|1.0
p:want het|etiketteren|-1.0
p:want hij|ik-boodschap|-0.9
p:want ik|afleiden|-1.0
p:want je|jij-boodschap|-1.0
p:want je|argumenteren|-0.68
p:want nu|ik-boodschap|1.0
p:want we|open-vraag|-0.93
p:want ze|open-vraag|0.97
p:want zo|ik-boodschap|1.88
p:waren dank|bekritiseren|-0.94
p:was behoorlijk|jij-boodschap|-0.71
p:was behoorlijk|bekritiseren|0.95
p:was de|ik-boodschap|-0.99
p:was de|gevoelsreflectie|-0.97
p:was deze|adviseren|-0.9
p:was dit|bekritiseren|-0.66
p:was dus|argumenteren|0.96
p:was er|ik-boodschap|-0.93
p:was er|argumenteren|0.98
p:was gevallen|ik-boodschap|1.94
p:was het|open-vraag|1.0
p:was het|moraliseren|-1.0
p:was het|interpreteren|-1.0
p:was het|ondervragen|-1.0
p:was het|afleiden|1.0
p:was hij|bekritiseren|-1.94
p:was hij|afleiden|-0.96
p:was in|bekritiseren|-0.71
p:was je|ik-boodschap|-0.93
p:was je|open-vraag|-1.76
p:was je|ondervragen|0.99
p:was je|afleiden|0.96
p:was kan|vervolgafspraak|-0.93
p:was maar|samenvatting|-0.88
p:was maar|argumenteren|0.95
p:was mis|waarschuwen|-0.99
p:was niet|bekritiseren|0.99
p:was nooit|jij-boodschap|1.0
p:was nooit|bekritiseren|1.0
p:was op|bevelen|-0.87
p:was op|argumenteren|-0.98
p:was te|gevoelsreflectie|0.94
p:was te|samenvatting|0.89
p:was te|argumenteren|-0.94
p:was te|vervolgafspraak|0.63
p:was u|ondervragen|1.59
p:was uw|ondervragen|-0.96
p:was voor|open-vraag|0.83
p:was want|ik-boodschap|1.0
p:was ze|ondervragen|0.97
p:was zou|parafrase|-0.99
p:was zou|waarschuwen|-0.83
p:was zou|adviseren|0.86
p:wat als|ik-boodschap|0.89
p:wat als|prijzen|-0.88
p:wat als|vervolgafspraak|-0.94
p:wat bent|jij-boodschap|1.79
p:wat bent|etiketteren|0.93
p:wat beter|bevelen|1.0
p:wat beter|geruststellen|1.0
p:wat de|afronding-aankondigen|-0.97
p:wat deed|samenvatting|-0.95
p:wat deed|open-vraag|-0.86
p:wat deed|ondervragen|0.86
p:wat doet|open-vraag|-1.0
p:wat doet|ondervragen|1.0
p:wat een|ik-boodschap|-1.0
p:wat een|jij-boodschap|-0.93
p:wat een|bekritiseren|2.82
p:wat een|prijzen|-0.99
p:wat er|ik-boodschap|0.9
p:wat er|jij-boodschap|0.74
p:wat er|parafrase|0.98
p:wat er|gevoelsreflectie|-0.96
p:wat er|open-vraag|-0.82
p:wat er|waarschuwen|0.96
p:wat er|adviseren|-0.95
p:wat er|bekritiseren|-0.3
p:wat eruit|ik-boodschap|-0.92
p:wat eruit|samenvatting|0.92
p:wat eruit|vervolgafspraak|0.83
p:wat extra|interpreteren|0.66
p:wat fijn|parafrase|-1.0
p:wat fijn|gevoelsreflectie|-1.0
p:wat fijn|prijzen|1.0
p:wat fijn|bedanken|-1.0
p:wat ga|open-vraag|-0.95
p:wat ga|afleiden|0.95
p:wat gaat|parafrase|-0.98
p:wat gaat|gevoelsreflectie|1.87
p:wat gaat|open-vraag|0.98
p:wat gaat|ondervragen|-0.97
p:wat ging|jij-boodschap|-0.93
p:wat ging|gevoelsreflectie|-0.88
p:wat ging|open-vraag|0.94
p:wat goed|open-vraag|-0.99
p:wat heb|samenvatting|-0.89
p:wat heeft|parafrase|-0.98
p:wat helpt|vervolgafspraak|0.8
p:wat het|geruststellen|-0.99
p:wat hij|ik-boodschap|0.91
p:wat hij|bevelen|-0.99
p:wat hij|adviseren|-0.86
p:wat ik|ik-boodschap|1.0
p:wat ik|parafrase|0.92
p:wat ik|open-vraag|-0.92
p:wat ik|bevelen|0.9
p:wat ik|argumenteren|-0.98
p:wat ik|bekritiseren|0.9
p:wat ik|prijzen|-1.0
p:wat is|parafrase|1.0
p:wat is|gevoelsreflectie|0.22
p:wat is|open-vraag|2.86
p:wat is|bekritiseren|-0.84
p:wat is|ondervragen|-0.95
p:wat je|adviseren|-0.83
p:wat jullie|etiketteren|-0.99
p:wat kunt|prijzen|0.99
p:wat maakt|parafrase|-0.95
p:wat maakt|samenvatting|0.95
p:wat maakt|open-vraag|0.99
p:wat maakte|open-vraag|0.83
p:wat meer|adviseren|0.93
p:wat meer|prijzen|0.11
p:wat meer|interpreteren|-0.9
p:wat merkt|gevoelsreflectie|-0.9
p:wat ongemakkelijk|ik-boodschap|-0.98
p:wat rot|gevoelsreflectie|0.8
p:wat u|jij-boodschap|0.98
p:wat u|parafrase|0.98
p:wat u|gevoelsreflectie|-0.98
p:wat u|samenvatting|-0.8
p:wat u|argumenteren|0.98
p:wat u|bekritiseren|-0.96
p:wat uw|jij-boodschap|-0.84
p:wat vaker|adviseren|0.97
p:wat vaker|ondervragen|-0.99
p:wat vind|jij-boodschap|-0.32
p:wat vind|bekritiseren|-0.63
p:wat vond|afleiden|0.91
p:wat we|jij-boodschap|0.93
p:wat we|moraliseren|0.92
p:wat we|bekritiseren|0.93
p:wat weet|ik-boodschap|0.92
p:wat wel|bevelen|-0.97
p:wat wil|ik-boodschap|-0.91
p:wat wil|samenvatting|0.91
p:wat wil|open-vraag|0.91
p:wat wilt|parafrase|-0.93
p:wat wilt|open-vraag|1.87
p:wat wilt|afleiden|-0.95
p:wat ze|waarschuwen|-0.99
p:wat ze|moraliseren|-0.93
p:wat ziet|ik-boodschap|-0.88
p:wat ziet|open-vraag|0.99
p:wat zou|ik-boodschap|0.87
p:wat zou|gevoelsreflectie|-0.85
p:wat zou|aanmoediging|-1.0
p:wc aangetroffen|ik-boodschap|-0.98
p:wc gaat|gevoelsreflectie|-0.99
p:we af|samenvatting|-0.97
p:we afronden|afleiden|-0.96
p:we afspreken|jij-boodschap|0.93
p:we afspreken|bekritiseren|0.93
p:we allebei|samenvatting|0.97
p:we beginnen|afleiden|-0.93
p:we dat|open-vraag|0.73
p:we dat|afleiden|0.84
p:we dat|afronding-aankondigen|-0.92
p:we de|etiketteren|0.98
p:we de|vervolgafspraak|0.94
p:we dit|argumenteren|0.8
p:we door|open-vraag|-0.93
p:we een|jij-boodschap|-1.68
p:we een|bekritiseren|-0.93
p:we een|ondervragen|0.85
p:we een|bedanken|0.92
p:we eerst|waarschuwen|-0.99
p:we elkaar|samenvatting|-0.84
p:we elkaar|afronding-aankondigen|-0.98
p:we elkaar|bedanken|-0.94
p:we er|ik-boodschap|0.97
p:we even|geruststellen|-0.99
p:we gaan|bedanken|-0.82
p:we gemaakt|afronding-aankondigen|-0.96
p:we hebben|ik-boodschap|-1.91
p:we hebben|aanmoediging|-1.0
p:we hebben|moraliseren|-1.0
p:we hebben|bekritiseren|-0.5
p:we hebben|etiketteren|-0.93
p:we hebben|afleiden|-1.0
p:we hebben|vervolgafspraak|-0.95
p:we hebben|bedanken|-0.97
p:we hem|parafrase|-1.0
p:we hem|gevoelsreflectie|-1.0
p:we hem|waarschuwen|-0.94
p:we hem|prijzen|1.0
p:we hem|bedanken|-1.0
p:we het|ik-boodschap|-0.99
p:we het|samenvatting|-0.91
p:we het|bevelen|-0.97
p:we het|argumenteren|-0.98
p:we het|afleiden|2.09
p:we het|afronding-aankondigen|1.79
p:we het|vervolgafspraak|-2.81
p:we hier|jij-boodschap|-1.0
p:we hier|bekritiseren|-1.0
p:we hier|afronding-aankondigen|1.0
p:we hier|bedanken|-0.9
p:we hoe|afronding-aankondigen|-0.98
p:we houden|samenvatting|0.81
p:we houden|aanmoediging|-0.92
p:we houden|ondervragen|-0.85
p:we houden|afronding-aankondigen|0.97
p:we houden|bedanken|0.97
p:we maken|afronding-aankondigen|-0.96
p:we maken|vervolgafspraak|-0.96
p:we moeten|samenvatting|-0.98
p:we moeten|afronding-aankondigen|1.0
p:we moeten|vervolgafspraak|-1.85
p:we mogen|moraliseren|0.92
p:we niet|ik-boodschap|0.16
p:we niet|open-vraag|-0.93
p:we niet|argumenteren|0.98
p:we niet|interpreteren|-1.0
p:we niet|vervolgafspraak|-1.0
p:we niet|bedanken|-1.94
p:we niets|ik-boodschap|0.98
p:we nu|afronding-aankondigen|1.0
p:we over|samenvatting|-0.99
p:we over|open-vraag|-0.77
p:we over|afleiden|-0.73
p:we over|vervolgafspraak|1.94
p:we over|bedanken|-0.94
p:we plannen|ik-boodschap|-0.84
p:we plannen|afronding-aankondigen|0.64
p:we plannen|vervolgafspraak|0.93
p:we plannen|bedanken|-0.82
p:we ronden|samenvatting|-0.94
p:we ronden|afronding-aankondigen|1.97
p:we ronden|bedanken|0.94
p:we samen|ik-boodschap|-0.92
p:we samen|samenvatting|2.86
p:we samen|adviseren|-1.0
p:we samen|afronding-aankondigen|-0.85
p:we samen|vervolgafspraak|1.83
p:we spreken|samenvatting|1.93
p:we spreken|adviseren|-1.0
p:we spreken|afronding-aankondigen|-1.84
p:we spreken|vervolgafspraak|1.0
p:we steeds|ik-boodschap|0.97
p:we stoppen|afronding-aankondigen|0.91
p:we stoppen|vervolgafspraak|0.87
p:we verder|ik-boodschap|-0.96
p:we verder|afleiden|0.87
p:we verder|vervolgafspraak|0.96
p:we volgende|vervolgafspraak|0.8
p:we voor|ik-boodschap|0.97
p:we vrijdag|vervolgafspraak|0.99
p:we weer|samenvatting|0.81
p:we weer|bedanken|0.97
p:we willen|open-vraag|-0.93
p:we zijn|afronding-aankondigen|0.97
p:we zitten|bevelen|-0.92
p:website daar|argumenteren|-0.97
p:week al|vervolgafspraak|-0.58
p:week bel|samenvatting|0.65
p:week bel|bedanken|0.96
p:week contact|bedanken|-0.92
p:week dinsdag|jij-boodschap|-1.0
p:week dinsdag|bekritiseren|-1.0
p:week dinsdag|afronding-aankondigen|1.0
p:week dinsdag|vervolgafspraak|1.91
p:week dinsdag|bedanken|1.0
p:week donderdag|open-vraag|-0.98
p:week donderdag|vervolgafspraak|0.98
p:week door|moraliseren|-0.99
p:week doorneemt|adviseren|0.99
p:week drie|argumenteren|-0.99
p:week drie|vervolgafspraak|-0.99
p:week gelezen|ondervragen|1.44
p:week heb|ik-boodschap|-0.98
p:week hebben|samenvatting|-0.91
p:week hebben|afleiden|-0.91
p:week hebben|vervolgafspraak|-0.91
p:week maandag|gevoelsreflectie|0.94
p:week maandag|samenvatting|0.89
p:week maandag|argumenteren|-0.94
p:week maandag|vervolgafspraak|0.63
p:week met|parafrase|-1.0
p:week niet|samenvatting|-0.65
p:week samen|jij-boodschap|0.94
p:week samen|bekritiseren|0.94
p:week terug|afronding-aankondigen|-0.98
p:week terug|vervolgafspraak|-1.77
p:week twee|ik-boodschap|0.87
p:week twee|gevoelsreflectie|-0.91
p:week twee|open-vraag|0.78
p:week vier|samenvatting|-0.65
p:week vrijdag|samenvatting|0.94
p:week weer|waarschuwen|0.96
p:week woensdag|gevoelsreflectie|-0.89
p:week woensdag|afronding-aankondigen|-0.99
p:week woensdag|vervolgafspraak|0.8
p:week woensdag|bedanken|-0.99
p:week ziek|vervolgafspraak|-0.93
p:week zijn|ik-boodschap|0.96
p:week zit|vervolgafspraak|0.95
p:weekend ?|interpreteren|-1.0
p:weekend ?|afleiden|1.0
p:weekend niet|ik-boodschap|0.84
p:weekend niet|vervolgafspraak|-0.98
p:weer beter|etiketteren|0.91
p:weer dan|samenvatting|-0.84
p:weer dan|afronding-aankondigen|-0.98
p:weer dan|vervolgafspraak|0.94
p:weer dank|bekritiseren|1.58
p:weer dank|vervolgafspraak|0.87
p:weer dank|bedanken|-1.8
p:weer gebeurt|waarschuwen|0.99
p:weer hier|afronding-aankondigen|-0.93
p:weer in|waarschuwen|0.99
p:weer in|moraliseren|-0.98
p:weer in|argumenteren|-0.77
p:weer is|afleiden|0.6
p:weer leuk|open-vraag|0.99
p:weer met|samenvatting|-0.89
p:weer niet|ik-boodschap|-0.88
p:weer niet|open-vraag|-0.86
p:weer niet|bevelen|-1.0
p:weer niet|bekritiseren|-1.0
p:weer niet|ondervragen|0.86
p:weer om|samenvatting|0.81
p:weer om|afronding-aankondigen|0.97
p:weer om|bedanken|0.97
p:weer ontbreekt|waarschuwen|0.96
p:weer op|interpreteren|-0.5
p:weer plezier|samenvatting|0.97
p:weer spiekt|samenvatting|-0.92
p:weer spijbelt|bekritiseren|-0.88
p:weer te|waarschuwen|0.96
p:weer teruggevonden|adviseren|-1.0
p:weer voor|waarschuwen|-0.96
p:wees gerust|geruststellen|0.64
p:weet dat|geruststellen|-0.83
p:weet het|etiketteren|0.91
p:weet je|ik-boodschap|0.89
p:weet je|jij-boodschap|0.93
p:weet je|moraliseren|0.8
p:weet niet|parafrase|-0.93
p:weet niet|gevoelsreflectie|-1.67
p:weet toch|moraliseren|1.93
p:weet toch|argumenteren|-0.78
p:weet u|ik-boodschap|0.92
p:weet u|bekritiseren|0.96
p:weet wat|waarschuwen|0.96
p:weet wat|bekritiseren|-0.88
p:weet zeker|prijzen|0.99
p:weet zeker|interpreteren|-0.99
p:weet zit|interpreteren|-0.75
p:weg als|bevelen|0.92
p:weg bram|etiketteren|-0.75
p:weg meneer|moraliseren|-1.0
p:wegbleef zonder|samenvatting|-0.65
p:wegblijft ?|bekritiseren|0.86
p:weggelopen bo|adviseren|-0.99
p:weggelopen bo|ondervragen|0.99
p:weggelopen uit|ik-boodschap|1.0
p:weggelopen uit|parafrase|-1.0
p:wegloopt kan|ondervragen|-0.93
p:wegstopt pak|waarschuwen|0.91
p:wegzakt misschien|ik-boodschap|0.97
p:weinig aandacht|ondervragen|-0.96
p:weinig contact|parafrase|0.95
p:weinig contact|open-vraag|0.22
p:weinig en|waarschuwen|-0.99
p:weinig hij|interpreteren|-0.99
p:weinig oplevert|parafrase|0.92
p:weinig oplevert|open-vraag|-0.92
p:weinig slaapt|ik-boodschap|0.97
p:weinig structuur|argumenteren|-0.99
p:weinig structuur|interpreteren|0.88
p:weinig structuur|geruststellen|-0.94
p:weinig vrienden|samenvatting|0.97
p:weken echt|geruststellen|0.92
p:weken een|afleiden|-0.73
p:weken evalueren|bedanken|-0.94
p:weken geen|ik-boodschap|0.92
p:weken geen|jij-boodschap|-0.92
p:weken geen|open-vraag|-0.99
p:weken geen|bekritiseren|-0.89
p:weken geen|afronding-aankondigen|-0.99
p:weken in|ik-boodschap|-0.98
p:weken in|argumenteren|2.67
p:weken in|bekritiseren|0.91
p:weken is|argumenteren|-0.98
p:weken kijken|samenvatting|1.0
p:weken kijken|adviseren|-1.0
p:weken kijken|vervolgafspraak|1.0
p:weken niet|argumenteren|-0.68
p:weken om|adviseren|0.9
p:weken op|samenvatting|0.89
p:weken samen|samenvatting|-0.99
p:weken samen|open-vraag|-0.77
p:weken samen|vervolgafspraak|0.96
p:weken slecht|geruststellen|-0.9
p:weken steeds|ik-boodschap|-0.84
p:weken thuis|interpreteren|-0.5
p:weken van|bekritiseren|-0.97
p:weken weer|vervolgafspraak|0.94
p:weken zien|samenvatting|-0.84
p:weken zien|afronding-aankondigen|-0.98
p:weken zijn|adviseren|0.9
p:weken zitten|samenvatting|0.81
p:weken zitten|afronding-aankondigen|0.97
p:weken zitten|bedanken|0.97
p:wel aan|ik-boodschap|1.0
p:wel aan|interpreteren|-1.0
p:wel aan|afronding-aankondigen|-1.0
p:wel aan|vervolgafspraak|-1.0
p:wel aan|bedanken|-1.0
p:wel bij|open-vraag|-0.63
p:wel bij|prijzen|0.84
p:wel bij|geruststellen|1.0
p:wel bram|open-vraag|-0.95
p:wel bram|afleiden|0.95
p:wel dan|jij-boodschap|-1.0
p:wel dan|bekritiseren|-1.0
p:wel dan|afronding-aankondigen|1.0
p:wel dan|vervolgafspraak|-0.82
p:wel dan|bedanken|1.0
p:wel dat|ik-boodschap|-1.0
p:wel dat|gevoelsreflectie|-1.0
p:wel dat|prijzen|0.99
p:wel dat|geruststellen|-1.82
p:wel dat|afronding-aankondigen|-0.89
p:wel doorheen|ik-boodschap|-0.89
p:wel doorheen|geruststellen|0.99
p:wel echt|geruststellen|0.93
p:wel eens|adviseren|-0.92
p:wel eens|interpreteren|-0.66
p:wel eens|geruststellen|-0.98
p:wel eens|afleiden|0.95
p:wel even|jij-boodschap|-0.95
p:wel even|bekritiseren|-0.95
p:wel gemaakt|samenvatting|-0.99
p:wel gemaakt|geruststellen|-0.99
p:wel gewoon|parafrase|1.0
p:wel gewoon|prijzen|-1.0
p:wel goed|gevoelsreflectie|-0.97
p:wel goed|aanmoediging|-0.99
p:wel goed|bevelen|-1.96
p:wel goed|adviseren|-0.91
p:wel goed|geruststellen|0.1
p:wel hebt|bekritiseren|-0.95
p:wel hoe|open-vraag|0.97
p:wel hoe|bekritiseren|0.96
p:wel hoeveel|jij-boodschap|0.93
p:wel in|geruststellen|0.92
p:wel je|gevoelsreflectie|-0.74
p:wel maar|samenvatting|0.9
p:wel maar|geruststellen|-0.95
p:wel mee|moraliseren|-0.98
p:wel mee|geruststellen|0.94
p:wel meevalt|geruststellen|0.99
p:wel noor|ik-boodschap|-0.99
p:wel noor|afronding-aankondigen|0.86
p:wel noor|vervolgafspraak|-0.99
p:wel noor|bedanken|0.99
p:wel over|afleiden|-1.5
p:wel overheen|geruststellen|0.98
p:wel van|ik-boodschap|-0.93
p:wel vertellen|prijzen|-0.99
p:wel voor|samenvatting|-0.94
p:wel voor|bedanken|0.94
p:wel we|afronding-aankondigen|0.98
p:wel zorgen|argumenteren|-1.0
p:weleens een|argumenteren|-0.96
p:welk telefoonnummer|open-vraag|-0.94
p:welk vak|open-vraag|-0.92
p:welkom bij|bedanken|-0.97
p:werk is|prijzen|-0.99
p:werk niet|ik-boodschap|-0.72
p:werk voor|open-vraag|-0.98
p:werken dan|jij-boodschap|-0.3
p:werkstuk krijgt|argumenteren|0.49
p:werkstuk uiterlijk|bevelen|1.82
p:werkstuk vrijdag|argumenteren|-0.42
p:werkt dat|argumenteren|0.85
p:werkweek niet|ik-boodschap|-1.64
p:werkweek niet|parafrase|0.82
p:weten als|ondervragen|-0.99
p:weten als|vervolgafspraak|0.67
p:weten dat|open-vraag|-0.98
p:weten hoe|parafrase|-0.95
p:weten je|ondervragen|0.69
p:weten wat|jij-boodschap|-0.84
p:weten wat|waarschuwen|-0.99
p:wie ?|bekritiseren|-0.96
p:wie ?|afleiden|-0.96
p:wie een|argumenteren|0.99
p:wie is|open-vraag|-1.0
p:wie is|ondervragen|1.0
p:wie niet|argumenteren|0.9
p:wie niet|geruststellen|-0.9
p:wie was|ik-boodschap|-0.93
p:wie was|bekritiseren|-0.97
p:wie was|ondervragen|0.97
p:wie zat|adviseren|-0.99
p:wie zat|ondervragen|0.99
p:wifi niet|adviseren|0.83
p:wij u|gevoelsreflectie|-0.84
p:wijze vader|geruststellen|-0.83
p:wil daan|gevoelsreflectie|-1.0
p:wil daan|samenvatting|1.0
p:wil dat|bevelen|0.94
p:wil eerlijk|jij-boodschap|0.91
p:wil eerlijk|open-vraag|0.87
p:wil eigenlijk|parafrase|0.98
p:wil gaan|bedanken|-0.76
p:wil gewoon|parafrase|-0.99
p:wil graag|parafrase|-0.9
p:wil graag|open-vraag|0.97
p:wil graag|vervolgafspraak|-0.9
p:wil het|gevoelsreflectie|-1.0
p:wil het|samenvatting|-0.19
p:wil het|afronding-aankondigen|2.76
p:wil het|vervolgafspraak|0.89
p:wil het|bedanken|0.95
p:wil hij|jij-boodschap|-1.0
p:wil hij|samenvatting|-0.91
p:wil hij|bekritiseren|-1.0
p:wil hij|interpreteren|1.0
p:wil ik|bevelen|0.91
p:wil ik|afleiden|1.91
p:wil ik|afronding-aankondigen|0.96
p:wil je|ik-boodschap|-0.91
p:wil je|samenvatting|0.91
p:wil je|open-vraag|0.91
p:wil je|waarschuwen|-0.98
p:wil je|moraliseren|-0.57
p:wil praten|gevoelsreflectie|0.92
p:wil wel|gevoelsreflectie|-0.74
p:wil wel|samenvatting|0.9
p:wil wel|geruststellen|-0.95
p:wilden komen|bedanken|1.0
p:willen allebei|open-vraag|-0.93
p:willen we|samenvatting|0.97
p:willen zien|etiketteren|-0.99
p:wilt bel|waarschuwen|-0.73
p:wilt beschermen|prijzen|-1.0
p:wilt beschermen|interpreteren|1.0
p:wilt dat|jij-boodschap|-0.42
p:wilt dat|samenvatting|0.82
p:wilt dat|open-vraag|-0.97
p:wilt dat|bekritiseren|-0.64
p:wilt dus|interpreteren|-0.96
p:wilt een|gevoelsreflectie|0.94
p:wilt een|samenvatting|1.85
p:wilt een|argumenteren|-0.94
p:wilt gewoon|interpreteren|0.67
p:wilt graag|samenvatting|-0.67
p:wilt meer|jij-boodschap|-0.42
p:wilt meer|parafrase|-0.98
p:wilt meer|bekritiseren|-0.64
p:wilt sneller|jij-boodschap|-0.42
p:wilt sneller|bekritiseren|-0.64
p:wilt u|parafrase|-0.93
p:wilt u|open-vraag|1.87
p:wilt u|afleiden|-0.95
p:wiskunde doen|bevelen|-0.93
p:wiskunde doen|adviseren|0.93
p:wiskunde een|argumenteren|-0.73
p:wiskunde en|jij-boodschap|-0.98
p:wiskunde en|argumenteren|0.98
p:wiskunde en|bekritiseren|-0.98
p:wiskunde steeds|gevoelsreflectie|-0.99
p:wist ik|samenvatting|-0.65
p:wist niet|parafrase|1.0
p:wist niet|open-vraag|-1.0
p:wist niets|samenvatting|0.96
p:wist niets|vervolgafspraak|-0.59
p:wit staan|argumenteren|0.98
p:wit staan|bekritiseren|-0.98
p:woensdag bijles|prijzen|0.98
p:woensdag en|samenvatting|-0.95
p:woensdag kijken|samenvatting|0.89
p:woensdag nog|afronding-aankondigen|-0.99
p:woensdag nog|bedanken|-0.99
p:woensdag om|gevoelsreflectie|-0.89
p:woensdag samen|vervolgafspraak|0.8
p:woorden anders|afronding-aankondigen|-0.96
p:woorden het|aanmoediging|-0.99
p:woorden het|geruststellen|-0.87
p:woorden hij|samenvatting|-0.93
p:woorden u|parafrase|1.0
p:woorden u|samenvatting|0.82
p:woorden u|open-vraag|-1.0
p:word er|ik-boodschap|0.97
p:word er|gevoelsreflectie|-0.96
p:word er|moraliseren|-0.81
p:worden en|jij-boodschap|-0.42
p:worden en|bekritiseren|-0.64
p:worden gewogen|argumenteren|0.85
p:worden kunnen|afronding-aankondigen|1.0
p:wordt buitengesloten|parafrase|0.98
p:wordt buitengesloten|samenvatting|-0.8
p:wordt die|samenvatting|-0.92
p:wordt er|ik-boodschap|0.9
p:wordt er|prijzen|-0.93
p:wordt fijn|gevoelsreflectie|1.0
p:wordt fijn|afronding-aankondigen|-1.0
p:wordt fijn|vervolgafspraak|-1.0
p:wordt hij|jij-boodschap|0.89
p:wordt hij|waarschuwen|0.91
p:wordt ik|parafrase|0.99
p:yusuf heeft|parafrase|-0.98
p:zag ?|jij-boodschap|-0.93
p:zag ?|gevoelsreflectie|-0.88
p:zakken wat|ik-boodschap|-0.91
p:zakken wat|samenvatting|0.91
p:zakken wat|open-vraag|0.91
p:zal het|geruststellen|0.93
p:zat ?|open-vraag|1.0
p:zat ?|moraliseren|-1.0
p:zat ?|ondervragen|-1.0
p:zat er|adviseren|-0.99
p:zat er|ondervragen|0.99
p:zaterdag ?|open-vraag|-1.76
p:zaterdag ?|afleiden|0.96
p:ze alsof|bekritiseren|0.71
p:ze alsof|geruststellen|-0.49
p:ze de|vervolgafspraak|0.98
p:ze doet|afleiden|-1.0
p:ze een|argumenteren|-0.42
p:ze eigenlijk|jij-boodschap|-0.47
p:ze eigenlijk|geruststellen|-0.99
p:ze elke|moraliseren|-0.98
p:ze elke|argumenteren|0.98
p:ze gewoon|interpreteren|0.83
p:ze gewoon|geruststellen|0.83
p:ze haar|argumenteren|-0.42
p:ze haar|geruststellen|-0.93
p:ze heeft|ik-boodschap|0.95
p:ze heeft|jij-boodschap|-0.95
p:ze heeft|aanmoediging|-0.98
p:ze heeft|moraliseren|-0.72
p:ze heeft|bekritiseren|-0.95
p:ze het|samenvatting|-1.0
p:ze het|interpreteren|1.0
p:ze het|vervolgafspraak|-1.0
p:ze is|jij-boodschap|0.88
p:ze is|argumenteren|-0.91
p:ze kan|open-vraag|0.97
p:ze komt|interpreteren|-0.92
p:ze komt|geruststellen|0.99
p:ze mist|ik-boodschap|-0.94
p:ze moe|moraliseren|-0.98
p:ze moe|argumenteren|0.98
p:ze negeren|ik-boodschap|-0.8
p:ze niet|ik-boodschap|0.93
p:ze niet|parafrase|-0.82
p:ze niet|open-vraag|0.73
p:ze nu|afronding-aankondigen|-0.99
p:ze online|waarschuwen|-0.99
p:ze onzeker|geruststellen|0.96
p:ze op|etiketteren|-0.97
p:ze op|geruststellen|-0.97
p:ze op|ondervragen|0.97
p:ze op|afleiden|0.97
p:ze prikkelbaar|open-vraag|-0.83
p:ze slaapt|ik-boodschap|-0.94
p:ze slaapt|open-vraag|-0.83
p:ze thuis|parafrase|1.83
p:ze thuis|prijzen|-1.0
p:ze thuis|ondervragen|0.97
p:ze thuiskomt|parafrase|-0.95
p:ze vindt|ik-boodschap|-0.94
p:ze voelt|samenvatting|0.95
p:ze voor|ik-boodschap|0.91
p:ze voor|open-vraag|-0.91
p:ze vrijdagmiddag|waarschuwen|0.96
p:ze wil|parafrase|0.98
p:ze zich|ik-boodschap|-0.95
p:ze zich|parafrase|-0.93
p:ze zich|gevoelsreflectie|-0.93
p:ze zich|vervolgafspraak|0.8
p:ze zo|ik-boodschap|0.97
p:ze zo|jij-boodschap|-0.47
p:ze zo|ondervragen|-1.67
p:zeg heeft|ondervragen|-0.88
p:zeg heeft|afleiden|0.92
p:zeg het|samenvatting|0.97
p:zeg niet|ik-boodschap|-0.72
p:zeg niet|geruststellen|0.86
p:zeggen dat|gevoelsreflectie|-0.74
p:zeggen is|parafrase|1.0
p:zeggen is|prijzen|-1.0
p:zegt dat|jij-boodschap|-0.99
p:zegt dat|parafrase|0.11
p:zegt dat|samenvatting|-1.81
p:zegt dat|moraliseren|-0.81
p:zegt dat|bekritiseren|-0.95
p:zegt dat|interpreteren|0.3
p:zegt dat|geruststellen|0.91
p:zegt dit|prijzen|-1.0
p:zegt dit|interpreteren|1.0
p:zegt dus|parafrase|1.0
p:zegt dus|open-vraag|1.0
p:zegt eigenlijk|gevoelsreflectie|-1.0
p:zegt eigenlijk|interpreteren|-0.89
p:zegt hij|parafrase|0.98
p:zegt hij|samenvatting|-0.8
p:zegt hij|argumenteren|0.98
p:zegt in|vervolgafspraak|-0.95
p:zegt meer|interpreteren|0.4
p:zegt u|aanmoediging|1.84
p:zegt u|bevelen|0.12
p:zegt u|argumenteren|-0.98
p:zegt weinig|waarschuwen|-0.99
p:zei net|jij-boodschap|-1.0
p:zeker dat|prijzen|0.99
p:zeker dat|interpreteren|-0.99
p:zeker mee|bevelen|-0.97
p:zelf ?|gevoelsreflectie|-0.96
p:zelf ?|open-vraag|0.78
p:zelf begint|parafrase|0.99
p:zelf doet|jij-boodschap|1.32
p:zelf doet|samenvatting|-0.9
p:zelf doet|bekritiseren|1.61
p:zelf gepest|interpreteren|0.89
p:zelf je|bevelen|1.81
p:zelf je|vervolgafspraak|-0.88
p:zelf kunt|adviseren|-0.83
p:zelf laten|adviseren|0.93
p:zelf niet|prijzen|-1.0
p:zelf ook|ik-boodschap|-0.99
p:zelf ook|gevoelsreflectie|0.9
p:zelf ook|bevelen|-0.87
p:zelf ook|argumenteren|-0.98
p:zelf ook|afronding-aankondigen|0.1
p:zelf ook|vervolgafspraak|-0.99
p:zelf ook|bedanken|0.99
p:zelf over|parafrase|0.98
p:zelf plannen|ondervragen|-0.99
p:zelf steeds|jij-boodschap|1.78
p:zelf steeds|bekritiseren|1.78
p:zelf thuis|ondervragen|0.97
p:zelf van|jij-boodschap|-0.32
p:zelf van|bekritiseren|-0.63
p:zelf vroeger|jij-boodschap|-0.99
p:zelf zo|jij-boodschap|0.92
p:zenuwachtig bent|gevoelsreflectie|0.9
p:zenuwachtig bent|samenvatting|-0.9
p:zenuwachtig bent|geruststellen|1.35
p:zesde uur|vervolgafspraak|0.99
p:zet die|moraliseren|-1.0
p:zet het|adviseren|-0.89
p:zet hij|samenvatting|0.75
p:zet u|adviseren|0.83
p:zet zijn|gevoelsreflectie|-0.96
p:zetten over|vervolgafspraak|-0.94
p:zich aan|bevelen|0.86
p:zich als|etiketteren|1.0
p:zich bij|gevoelsreflectie|-1.0
p:zich buitengesloten|parafrase|-0.91
p:zich buitengesloten|samenvatting|0.91
p:zich buitengesloten|bedanken|-1.0
p:zich daar|gevoelsreflectie|0.85
p:zich daardoor|samenvatting|0.95
p:zich de|adviseren|-0.97
p:zich de|argumenteren|0.97
p:zich de|bekritiseren|-0.91
p:zich de|vervolgafspraak|0.8
p:zich deze|vervolgafspraak|-0.99
p:zich echt|jij-boodschap|-0.9
p:zich echt|gevoelsreflectie|0.96
p:zich echt|open-vraag|0.87
p:zich echt|bevelen|-0.97
p:zich echt|bekritiseren|-0.96
p:zich er|jij-boodschap|1.0
p:zich geen|interpreteren|-0.5
p:zich genegeerd|parafrase|0.88
p:zich genegeerd|ondervragen|-1.0
p:zich gewoon|interpreteren|0.66
p:zich heeft|parafrase|-0.82
p:zich heeft|vervolgafspraak|0.99
p:zich helemaal|jij-boodschap|0.79
p:zich helemaal|bekritiseren|0.89
p:zich het|gevoelsreflectie|-0.98
p:zich in|samenvatting|-0.61
p:zich in|open-vraag|-0.99
p:zich maar|gevoelsreflectie|-0.96
p:zich maar|adviseren|-0.91
p:zich machteloos|gevoelsreflectie|1.0
p:zich machteloos|aanmoediging|-1.0
p:zich morgen|bevelen|0.99
p:zich nergens|etiketteren|-0.99
p:zich niet|jij-boodschap|-0.82
p:zich niet|open-vraag|-0.21
p:zich niet|bekritiseren|-0.82
p:zich nooit|ik-boodschap|-0.9
p:zich nou|geruststellen|0.82
p:zich overal|gevoelsreflectie|-0.83
p:zich overal|bekritiseren|0.98
p:zich schuldig|parafrase|-0.88
p:zich schuldig|gevoelsreflectie|-0.95
p:zich terug|parafrase|-0.93
p:zich terug|gevoelsreflectie|-0.93
p:zich vaak|ik-boodschap|-0.95
p:zich vanaf|waarschuwen|0.91
p:zich veel|jij-boodschap|0.91
p:zich voelt|afronding-aankondigen|-0.96
p:zich voelt|vervolgafspraak|-0.96
p:zich vreselijk|bekritiseren|1.61
p:zich zorgen|gevoelsreflectie|1.96
p:zich zorgen|samenvatting|-1.0
p:zich zorgen|adviseren|0.82
p:zich zorgen|geruststellen|-0.68
p:zie alleen|ik-boodschap|-0.72
p:zie dat|ik-boodschap|0.75
p:zie dat|gevoelsreflectie|1.88
p:zie dat|bevelen|-1.0
p:zie dat|bekritiseren|-1.0
p:zie dat|geruststellen|0.97
p:zie dat|vervolgafspraak|-0.85
p:zie ik|parafrase|-0.95
p:zie ik|afronding-aankondigen|0.91
p:zie ik|vervolgafspraak|2.79
p:zie jij|gevoelsreflectie|-0.96
p:zie jij|open-vraag|0.78
p:zie neem|bevelen|0.92
p:zie u|vervolgafspraak|0.94
p:ziek bent|ik-boodschap|-0.99
p:ziek bent|adviseren|-0.92
p:ziek gemeld|etiketteren|-0.92
p:ziek gemeld|vervolgafspraak|-0.99
p:ziek was|vervolgafspraak|-0.93
p:ziekmelding pas|ik-boodschap|0.96
p:ziekmelding pas|waarschuwen|-0.96
p:ziekte herkansen|parafrase|-1.0
p:ziekte herkansen|argumenteren|1.0
p:ziekte herkansen|interpreteren|-1.0
p:ziekte voor|samenvatting|0.81
p:ziekte voor|afronding-aankondigen|0.97
p:ziekte voor|bedanken|0.97
p:zien ?|parafrase|0.95
p:zien ?|open-vraag|0.95
p:zien alleen|etiketteren|-0.99
p:zien hoe|ik-boodschap|0.96
p:zien wat|ik-boodschap|0.91
p:zien wat|adviseren|-0.83
p:zien we|samenvatting|-0.84
p:zien we|afronding-aankondigen|-0.98
p:ziet de|jij-boodschap|-0.96
p:ziet u|ik-boodschap|-0.88
p:ziet u|open-vraag|0.99
p:ziet u|prijzen|0.99
p:zij spijbelt|bekritiseren|0.71
p:zij spijbelt|geruststellen|-0.49
p:zijn aan|afronding-aankondigen|0.97
p:zijn als|open-vraag|0.87
p:zijn bijna|bedanken|-0.76
p:zijn boeken|parafrase|-1.0
p:zijn broertje|bekritiseren|-0.94
p:zijn cijfers|jij-boodschap|-0.93
p:zijn cijfers|samenvatting|0.99
p:zijn cijfers|etiketteren|-0.99
p:zijn cijfers|interpreteren|-0.99
p:zijn cijfers|afleiden|-1.2
p:zijn cijfers|vervolgafspraak|-0.96
p:zijn concentratie|gevoelsreflectie|-0.96
p:zijn daden|moraliseren|0.94
p:zijn dat|afleiden|-0.93
p:zijn diploma|waarschuwen|0.93
p:zijn dit|waarschuwen|-0.92
p:zijn door|bedanken|0.83
p:zijn duidelijk|argumenteren|0.98
p:zijn dyslexie|vervolgafspraak|-0.36
p:zijn echt|jij-boodschap|0.98
p:zijn echt|bekritiseren|-0.99
p:zijn echt|etiketteren|0.99
p:zijn er|ik-boodschap|-1.0
p:zijn er|parafrase|-1.0
p:zijn er|gevoelsreflectie|-0.96
p:zijn er|samenvatting|1.0
p:zijn er|open-vraag|-1.0
p:zijn er|aanmoediging|-1.0
p:zijn er|bevelen|-1.0
p:zijn er|afleiden|1.47
p:zijn fiets|ik-boodschap|0.98
p:zijn gang|bevelen|-1.54
p:zijn gedrag|jij-boodschap|0.89
p:zijn gemiddelde|ik-boodschap|0.92
p:zijn gemiddelde|jij-boodschap|-0.92
p:zijn gemiddelde|bekritiseren|-0.89
p:zijn geweest|gevoelsreflectie|1.88
p:zijn gewoon|etiketteren|-0.84
p:zijn goede|afleiden|0.96
p:zijn gymschoenen|adviseren|-1.0
p:zijn hoor|bekritiseren|-0.99
p:zijn hoor|geruststellen|0.99
p:zijn huiswerk|ik-boodschap|-0.92
p:zijn huiswerk|open-vraag|-0.77
p:zijn huiswerk|adviseren|1.9
p:zijn huiswerk|argumenteren|-0.99
p:zijn huiswerk|vervolgafspraak|0.96
p:zijn in|argumenteren|0.92
p:zijn klasgenoot|ik-boodschap|0.96
p:zijn kunnen|ik-boodschap|1.0
p:zijn kunnen|interpreteren|-1.0
p:zijn kunnen|afronding-aankondigen|-1.0
p:zijn kunnen|vervolgafspraak|-1.0
p:zijn kunnen|bedanken|-1.0
p:zijn laars|jij-boodschap|0.94
p:zijn laars|bekritiseren|0.94
p:zijn laptop|adviseren|-0.9
p:zijn leeftijd|afleiden|0.96
p:zijn met|bekritiseren|0.83
p:zijn om|moraliseren|-0.95
p:zijn opdrachten|ik-boodschap|0.83
p:zijn opdrachten|jij-boodschap|-0.98
p:zijn overgang|open-vraag|-0.84
p:zijn planner|ik-boodschap|0.84
p:zijn planner|vervolgafspraak|-0.98
p:zijn planning|samenvatting|0.65
p:zijn planning|afronding-aankondigen|-0.85
p:zijn planning|bedanken|0.13
p:zijn plek|waarschuwen|0.92
p:zijn pootjes|geruststellen|0.89
p:zijn rapport|samenvatting|-0.96
p:zijn rapport|moraliseren|-0.94
p:zijn rapport|geruststellen|-0.99
p:zijn rapport|afleiden|-0.83
p:zijn regels|argumenteren|0.49
p:zijn rekenmachine|vervolgafspraak|0.99
p:zijn schermtijd|bekritiseren|0.83
p:zijn slaap|gevoelsreflectie|-0.96
p:zijn slaap|open-vraag|0.95
p:zijn slaap|afleiden|-0.95
p:zijn slaap|bedanken|-0.82
p:zijn slechte|adviseren|-0.89
p:zijn tas|bevelen|0.87
p:zijn telefoon|ik-boodschap|-0.96
p:zijn telefoon|open-vraag|-1.08
p:zijn telefoon|bevelen|-0.9
p:zijn telefoon|geruststellen|-0.92
p:zijn telefoon|ondervragen|1.0
p:zijn telefoon|afleiden|-1.0
p:zijn toetsen|vervolgafspraak|-0.93
p:zijn u|jij-boodschap|0.91
p:zijn vader|jij-boodschap|-1.0
p:zijn vader|samenvatting|-0.8
p:zijn vader|bekritiseren|-1.0
p:zijn vader|interpreteren|1.0
p:zijn van|moraliseren|0.9
p:zijn verjaardag|ondervragen|-0.99
p:zijn verzuim|ik-boodschap|-0.97
p:zijn verzuim|samenvatting|0.81
p:zijn verzuim|afronding-aankondigen|0.97
p:zijn verzuim|vervolgafspraak|0.41
p:zijn voldoende|argumenteren|-0.85
p:zijn vrienden|geruststellen|-0.88
p:zijn zorgpunten|argumenteren|-0.85
p:zin hebt|interpreteren|0.93
p:zin hebt|geruststellen|-0.93
p:zin in|jij-boodschap|1.49
p:zin in|bekritiseren|1.86
p:zin in|interpreteren|-1.68
p:zin wegloopt|ondervragen|-0.93
p:zit al|bevelen|-0.96
p:zit alleen|jij-boodschap|1.0
p:zit alleen|bekritiseren|1.0
p:zit de|bevelen|0.97
p:zit de|vervolgafspraak|0.95
p:zit elke|ik-boodschap|0.91
p:zit elke|waarschuwen|-0.91
p:zit er|jij-boodschap|-0.44
p:zit er|interpreteren|-1.0
p:zit erop|bedanken|-0.99
p:zit het|interpreteren|0.96
p:zit het|geruststellen|-0.96
p:zit hier|jij-boodschap|0.93
p:zit hier|samenvatting|-0.93
p:zit hier|bevelen|-0.88
p:zit hier|bekritiseren|0.93
p:zit hier|afronding-aankondigen|-0.76
p:zit hij|waarschuwen|0.99
p:zit hij|interpreteren|-0.75
p:zit in|open-vraag|0.93
p:zit in|geruststellen|-0.85
p:zit je|moraliseren|-0.98
p:zit je|ondervragen|0.69
p:zit kan|open-vraag|-0.11
p:zit kom|ik-boodschap|0.83
p:zit me|ik-boodschap|0.99
p:zit me|argumenteren|-0.99
p:zit meer|interpreteren|0.99
p:zit merk|ik-boodschap|0.83
p:zit merk|jij-boodschap|-0.98
p:zit naast|afleiden|-1.0
p:zit sinds|bekritiseren|-0.96
p:zit te|ik-boodschap|-0.88
p:zit te|jij-boodschap|0.75
p:zit te|parafrase|-0.83
p:zit wat|open-vraag|0.99
p:zitten aan|bevelen|-0.92
p:zitten als|bevelen|0.6
p:zitten anders|bevelen|0.93
p:zitten anders|waarschuwen|0.95
p:zitten daardoor|ik-boodschap|0.73
p:zitten daardoor|gevoelsreflectie|-0.93
p:zitten dat|prijzen|-0.99
p:zitten dat|geruststellen|0.93
p:zitten in|bekritiseren|-0.99
p:zitten je|bevelen|-1.77
p:zitten of|waarschuwen|1.71
p:zitten snap|geruststellen|0.96
p:zitten we|samenvatting|0.81
p:zitten we|afronding-aankondigen|0.97
p:zitten we|bedanken|0.97
p:zo aan|moraliseren|0.96
p:zo aan|adviseren|-0.96
p:zo aan|argumenteren|-0.62
p:zo afronden|afronding-aankondigen|1.0
p:zo afronden|vervolgafspraak|-1.0
p:zo babyachtig|etiketteren|0.9
p:zo behulpzaam|jij-boodschap|-0.95
p:zo behulpzaam|bekritiseren|-0.95
p:zo belangrijk|bekritiseren|-0.99
p:zo belangrijk|afleiden|0.99
p:zo blijft|ik-boodschap|-0.96
p:zo blijft|jij-boodschap|0.89
p:zo blijft|waarschuwen|0.94
p:zo blijft|moraliseren|-0.94
p:zo blijft|afleiden|-0.83
p:zo boos|gevoelsreflectie|-0.95
p:zo bouwt|open-vraag|-0.99
p:zo doorgaat|ik-boodschap|-0.87
p:zo doorgaat|jij-boodschap|0.89
p:zo doorgaat|waarschuwen|0.86
p:zo doorgaat|bekritiseren|1.48
p:zo doorgaat|prijzen|-0.99
p:zo dramatisch|adviseren|-0.99
p:zo dramatisch|geruststellen|0.69
p:zo eenvoudig|waarschuwen|-0.86
p:zo eenvoudig|argumenteren|0.55
p:zo eerlijk|vervolgafspraak|0.94
p:zo eerlijk|bedanken|1.0
p:zo en|interpreteren|-1.0
p:zo en|afleiden|1.0
p:zo erg|afleiden|-0.62
p:zo fijn|afleiden|0.6
p:zo gaat|bevelen|-0.93
p:zo gaat|moraliseren|0.4
p:zo gaat|bekritiseren|-0.91
p:zo goed|prijzen|0.98
p:zo haalt|geruststellen|-0.93
p:zo hoort|moraliseren|0.46
p:zo hysterisch|bevelen|1.8
p:zo hysterisch|waarschuwen|-0.83
p:zo kinderachtig|bevelen|-0.83
p:zo kritisch|parafrase|-1.0
p:zo kritisch|gevoelsreflectie|-1.0
p:zo kritisch|prijzen|1.0
p:zo kritisch|bedanken|-1.0
p:zo kunnen|ik-boodschap|-0.84
p:zo lang|adviseren|-0.95
p:zo lang|ondervragen|0.95
p:zo meedenkend|waarschuwen|-0.94
p:zo mist|ik-boodschap|0.91
p:zo moeilijk|open-vraag|0.83
p:zo omdat|geruststellen|0.96
p:zo ook|bevelen|-1.77
p:zo open|bedanken|0.96
p:zo overdreven|jij-boodschap|-1.73
p:zo overdreven|bevelen|-1.0
p:zo overdreven|moraliseren|-1.0
p:zo overdreven|prijzen|-1.0
p:zo overdreven|etiketteren|1.0
p:zo overdreven|geruststellen|-1.0
p:zo overdreven|afleiden|-0.92
p:zo praat|moraliseren|0.99
p:zo redelijk|vervolgafspraak|-0.71
p:zo schieten|ik-boodschap|0.97
p:zo simpel|argumenteren|0.99
p:zo snel|jij-boodschap|-0.92
p:zo staat|samenvatting|-0.95
p:zo staat|argumenteren|0.85
p:zo sterk|interpreteren|0.89
p:zo stil|ondervragen|-1.67
p:zo stoer|interpreteren|1.0
p:zo te|ondervragen|-0.61
p:zo tegen|jij-boodschap|-0.89
p:zo tegen|waarschuwen|0.91
p:zo uit|jij-boodschap|0.93
p:zo uit|bekritiseren|0.73
p:zo vaak|adviseren|-0.92
p:zo ver|jij-boodschap|0.92
p:zo volwassen|prijzen|0.94
p:zo want|afleiden|-1.0
p:zo weer|argumenteren|-0.77
p:zo weinig|ik-boodschap|0.97
p:zo werkt|argumenteren|0.85
p:zo zwaar|open-vraag|0.99
p:zo zwaar|moraliseren|-0.93
p:zo zwaar|interpreteren|-0.86
p:zo zwaar|geruststellen|-0.66
p:zo zwaar|afleiden|1.47
p:zo'n betrokken|prijzen|0.92
p:zo'n fijne|prijzen|0.95
p:zo'n grap|bevelen|-0.96
p:zo'n mail|geruststellen|-0.96
p:zo'n moment|gevoelsreflectie|-1.0
p:zo'n moment|adviseren|-1.0
p:zo'n mooi|open-vraag|-0.99
p:zo'n opmerking|waarschuwen|0.99
p:zo'n opmerking|bekritiseren|0.12
p:zo'n ouder|prijzen|-0.99
p:zo'n ouder|etiketteren|0.99
p:zo'n reactie|jij-boodschap|-0.98
p:zo'n reactie|bevelen|-0.97
p:zo'n reactie|etiketteren|0.97
p:zo'n slimme|waarschuwen|-0.97
p:zo'n slimme|prijzen|1.9
p:zo'n slimme|interpreteren|-0.99
p:zo'n vaart|geruststellen|0.93
p:zo'n verstandige|ik-boodschap|-1.0
p:zo'n verstandige|prijzen|1.0
p:zoekt een|prijzen|-1.0
p:zoekt gewoon|interpreteren|1.0
p:zomaar drie|bekritiseren|0.86
p:zomer eigenlijk|open-vraag|-0.95
p:zomer eigenlijk|afleiden|0.95
p:zondag samen|adviseren|0.99
p:zonde want|ik-boodschap|0.91
p:zonde zullen|vervolgafspraak|0.99
p:zonder bericht|samenvatting|-0.65
p:zonder bericht|argumenteren|0.99
p:zonder boeken|open-vraag|0.73
p:zonder diploma|interpreteren|-0.75
p:zonder eten|argumenteren|-0.68
p:zonder huiswerk|argumenteren|0.99
p:zoon heeft|jij-boodschap|-0.65
p:zoon is|jij-boodschap|1.49
p:zoon trekt|etiketteren|-0.99
p:zoon want|ik-boodschap|-0.9
p:zorg dat|bevelen|0.88
p:zorg dat|bekritiseren|-0.98
p:zorgcommissie ervan|afronding-aankondigen|-0.97
p:zorgcoordinator erbij|afronding-aankondigen|0.64
p:zorgcoordinator erbij|vervolgafspraak|0.93
p:zorgcoordinator erbij|bedanken|-0.82
p:zorgcoördinator aan|waarschuwen|-0.99
p:zorgcoördinator aan|vervolgafspraak|1.74
p:zorgcoördinator en|ik-boodschap|-0.92
p:zorgcoördinator en|samenvatting|0.92
p:zorgcoördinator en|vervolgafspraak|0.83
p:zorgcoördinator niet|ik-boodschap|0.96
p:zorgcoördinator niet|argumenteren|-0.8
p:zorgelijk hoe|open-vraag|0.78
p:zorgen dat|gevoelsreflectie|1.0
p:zorgen dat|samenvatting|-1.0
p:zorgen dat|open-vraag|1.0
p:zorgen dat|adviseren|-0.91
p:zorgen dat|interpreteren|-0.5
p:zorgen het|open-vraag|0.87
p:zorgen het|geruststellen|1.0
p:zorgen het|afleiden|-1.0
p:zorgen maakt|gevoelsreflectie|0.96
p:zorgen maakt|bevelen|-0.97
p:zorgen maakt|adviseren|0.82
p:zorgen maakt|geruststellen|-0.68
p:zorgen om|open-vraag|-0.95
p:zorgen omdat|ik-boodschap|0.97
p:zorgen omdat|adviseren|-0.9
p:zorgen omdat|vervolgafspraak|-0.95
p:zorgen over|gevoelsreflectie|-0.98
p:zorgen over|waarschuwen|-0.91
p:zorgen over|argumenteren|-1.0
p:zorgen over|afronding-aankondigen|-0.96
p:zorgen sinds|open-vraag|0.93
p:zorgen te|jij-boodschap|-0.9
p:zorgen te|bekritiseren|-0.96
p:zorgen want|jij-boodschap|-1.0
p:zorgen want|open-vraag|-0.99
p:zorgen want|argumenteren|-0.68
p:zorgen zijn|gevoelsreflectie|-0.96
p:zorgt er|bekritiseren|0.99
p:zou als|moraliseren|0.79
p:zou als|adviseren|-0.84
p:zou haar|adviseren|1.0
p:zou hij|moraliseren|0.98
p:zou ik|waarschuwen|-0.83
p:zou ik|adviseren|1.77
p:zou in|adviseren|0.8
p:zou je|ik-boodschap|0.87
p:zou je|gevoelsreflectie|-0.91
p:zou u|ik-boodschap|-1.0
p:zou u|parafrase|0.95
p:zou u|gevoelsreflectie|1.0
p:zou u|open-vraag|0.95
p:zou u|aanmoediging|-1.0
p:zou u|bevelen|-1.0
p:zou u|waarschuwen|-0.99
p:zou u|adviseren|1.0
p:zou u|etiketteren|-1.0
p:zou u|afleiden|-0.94
p:zou volgens|gevoelsreflectie|-0.94
p:zou zijn|moraliseren|-0.95
p:zouden bellen|gevoelsreflectie|-0.84
p:zoveel grapjes|interpreteren|1.47
p:zoveel kinderen|bekritiseren|-0.95
p:zoveel kinderen|geruststellen|0.95
p:zoveel missen|geruststellen|-0.7
p:zoveel verzuim|argumenteren|0.79
p:zoë haar|open-vraag|-0.98
p:zoë haar|vervolgafspraak|0.98
p:zoë in|ik-boodschap|0.81
p:zoë in|open-vraag|1.93
p:zulke ruzietjes|etiketteren|-0.97
p:zulke ruzietjes|geruststellen|-0.97
p:zulke ruzietjes|afleiden|0.97
p:zullen we|samenvatting|-0.99
p:zullen we|open-vraag|-0.77
p:zullen we|waarschuwen|-0.99
p:zullen we|afleiden|1.28
p:zullen we|vervolgafspraak|1.94
p:zusje daarom|jij-boodschap|-0.47
p:zusje daarom|geruststellen|-0.99
p:zwaar aan|moraliseren|-0.93
p:zwaar aan|interpreteren|-0.86
p:zwaar aan|geruststellen|-0.66
p:zwaar aan|afleiden|1.47
p:zwaar heeft|afleiden|-0.94
p:zwaar voelt|open-vraag|0.99
p:zwaar voor|ik-boodschap|0.99
p:zwaar voor|parafrase|0.98
p:zwaar ze|open-vraag|-0.83
p:zware periode|gevoelsreflectie|0.98
p:zware tijd|gevoelsreflectie|0.93
p:zwart op|argumenteren|0.98
p:zwart op|bekritiseren|-0.98
p:één keer|ik-boodschap|-0.96
p:één keer|bevelen|-0.36
p:één maand|ik-boodschap|0.81
p:één maand|open-vraag|0.94
p:één onvoldoende|waarschuwen|0.99
regel:aanmoediging|jij-boodschap|-1.0
regel:aanmoediging|parafrase|-1.94
regel:aanmoediging|gevoelsreflectie|-2.84
regel:aanmoediging|samenvatting|-1.92
regel:aanmoediging|open-vraag|-1.97
regel:aanmoediging|aanmoediging|7.83
regel:aanmoediging|bevelen|-0.89
regel:aanmoediging|bekritiseren|-1.0
regel:aanmoediging|etiketteren|-1.0
regel:aanmoediging|ondervragen|-0.85
regel:aanmoediging|afleiden|-1.0
regel:aanmoediging|afronding-aankondigen|-1.0
regel:aanmoediging|vervolgafspraak|-1.0
regel:aanmoediging|bedanken|-1.0
regel:adviseren|ik-boodschap|0.88
regel:adviseren|jij-boodschap|-0.97
regel:adviseren|bevelen|-1.93
regel:adviseren|waarschuwen|-1.74
regel:adviseren|moraliseren|-1.15
regel:adviseren|adviseren|15.14
regel:adviseren|argumenteren|-1.96
regel:adviseren|bekritiseren|-0.93
regel:adviseren|etiketteren|-1.99
regel:adviseren|interpreteren|-0.9
regel:adviseren|ondervragen|-3.83
regel:adviseren|afleiden|-0.94
regel:adviseren|vervolgafspraak|-0.94
regel:afleiden|gevoelsreflectie|-0.97
regel:afleiden|open-vraag|-0.99
regel:afleiden|bevelen|-1.77
regel:afleiden|waarschuwen|-1.96
regel:afleiden|moraliseren|-2.5
regel:afleiden|adviseren|-0.96
regel:afleiden|argumenteren|-0.96
regel:afleiden|bekritiseren|-1.9
regel:afleiden|prijzen|-0.83
regel:afleiden|interpreteren|-1.0
regel:afleiden|geruststellen|-1.91
regel:afleiden|ondervragen|-1.84
regel:afleiden|afleiden|13.42
regel:afleiden|afronding-aankondigen|-0.92
regel:afronding-aankondigen|ik-boodschap|-0.84
regel:afronding-aankondigen|jij-boodschap|-1.0
regel:afronding-aankondigen|samenvatting|-2.08
regel:afronding-aankondigen|bevelen|-0.92
regel:afronding-aankondigen|argumenteren|-0.98
regel:afronding-aankondigen|bekritiseren|-1.0
regel:afronding-aankondigen|interpreteren|-0.96
regel:afronding-aankondigen|afleiden|-0.96
regel:afronding-aankondigen|afronding-aankondigen|9.62
regel:afronding-aankondigen|vervolgafspraak|-4.67
regel:afronding-aankondigen|bedanken|-0.97
regel:argumenteren|ik-boodschap|-0.92
regel:argumenteren|jij-boodschap|-0.98
regel:argumenteren|parafrase|-1.0
regel:argumenteren|gevoelsreflectie|0.97
regel:argumenteren|samenvatting|-1.0
regel:argumenteren|open-vraag|-1.0
regel:argumenteren|bevelen|-1.0
regel:argumenteren|waarschuwen|-0.86
regel:argumenteren|adviseren|-1.88
regel:argumenteren|argumenteren|15.37
regel:argumenteren|bekritiseren|-2.93
regel:argumenteren|etiketteren|-1.0
regel:argumenteren|interpreteren|-1.0
regel:argumenteren|geruststellen|-2.67
regel:argumenteren|ondervragen|-1.0
regel:argumenteren|afleiden|-1.45
regel:bedanken|ik-boodschap|-0.99
regel:bedanken|jij-boodschap|-1.0
regel:bedanken|gevoelsreflectie|-1.0
regel:bedanken|samenvatting|0.52
regel:bedanken|aanmoediging|-0.98
regel:bedanken|waarschuwen|-0.97
regel:bedanken|moraliseren|-0.98
regel:bedanken|bekritiseren|0.93
regel:bedanken|prijzen|-0.95
regel:bedanken|geruststellen|-1.0
regel:bedanken|afleiden|-1.0
regel:bedanken|afronding-aankondigen|-1.88
regel:bedanken|vervolgafspraak|-1.01
regel:bedanken|bedanken|9.49
regel:bekritiseren|ik-boodschap|-1.04
regel:bekritiseren|jij-boodschap|3.07
regel:bekritiseren|parafrase|-1.83
regel:bekritiseren|gevoelsreflectie|-2.8
regel:bekritiseren|samenvatting|-1.0
regel:bekritiseren|open-vraag|-0.34
regel:bekritiseren|aanmoediging|-1.0
regel:bekritiseren|bevelen|-2.58
regel:bekritiseren|moraliseren|-2.17
regel:bekritiseren|adviseren|-1.86
regel:bekritiseren|argumenteren|-0.96
regel:bekritiseren|bekritiseren|16.12
regel:bekritiseren|prijzen|-2.98
regel:bekritiseren|etiketteren|-4.83
regel:bekritiseren|interpreteren|-2.4
regel:bekritiseren|geruststellen|-3.36
regel:bekritiseren|ondervragen|-0.99
regel:bekritiseren|afleiden|-1.95
regel:bekritiseren|afronding-aankondigen|-1.0
regel:bekritiseren|vervolgafspraak|-1.0
regel:bekritiseren|bedanken|-1.0
regel:bevelen|ik-boodschap|-0.77
regel:bevelen|samenvatting|-0.93
regel:bevelen|open-vraag|-1.0
regel:bevelen|bevelen|14.27
regel:bevelen|waarschuwen|-0.97
regel:bevelen|moraliseren|-1.72
regel:bevelen|adviseren|-1.99
regel:bevelen|argumenteren|-1.97
regel:bevelen|bekritiseren|-0.1
regel:bevelen|etiketteren|-0.75
regel:bevelen|interpreteren|-1.98
regel:bevelen|geruststellen|-1.97
regel:bevelen|afleiden|-1.0
regel:etiketteren|jij-boodschap|1.92
regel:etiketteren|waarschuwen|-1.83
regel:etiketteren|moraliseren|-1.0
regel:etiketteren|argumenteren|-0.98
regel:etiketteren|bekritiseren|-5.7
regel:etiketteren|prijzen|-1.95
regel:etiketteren|etiketteren|11.61
regel:etiketteren|interpreteren|-0.4
regel:etiketteren|geruststellen|-1.0
regel:etiketteren|afleiden|-0.92
regel:geen|ik-boodschap|-5.66
regel:geen|jij-boodschap|-0.96
regel:geen|parafrase|-2.9
regel:geen|gevoelsreflectie|-1.05
regel:geen|samenvatting|-2.94
regel:geen|open-vraag|-1.92
regel:geen|bevelen|0.79
regel:geen|waarschuwen|-0.99
regel:geen|moraliseren|-1.1
regel:geen|adviseren|-1.12
regel:geen|argumenteren|-2.71
regel:geen|bekritiseren|-0.1
regel:geen|prijzen|-1.84
regel:geen|interpreteren|-2.0
regel:geen|ondervragen|-1.71
regel:geen|afleiden|-2.12
regel:geen|afronding-aankondigen|-0.83
regel:geen|vervolgafspraak|-1.56
regel:geen|bedanken|-0.97
regel:geruststellen|jij-boodschap|-0.9
regel:geruststellen|open-vraag|0.87
regel:geruststellen|bevelen|-0.93
regel:geruststellen|moraliseren|-1.91
regel:geruststellen|adviseren|-0.97
regel:geruststellen|argumenteren|-2.23
regel:geruststellen|bekritiseren|-1.92
regel:geruststellen|prijzen|-1.88
regel:geruststellen|etiketteren|-0.97
regel:geruststellen|interpreteren|-0.54
regel:geruststellen|geruststellen|16.08
regel:geruststellen|afleiden|-3.94
regel:gevoelsreflectie|ik-boodschap|0.84
regel:gevoelsreflectie|jij-boodschap|0.74
regel:gevoelsreflectie|parafrase|-2.85
regel:gevoelsreflectie|gevoelsreflectie|16.07
regel:gevoelsreflectie|samenvatting|-2.59
regel:gevoelsreflectie|open-vraag|-2.77
regel:gevoelsreflectie|aanmoediging|-2.92
regel:gevoelsreflectie|waarschuwen|-0.99
regel:gevoelsreflectie|moraliseren|-0.93
regel:gevoelsreflectie|adviseren|1.78
regel:gevoelsreflectie|argumenteren|-1.14
regel:gevoelsreflectie|bekritiseren|0.6
regel:gevoelsreflectie|etiketteren|-1.0
regel:gevoelsreflectie|interpreteren|-1.02
regel:gevoelsreflectie|geruststellen|0.7
regel:gevoelsreflectie|ondervragen|0.88
regel:gevoelsreflectie|afleiden|-0.99
regel:gevoelsreflectie|afronding-aankondigen|-1.0
regel:gevoelsreflectie|vervolgafspraak|-1.22
regel:gevoelsreflectie|bedanken|-1.0
regel:ik-boodschap|ik-boodschap|6.82
regel:ik-boodschap|jij-boodschap|-1.0
regel:ik-boodschap|parafrase|-1.0
regel:ik-boodschap|gevoelsreflectie|-0.97
regel:ik-boodschap|samenvatting|-2.57
regel:ik-boodschap|open-vraag|-0.82
regel:ik-boodschap|waarschuwen|-1.94
regel:ik-boodschap|moraliseren|-0.81
regel:ik-boodschap|adviseren|-1.73
regel:ik-boodschap|argumenteren|-1.68
regel:ik-boodschap|bekritiseren|-0.99
regel:ik-boodschap|interpreteren|-1.5
regel:ik-boodschap|geruststellen|-0.99
regel:ik-boodschap|ondervragen|-0.93
regel:ik-boodschap|afronding-aankondigen|-0.99
regel:ik-boodschap|vervolgafspraak|-1.91
regel:ik-boodschap|bedanken|-1.94
regel:interpreteren|jij-boodschap|-1.02
regel:interpreteren|parafrase|-0.88
regel:interpreteren|gevoelsreflectie|-0.95
regel:interpreteren|samenvatting|-1.0
regel:interpreteren|bevelen|-1.86
regel:interpreteren|waarschuwen|-1.91
regel:interpreteren|moraliseren|-1.5
regel:interpreteren|adviseren|-0.92
regel:interpreteren|argumenteren|-2.86
regel:interpreteren|bekritiseren|-0.95
regel:interpreteren|prijzen|-2.0
regel:interpreteren|etiketteren|0.85
regel:interpreteren|interpreteren|14.23
regel:interpreteren|geruststellen|-1.73
regel:interpreteren|ondervragen|-0.96
regel:interpreteren|afleiden|1.47
regel:interpreteren|vervolgafspraak|-1.0
regel:jij-boodschap|jij-boodschap|10.6
regel:jij-boodschap|parafrase|-1.83
regel:jij-boodschap|gevoelsreflectie|-2.8
regel:jij-boodschap|samenvatting|-1.0
regel:jij-boodschap|open-vraag|-0.34
regel:jij-boodschap|aanmoediging|-1.0
regel:jij-boodschap|bevelen|-1.61
regel:jij-boodschap|waarschuwen|-1.04
regel:jij-boodschap|moraliseren|-1.18
regel:jij-boodschap|adviseren|-1.86
regel:jij-boodschap|argumenteren|-1.98
regel:jij-boodschap|bekritiseren|3.2
regel:jij-boodschap|prijzen|-2.94
regel:jij-boodschap|etiketteren|1.91
regel:jij-boodschap|interpreteren|-2.4
regel:jij-boodschap|geruststellen|-2.4
regel:jij-boodschap|ondervragen|-0.99
regel:jij-boodschap|afleiden|-1.95
regel:jij-boodschap|afronding-aankondigen|-1.0
regel:jij-boodschap|vervolgafspraak|-1.0
regel:jij-boodschap|bedanken|-1.0
regel:moraliseren|ik-boodschap|-1.91
regel:moraliseren|jij-boodschap|-1.84
regel:moraliseren|parafrase|-0.95
regel:moraliseren|bevelen|-2.89
regel:moraliseren|waarschuwen|-1.98
regel:moraliseren|moraliseren|11.91
regel:moraliseren|adviseren|-3.59
regel:moraliseren|argumenteren|-2.06
regel:moraliseren|bekritiseren|-0.88
regel:moraliseren|etiketteren|-0.92
regel:moraliseren|interpreteren|-2.8
regel:moraliseren|geruststellen|-0.66
regel:moraliseren|ondervragen|-0.61
regel:moraliseren|afleiden|-0.87
regel:ondervragen|ik-boodschap|-0.93
regel:ondervragen|gevoelsreflectie|0.93
regel:ondervragen|open-vraag|-1.86
regel:ondervragen|adviseren|-2.82
regel:ondervragen|bekritiseren|-0.97
regel:ondervragen|ondervragen|9.23
regel:ondervragen|afleiden|-0.96
regel:open-vraag|ik-boodschap|1.86
regel:open-vraag|jij-boodschap|-3.07
regel:open-vraag|parafrase|-2.07
regel:open-vraag|gevoelsreflectie|-2.55
regel:open-vraag|samenvatting|-1.95
regel:open-vraag|open-vraag|15.75
regel:open-vraag|aanmoediging|-1.82
regel:open-vraag|bevelen|-0.94
regel:open-vraag|moraliseren|-1.0
regel:open-vraag|adviseren|-1.95
regel:open-vraag|argumenteren|-1.0
regel:open-vraag|bekritiseren|-3.3
regel:open-vraag|prijzen|-1.0
regel:open-vraag|geruststellen|-1.0
regel:open-vraag|ondervragen|-2.92
regel:open-vraag|afleiden|0.1
regel:open-vraag|vervolgafspraak|-0.97
regel:parafrase|ik-boodschap|-1.9
regel:parafrase|parafrase|14.33
regel:parafrase|gevoelsreflectie|-2.95
regel:parafrase|samenvatting|-3.35
regel:parafrase|open-vraag|-2.73
regel:parafrase|aanmoediging|-0.99
regel:parafrase|adviseren|0.91
regel:parafrase|bekritiseren|-1.92
regel:parafrase|prijzen|-1.99
regel:parafrase|interpreteren|-2.47
regel:parafrase|geruststellen|-1.84
regel:parafrase|bedanken|-1.0
regel:prijzen|ik-boodschap|-1.0
regel:prijzen|jij-boodschap|-1.25
regel:prijzen|parafrase|-1.0
regel:prijzen|gevoelsreflectie|-1.0
regel:prijzen|open-vraag|-0.63
regel:prijzen|bevelen|-0.97
regel:prijzen|waarschuwen|-1.91
regel:prijzen|bekritiseren|-0.95
regel:prijzen|prijzen|10.55
regel:prijzen|etiketteren|-1.9
regel:prijzen|interpreteren|-0.99
regel:prijzen|geruststellen|-1.74
regel:prijzen|ondervragen|-0.61
regel:prijzen|vervolgafspraak|-0.71
regel:prijzen|bedanken|-1.0
regel:samenvatting|ik-boodschap|-3.85
regel:samenvatting|parafrase|-3.77
regel:samenvatting|gevoelsreflectie|-2.68
regel:samenvatting|samenvatting|12.91
regel:samenvatting|open-vraag|-1.89
regel:samenvatting|aanmoediging|-1.0
regel:samenvatting|bevelen|-1.88
regel:samenvatting|waarschuwen|-0.99
regel:samenvatting|adviseren|-1.89
regel:samenvatting|argumenteren|-1.8
regel:samenvatting|bekritiseren|1.41
regel:samenvatting|prijzen|-0.97
regel:samenvatting|interpreteren|-0.99
regel:samenvatting|geruststellen|-0.95
regel:samenvatting|afronding-aankondigen|-0.81
regel:samenvatting|vervolgafspraak|-0.5
regel:samenvatting|bedanken|0.14
regel:vervolgafspraak|ik-boodschap|-1.93
regel:vervolgafspraak|jij-boodschap|-1.0
regel:vervolgafspraak|gevoelsreflectie|-0.95
regel:vervolgafspraak|samenvatting|0.85
regel:vervolgafspraak|open-vraag|-1.75
regel:vervolgafspraak|bevelen|0.9
regel:vervolgafspraak|waarschuwen|-0.73
regel:vervolgafspraak|moraliseren|-0.95
regel:vervolgafspraak|adviseren|-0.88
regel:vervolgafspraak|argumenteren|-0.94
regel:vervolgafspraak|bekritiseren|-1.0
regel:vervolgafspraak|ondervragen|-0.99
regel:vervolgafspraak|afleiden|-0.73
regel:vervolgafspraak|afronding-aankondigen|-3.1
regel:vervolgafspraak|vervolgafspraak|11.48
regel:vervolgafspraak|bedanken|-2.64
regel:waarschuwen|ik-boodschap|-0.96
regel:waarschuwen|jij-boodschap|0.9
regel:waarschuwen|samenvatting|-0.92
regel:waarschuwen|waarschuwen|14.14
regel:waarschuwen|moraliseren|-0.97
regel:waarschuwen|adviseren|-0.99
regel:waarschuwen|argumenteren|-0.42
regel:waarschuwen|bekritiseren|0.58
regel:waarschuwen|prijzen|-0.99
regel:waarschuwen|etiketteren|-0.99
regel:waarschuwen|interpreteren|-1.75
regel:waarschuwen|geruststellen|-0.93
regel:waarschuwen|afleiden|-1.83
regel:waarschuwen|afronding-aankondigen|-0.96
vraag|jij-boodschap|-0.92
vraag|parafrase|-1.9
vraag|gevoelsreflectie|-0.97
vraag|samenvatting|-2.98
vraag|open-vraag|4.81
vraag|aanmoediging|-0.82
vraag|bevelen|-1.13
vraag|waarschuwen|-0.99
vraag|moraliseren|-1.0
vraag|argumenteren|-1.0
vraag|prijzen|-0.92
vraag|etiketteren|-1.0
vraag|interpreteren|-1.65
vraag|geruststellen|-1.0
vraag|ondervragen|-1.94
vraag|afleiden|1.02
vraag|afronding-aankondigen|-0.99
vraag|vervolgafspraak|0.93
vraag|bedanken|-1.95
w:'ouwe'|ik-boodschap|1.0
w:'s|jij-boodschap|0.75
w:'s|parafrase|0.91
w:'s|adviseren|2.59
w:'s|bekritiseren|0.96
w:'s|ondervragen|0.69
w:1|samenvatting|-0.92
w:1|waarschuwen|0.99
w:1|adviseren|-0.99
w:1|argumenteren|-0.92
w:14|ik-boodschap|-0.92
w:14|samenvatting|0.92
w:14|argumenteren|0.96
w:14|vervolgafspraak|1.76
w:2|jij-boodschap|-0.98
w:2|argumenteren|0.98
w:2|bekritiseren|-0.98
w:2b|bekritiseren|-0.96
w:3|ik-boodschap|-0.93
w:3|adviseren|-0.97
w:3|argumenteren|0.97
w:4|ik-boodschap|0.81
w:4|jij-boodschap|-0.98
w:4|gevoelsreflectie|1.95
w:4|open-vraag|0.94
w:4|argumenteren|1.77
w:4|bekritiseren|-0.98
w:4|geruststellen|-1.95
w:5|jij-boodschap|-0.98
w:5|argumenteren|0.25
w:5|bekritiseren|-0.98
w:6|gevoelsreflectie|-0.97
w:6|samenvatting|-0.88
w:6|argumenteren|0.95
w:7|ik-boodschap|0.81
w:7|open-vraag|0.94
w:7|adviseren|-0.99
w:7|argumenteren|-0.99
w:7|prijzen|0.91
w:8|gevoelsreflectie|-0.97
w:8|samenvatting|-0.88
w:8|argumenteren|0.95
w:9|jij-boodschap|-0.98
w:9|argumenteren|0.98
w:9|bekritiseren|-0.98
w:?|ik-boodschap|-1.91
w:?|jij-boodschap|-0.92
w:?|parafrase|-1.9
w:?|samenvatting|-2.98
w:?|open-vraag|1.83
w:?|aanmoediging|-0.82
w:?|bevelen|-1.13
w:?|waarschuwen|-0.99
w:?|moraliseren|-1.0
w:?|adviseren|-0.9
w:?|argumenteren|-1.0
w:?|bekritiseren|-1.07
w:?|prijzen|-0.92
w:?|etiketteren|-1.0
w:?|interpreteren|-1.65
w:?|geruststellen|-1.0
w:?|ondervragen|4.68
w:?|afleiden|-0.89
w:?|afronding-aankondigen|-0.99
w:?|vervolgafspraak|0.93
w:?|bedanken|-1.03
w:aan|ik-boodschap|0.76
w:aan|jij-boodschap|0.94
w:aan|parafrase|0.83
w:aan|gevoelsreflectie|0.97
w:aan|samenvatting|-0.96
w:aan|open-vraag|1.27
w:aan|bevelen|1.1
w:aan|waarschuwen|-1.05
w:aan|adviseren|0.88
w:aan|argumenteren|1.48
w:aan|bekritiseren|2.6
w:aan|prijzen|-1.0
w:aan|etiketteren|-0.99
w:aan|interpreteren|-1.86
w:aan|geruststellen|-2.13
w:aan|afleiden|1.39
w:aan|vervolgafspraak|0.74
w:aan|bedanken|-1.0
w:aanbieden|bevelen|0.97
w:aanbiedt|jij-boodschap|0.23
w:aandacht|jij-boodschap|-1.0
w:aandacht|waarschuwen|-0.98
w:aandacht|moraliseren|-0.57
w:aandacht|bekritiseren|-1.0
w:aandacht|interpreteren|1.0
w:aandacht|ondervragen|-0.96
w:aangekomen|bekritiseren|-0.95
w:aangekondigd|bekritiseren|-0.97
w:aangetroffen|ik-boodschap|-0.98
w:aangrijpt|gevoelsreflectie|1.0
w:aankaart|geruststellen|-0.95
w:aanpak|prijzen|0.99
w:aanpakken|ik-boodschap|-0.91
w:aanpakken|parafrase|-0.93
w:aanpakken|gevoelsreflectie|-0.93
w:aanpakken|samenvatting|0.91
w:aanpakken|open-vraag|1.82
w:aansluiting|waarschuwen|-0.98
w:aansprak|open-vraag|0.94
w:aanspreekpunt|samenvatting|0.98
w:aanspreekpunt|afronding-aankondigen|-0.71
w:aantekeningen|ik-boodschap|0.91
w:aantekeningen|open-vraag|-0.91
w:aardrijkskunde|ik-boodschap|0.92
w:aardrijkskunde|jij-boodschap|-0.92
w:aardrijkskunde|bekritiseren|-0.89
w:accepteren|prijzen|-1.0
w:ach|argumenteren|-0.96
w:ach|prijzen|-0.99
w:ach|geruststellen|-1.93
w:ach|afleiden|2.89
w:acht|bevelen|0.91
w:achter|interpreteren|0.99
w:achter|vervolgafspraak|-0.94
w:achterin|bevelen|1.0
w:achterloopt|moraliseren|-0.94
w:achterstand|open-vraag|-0.99
w:achterstand|afronding-aankondigen|-0.99
w:administratie|ik-boodschap|0.96
w:administratie|waarschuwen|-0.96
w:advies|parafrase|-1.0
w:advies|gevoelsreflectie|-1.0
w:advies|adviseren|-0.89
w:advies|prijzen|-1.0
w:advocaat|bekritiseren|-0.54
w:advocaat|etiketteren|0.9
w:af|ik-boodschap|-0.72
w:af|jij-boodschap|-1.0
w:af|samenvatting|-0.97
w:af|open-vraag|-0.86
w:af|bevelen|1.0
w:af|waarschuwen|0.91
w:af|moraliseren|-0.79
w:af|argumenteren|-0.98
w:af|bekritiseren|-1.0
w:af|etiketteren|-0.99
w:af|geruststellen|-1.0
w:af|ondervragen|0.86
w:af|afronding-aankondigen|2.76
w:af|vervolgafspraak|-0.88
w:af|bedanken|1.86
w:afdelingsleider|gevoelsreflectie|-0.89
w:afgeleid|vervolgafspraak|-0.98
w:afgelopen|ik-boodschap|2.91
w:afgelopen|jij-boodschap|-0.92
w:afgelopen|parafrase|-1.0
w:afgelopen|open-vraag|-0.99
w:afgelopen|argumenteren|-0.99
w:afgelopen|bekritiseren|-0.89
w:afgesloten|jij-boodschap|-0.65
w:afmeldt|ik-boodschap|-0.99
w:afronden|ik-boodschap|0.92
w:afronden|samenvatting|0.81
w:afronden|afleiden|-0.96
w:afronden|afronding-aankondigen|1.97
w:afronden|bedanken|-0.78
w:afschuift|jij-boodschap|0.98
w:afschuift|bekritiseren|0.98
w:afsluiten|bevelen|-0.92
w:afsluiten|afronding-aankondigen|0.96
w:afsluiten|vervolgafspraak|-0.85
w:afspraak|jij-boodschap|1.75
w:afspraak|samenvatting|0.92
w:afspraak|adviseren|0.89
w:afspraak|argumenteren|-0.8
w:afspraak|bekritiseren|0.89
w:afspraak|afleiden|-0.73
w:afspraak|afronding-aankondigen|0.64
w:afspraak|vervolgafspraak|0.93
w:afspraak|bedanken|0.1
w:afspraken|ik-boodschap|-0.9
w:afspraken|jij-boodschap|0.12
w:afspraken|open-vraag|0.66
w:afspraken|bevelen|0.86
w:afspraken|bekritiseren|0.12
w:afspraken|bedanken|-0.94
w:afspreekt|vervolgafspraak|-0.94
w:afspreken|ik-boodschap|0.98
w:afspreken|jij-boodschap|0.93
w:afspreken|parafrase|-0.99
w:afspreken|adviseren|0.9
w:afspreken|bekritiseren|0.93
w:afspreken|prijzen|-0.98
w:afspreken|geruststellen|-0.98
w:afwezig|ik-boodschap|0.96
w:afwezig|jij-boodschap|-0.59
w:afwezig|waarschuwen|-0.96
w:afwezig|argumenteren|0.96
w:afzet|bevelen|0.91
w:agenda|moraliseren|0.97
w:ajax|ondervragen|-0.88
w:akkoord|bevelen|-0.97
w:akkoord|prijzen|1.94
w:akkoord|vervolgafspraak|-0.71
w:al|jij-boodschap|-0.97
w:al|samenvatting|-1.0
w:al|bevelen|-0.96
w:al|waarschuwen|-0.96
w:al|moraliseren|-0.88
w:al|argumenteren|1.99
w:al|bekritiseren|0.91
w:al|geruststellen|-0.9
w:al|afleiden|0.92
w:al|afronding-aankondigen|1.0
w:al|vervolgafspraak|-1.58
w:alle|jij-boodschap|0.94
w:alle|aanmoediging|0.93
w:alle|argumenteren|0.92
w:alle|bekritiseren|0.94
w:alle|prijzen|-1.0
w:alle|etiketteren|-1.0
w:allebei|ik-boodschap|0.97
w:allebei|samenvatting|0.97
w:allebei|open-vraag|-0.93
w:allebei|geruststellen|-0.99
w:allebei|vervolgafspraak|-0.96
w:alleen|ik-boodschap|-0.81
w:alleen|jij-boodschap|-0.89
w:alleen|parafrase|-1.88
w:alleen|samenvatting|0.9
w:alleen|bevelen|-0.99
w:alleen|waarschuwen|-0.99
w:alleen|argumenteren|1.0
w:alleen|etiketteren|-0.99
w:alleen|interpreteren|-0.9
w:alleen|geruststellen|-0.93
w:allemaal|ik-boodschap|0.91
w:allemaal|gevoelsreflectie|-0.96
w:allemaal|open-vraag|-0.63
w:allemaal|bevelen|-0.93
w:allemaal|adviseren|-0.91
w:allemaal|prijzen|0.84
w:allemaal|etiketteren|-0.97
w:allemaal|geruststellen|0.87
w:alles|ik-boodschap|0.73
w:alles|jij-boodschap|1.96
w:alles|gevoelsreflectie|-0.89
w:alles|samenvatting|0.75
w:alles|open-vraag|-1.0
w:alles|adviseren|-1.75
w:alles|bekritiseren|2.71
w:als|jij-boodschap|0.18
w:als|parafrase|0.99
w:als|samenvatting|-0.99
w:als|open-vraag|0.75
w:als|bevelen|-0.35
w:als|waarschuwen|1.21
w:als|moraliseren|0.8
w:als|adviseren|-0.7
w:als|argumenteren|-1.02
w:als|bekritiseren|0.66
w:als|prijzen|1.9
w:als|interpreteren|-1.0
w:als|geruststellen|-0.96
w:als|ondervragen|-1.07
w:als|afleiden|-1.83
w:als|afronding-aankondigen|-1.0
w:als|vervolgafspraak|-1.23
w:als|bedanken|-1.0
w:alsjeblieft|bevelen|0.94
w:alsof|gevoelsreflectie|2.83
w:alsof|aanmoediging|-1.0
w:alsof|bekritiseren|0.71
w:alsof|geruststellen|-0.49
w:alstublieft|waarschuwen|-0.95
w:altijd|ik-boodschap|-0.98
w:altijd|jij-boodschap|0.81
w:altijd|gevoelsreflectie|-0.74
w:altijd|waarschuwen|-0.94
w:altijd|prijzen|1.92
w:altijd|interpreteren|-0.96
w:altijd|ondervragen|-0.84
w:altijd|vervolgafspraak|-0.71
w:amira|gevoelsreflectie|-0.92
w:ander|afleiden|0.44
w:andere|ik-boodschap|-0.81
w:andere|parafrase|2.99
w:andere|gevoelsreflectie|-1.0
w:andere|samenvatting|-0.93
w:andere|open-vraag|-0.97
w:andere|aanmoediging|-0.99
w:andere|moraliseren|-0.88
w:andere|interpreteren|-0.32
w:andere|geruststellen|-0.87
w:anderen|ik-boodschap|2.66
w:anderen|gevoelsreflectie|-0.93
w:anders|parafrase|1.93
w:anders|waarschuwen|2.8
w:anders|adviseren|-0.13
w:anders|bekritiseren|-0.97
w:anders|afronding-aankondigen|-0.96
w:andersom|jij-boodschap|1.64
w:andersom|bekritiseren|0.93
w:angst|interpreteren|0.63
w:angsten|interpreteren|0.96
w:anna|ik-boodschap|-1.0
w:anna|parafrase|1.0
w:anouk|ik-boodschap|-0.81
w:anouk|gevoelsreflectie|-1.0
w:anouk|open-vraag|0.93
w:anouk|afronding-aankondigen|-0.89
w:antwoord|ik-boodschap|0.96
w:antwoord|argumenteren|-0.8
w:antwoorden|jij-boodschap|0.98
w:antwoorden|bekritiseren|0.81
w:apart|ik-boodschap|0.73
w:apart|gevoelsreflectie|-0.93
w:app|vervolgafspraak|0.81
w:avond|bevelen|0.87
w:avond|moraliseren|-0.98
w:avond|adviseren|-0.8
w:avond|argumenteren|0.98
w:avondeten|open-vraag|-1.0
w:avondeten|ondervragen|1.0
w:avonds|parafrase|0.91
w:avonds|adviseren|1.73
w:avonds|bekritiseren|0.96
w:ayoub|samenvatting|0.97
w:baal|vervolgafspraak|-0.98
w:baalt|gevoelsreflectie|1.67
w:babyachtig|etiketteren|0.9
w:balen|ik-boodschap|0.87
w:balen|gevoelsreflectie|-0.91
w:bang|parafrase|-1.9
w:bang|gevoelsreflectie|0.83
w:bang|interpreteren|1.96
w:bang|geruststellen|0.96
w:bas|ik-boodschap|0.83
w:bas|jij-boodschap|-0.98
w:basisschool|ik-boodschap|-0.94
w:basisschool|jij-boodschap|-0.97
w:basisschool|open-vraag|1.0
w:basisschool|moraliseren|-1.0
w:basisschool|ondervragen|-1.0
w:bed|bevelen|-1.0
w:bed|moraliseren|1.0
w:bed|adviseren|-0.8
w:bed|argumenteren|-1.0
w:bed|bekritiseren|1.08
w:bedankt|samenvatting|0.65
w:bedankt|aanmoediging|-0.98
w:bedankt|waarschuwen|-0.97
w:bedankt|bekritiseren|1.86
w:bedankt|afleiden|-1.0
w:bedankt|afronding-aankondigen|-1.0
w:bedoelt|parafrase|0.88
w:bedoelt|bedanken|-1.0
w:beetje|ik-boodschap|-0.82
w:beetje|gevoelsreflectie|1.83
w:beetje|open-vraag|0.93
w:beetje|moraliseren|-0.81
w:beetje|etiketteren|-1.0
w:beetje|interpreteren|0.83
w:beetje|geruststellen|0.83
w:beetje|ondervragen|-0.97
w:beetje|afronding-aankondigen|-0.99
w:beetje|vervolgafspraak|-0.95
w:begeleiden|waarschuwen|0.95
w:beginnen|ik-boodschap|1.0
w:beginnen|interpreteren|-1.0
w:beginnen|afleiden|-0.93
w:beginnen|afronding-aankondigen|-1.0
w:beginnen|vervolgafspraak|-1.0
w:beginnen|bedanken|-1.0
w:begint|jij-boodschap|1.78
w:begint|parafrase|0.99
w:begint|gevoelsreflectie|-0.74
w:begint|bekritiseren|1.78
w:begint|vervolgafspraak|-0.94
w:begon|parafrase|-0.91
w:begon|samenvatting|0.91
w:begonnen|samenvatting|-0.97
w:begonnen|open-vraag|-0.94
w:begonnen|etiketteren|-0.84
w:begrijp|ik-boodschap|-2.64
w:begrijp|parafrase|1.88
w:begrijp|gevoelsreflectie|0.14
w:begrijp|samenvatting|-0.99
w:begrijp|argumenteren|0.76
w:begrijp|geruststellen|-0.97
w:begrijp|afleiden|0.95
w:begrijpen|argumenteren|0.98
w:behandeld|gevoelsreflectie|1.0
w:behandelt|parafrase|0.93
w:behoorlijk|jij-boodschap|-0.71
w:behoorlijk|bekritiseren|0.95
w:behulpzaam|jij-boodschap|-0.95
w:behulpzaam|bekritiseren|0.63
w:behulpzaam|afronding-aankondigen|-0.96
w:behulpzaam|bedanken|-1.8
w:bekeken|vervolgafspraak|-0.58
w:bel|ik-boodschap|-1.83
w:bel|jij-boodschap|-0.18
w:bel|gevoelsreflectie|-1.0
w:bel|samenvatting|-1.27
w:bel|open-vraag|-0.98
w:bel|bevelen|-0.92
w:bel|waarschuwen|1.12
w:bel|adviseren|0.9
w:bel|bekritiseren|-1.0
w:bel|vervolgafspraak|2.39
w:bel|bedanken|0.17
w:belachelijke|jij-boodschap|-0.93
w:belachelijke|bekritiseren|1.0
w:belangrijk|gevoelsreflectie|-0.9
w:belangrijk|bekritiseren|-1.96
w:belangrijk|afleiden|0.99
w:belde|ik-boodschap|1.0
w:bellen|ik-boodschap|-1.0
w:bellen|gevoelsreflectie|-0.84
w:bellen|bevelen|-1.0
w:bellen|adviseren|0.22
w:bellen|bekritiseren|-3.44
w:bellen|etiketteren|-1.0
w:bellen|afronding-aankondigen|-0.99
w:bellen|vervolgafspraak|0.99
w:bellen|bedanken|-0.99
w:beloningssysteem|adviseren|1.0
w:beloningssysteem|ondervragen|-0.98
w:belt|samenvatting|0.81
w:belt|bevelen|1.81
w:belt|moraliseren|-0.95
w:belt|adviseren|-0.88
w:belt|afronding-aankondigen|0.97
w:bemoeien|bevelen|0.99
w:bemoeit|jij-boodschap|0.91
w:bemoeit|gevoelsreflectie|-0.83
w:bemoeit|bekritiseren|0.98
w:ben|jij-boodschap|-0.95
w:ben|parafrase|0.95
w:ben|open-vraag|1.09
w:ben|bevelen|-0.16
w:ben|waarschuwen|-0.91
w:ben|adviseren|-0.99
w:ben|bekritiseren|-0.95
w:ben|etiketteren|-0.91
w:ben|interpreteren|-0.5
w:ben|geruststellen|0.98
w:ben|ondervragen|0.99
w:ben|afronding-aankondigen|-0.99
w:ben|bedanken|0.96
w:beneden|parafrase|0.91
w:beneden|adviseren|1.73
w:benieuwd|open-vraag|0.98
w:bent|ik-boodschap|-3.62
w:bent|jij-boodschap|0.54
w:bent|parafrase|-0.99
w:bent|gevoelsreflectie|4.61
w:bent|samenvatting|-0.98
w:bent|open-vraag|-0.21
w:bent|aanmoediging|-0.96
w:bent|waarschuwen|-0.97
w:bent|moraliseren|-0.93
w:bent|adviseren|-0.92
w:bent|argumenteren|-0.19
w:bent|bekritiseren|-2.27
w:bent|prijzen|1.13
w:bent|etiketteren|1.89
w:bent|geruststellen|1.26
w:bent|ondervragen|1.51
w:bent|afleiden|-0.96
w:bent|bedanken|1.76
w:beoordelen|ik-boodschap|-0.96
w:beoordeling|parafrase|-0.82
w:bereikbaar|etiketteren|-0.92
w:bereiken|open-vraag|0.87
w:berekend|bevelen|-1.0
w:berekend|geruststellen|-1.0
w:bericht|jij-boodschap|0.97
w:bericht|samenvatting|-0.65
w:bericht|argumenteren|0.99
w:bericht|bekritiseren|1.52
w:berichten|jij-boodschap|0.97
w:berichten|bekritiseren|1.69
w:beschermen|prijzen|-1.0
w:beschermen|interpreteren|1.0
w:beschermt|jij-boodschap|-0.98
w:beschermt|bekritiseren|-0.98
w:beschermt|interpreteren|0.89
w:bespreekbaar|argumenteren|0.65
w:bespreken|ik-boodschap|-0.99
w:bespreken|samenvatting|0.92
w:bespreken|vervolgafspraak|-0.11
w:besproken|ik-boodschap|-0.95
w:best|jij-boodschap|-0.95
w:best|moraliseren|0.8
w:best|bekritiseren|-1.88
w:best|prijzen|0.97
w:best|afleiden|-0.93
w:best|afronding-aankondigen|-0.76
w:beste|open-vraag|-1.87
w:beste|adviseren|0.99
w:beste|argumenteren|-0.99
w:beste|prijzen|0.99
w:beste|geruststellen|-0.36
w:beste|ondervragen|-0.61
w:beter|jij-boodschap|0.12
w:beter|samenvatting|0.11
w:beter|adviseren|0.93
w:beter|bekritiseren|1.8
w:beter|etiketteren|0.91
w:beter|geruststellen|1.0
w:bevalt|open-vraag|-1.81
w:bevalt|afleiden|0.73
w:bevorderen|ik-boodschap|-0.96
w:bezig|bekritiseren|1.86
w:bezig|etiketteren|-0.87
w:bezig|interpreteren|0.96
w:bezig|geruststellen|-0.96
w:bezorgd|ik-boodschap|0.95
w:bezorgd|jij-boodschap|-0.95
w:bezorgd|bekritiseren|-0.95
w:bezorgd|vervolgafspraak|0.8
w:beëindig|ik-boodschap|-0.84
w:beëindig|jij-boodschap|-0.89
w:beëindigen|bedanken|-0.94
w:bieden|bevelen|-0.97
w:biedt|jij-boodschap|-0.77
w:biedt|bevelen|0.97
w:biedt|waarschuwen|-0.97
w:bij|ik-boodschap|-0.15
w:bij|jij-boodschap|-0.83
w:bij|parafrase|0.19
w:bij|gevoelsreflectie|-1.05
w:bij|open-vraag|1.3
w:bij|waarschuwen|1.03
w:bij|moraliseren|-1.27
w:bij|adviseren|-0.99
w:bij|bekritiseren|-2.05
w:bij|prijzen|-0.16
w:bij|interpreteren|-1.01
w:bij|geruststellen|-0.66
w:bij|ondervragen|-0.91
w:bij|afronding-aankondigen|1.01
w:bij|vervolgafspraak|2.06
w:bij|bedanken|0.96
w:bijbaantje|moraliseren|-0.95
w:bijhoudt|samenvatting|0.94
w:bijhoudt|adviseren|-1.0
w:bijhoudt|vervolgafspraak|1.0
w:bijles|ik-boodschap|-1.93
w:bijles|jij-boodschap|-0.97
w:bijles|parafrase|0.92
w:bijles|gevoelsreflectie|-1.0
w:bijles|samenvatting|1.81
w:bijles|open-vraag|-0.92
w:bijles|bevelen|1.6
w:bijles|adviseren|0.95
w:bijles|prijzen|0.98
w:bijles|ondervragen|0.97
w:bijles|afronding-aankondigen|1.09
w:bijles|vervolgafspraak|0.46
w:bijles|bedanken|-0.96
w:bijna|ik-boodschap|0.83
w:bijna|argumenteren|-0.68
w:bijna|interpreteren|-0.96
w:bijna|vervolgafspraak|-0.95
w:bijna|bedanken|-0.76
w:bijvoorbeeld|adviseren|0.97
w:bijwerkt|ik-boodschap|0.84
w:bijwerkt|vervolgafspraak|-0.98
w:binnengekregen|ik-boodschap|0.93
w:binnengekregen|bekritiseren|-0.55
w:binnenkomt|open-vraag|0.98
w:binnenkwam|ik-boodschap|0.92
w:biologie|ik-boodschap|0.93
w:biologie|bekritiseren|-0.55
w:biologie|afleiden|0.84
w:blaadjes|ik-boodschap|0.91
w:blaadjes|open-vraag|-0.91
w:blauw|ik-boodschap|0.92
w:bleven|open-vraag|-0.87
w:blijf|bevelen|1.0
w:blijf|interpreteren|-1.0
w:blijf|geruststellen|-1.0
w:blijft|ik-boodschap|-0.96
w:blijft|samenvatting|0.93
w:blijft|waarschuwen|0.98
w:blijft|moraliseren|-0.94
w:blijft|adviseren|-0.89
w:blijft|prijzen|-0.99
w:blijft|geruststellen|0.22
w:blijft|afleiden|-0.83
w:blijven|ik-boodschap|0.97
w:blijven|geruststellen|0.23
w:bo|adviseren|-0.99
w:bo|ondervragen|0.99
w:boeken|parafrase|-1.0
w:boeken|open-vraag|0.73
w:boeken|bekritiseren|0.93
w:boer|gevoelsreflectie|1.0
w:boos|gevoelsreflectie|1.86
w:boos|geruststellen|-0.98
w:boos|ondervragen|0.33
w:boos|afronding-aankondigen|1.0
w:boos|vervolgafspraak|-0.85
w:bouwt|open-vraag|-0.99
w:bovenbouw|waarschuwen|-0.98
w:bram|ik-boodschap|0.11
w:bram|jij-boodschap|0.6
w:bram|open-vraag|-0.68
w:bram|bevelen|0.97
w:bram|waarschuwen|0.99
w:bram|bekritiseren|-0.93
w:bram|prijzen|-0.95
w:bram|etiketteren|-0.75
w:bram|afleiden|-0.93
w:breek|afronding-aankondigen|0.64
w:breek|vervolgafspraak|0.93
w:breek|bedanken|-0.82
w:brief|ik-boodschap|-1.64
w:brief|jij-boodschap|-0.96
w:brief|parafrase|0.92
w:brief|samenvatting|-0.95
w:brief|aanmoediging|-0.95
w:brief|adviseren|-0.88
w:brief|prijzen|-1.0
w:brief|etiketteren|-1.0
w:broertje|bekritiseren|-0.94
w:brugklas|afleiden|-0.96
w:buikpijn|parafrase|0.83
w:buikpijn|interpreteren|0.99
w:buitengesloten|samenvatting|-0.5
w:buitengesloten|bedanken|-1.0
w:bureau|bekritiseren|-0.98
w:bus|adviseren|0.99
w:bus|interpreteren|-0.92
w:buurman|adviseren|-0.83
w:capuchon|moraliseren|-0.79
w:chagrijn|prijzen|-0.86
w:chagrijn|etiketteren|1.77
w:checken|open-vraag|-0.97
w:cijfer|ik-boodschap|1.86
w:cijfer|jij-boodschap|-0.93
w:cijfer|parafrase|0.87
w:cijfer|gevoelsreflectie|-0.88
w:cijfer|samenvatting|0.97
w:cijfer|open-vraag|-0.99
w:cijfer|bevelen|-1.0
w:cijfer|waarschuwen|-0.92
w:cijfer|moraliseren|-0.95
w:cijfer|bekritiseren|-0.55
w:cijfer|prijzen|-0.97
w:cijfer|afleiden|0.3
w:cijfer|vervolgafspraak|-0.74
w:cijfer|bedanken|-0.95
w:cijferlijst|ik-boodschap|-0.96
w:cijferlijst|argumenteren|0.96
w:cijfers|ik-boodschap|-2.89
w:cijfers|jij-boodschap|-0.93
w:cijfers|parafrase|-1.0
w:cijfers|samenvatting|3.87
w:cijfers|open-vraag|0.86
w:cijfers|aanmoediging|-1.0
w:cijfers|bevelen|-1.0
w:cijfers|moraliseren|-1.0
w:cijfers|argumenteren|0.98
w:cijfers|bekritiseren|-0.97
w:cijfers|etiketteren|-0.99
w:cijfers|interpreteren|-0.99
w:cijfers|afleiden|-1.2
w:clown|prijzen|-0.95
w:clown|etiketteren|0.92
w:collega|moraliseren|-0.95
w:collega|vervolgafspraak|0.85
w:collega|bedanken|-0.95
w:communicatie|parafrase|0.9
w:communicatie|samenvatting|-0.9
w:communicatie|prijzen|-0.97
w:communicatie|vervolgafspraak|-0.63
w:concentratie|gevoelsreflectie|-0.96
w:concentreren|jij-boodschap|-1.0
w:concentreren|vervolgafspraak|0.8
w:conciërge|parafrase|-1.0
w:conciërge|waarschuwen|0.95
w:conciërge|bekritiseren|-0.99
w:contact|parafrase|0.92
w:contact|open-vraag|1.16
w:contact|aanmoediging|-0.92
w:contact|waarschuwen|-0.94
w:contact|ondervragen|0.14
w:contact|vervolgafspraak|0.59
w:contact|bedanken|-0.92
w:controleert|open-vraag|-1.0
w:controleert|moraliseren|0.97
w:controleert|etiketteren|-0.92
w:controleert|ondervragen|1.0
w:controleert|afronding-aankondigen|-0.85
w:controleren|bevelen|0.87
w:curlingouder|etiketteren|1.0
w:daan|parafrase|0.93
w:daan|gevoelsreflectie|-1.96
w:daan|samenvatting|1.0
w:daan|open-vraag|0.1
w:daan|bevelen|1.0
w:daan|waarschuwen|-0.99
w:daan|moraliseren|-0.79
w:daan|argumenteren|-0.73
w:daan|geruststellen|1.0
w:daan|ondervragen|-0.95
w:daan|afronding-aankondigen|-0.99
w:daan|vervolgafspraak|1.04
w:daar|ik-boodschap|0.96
w:daar|parafrase|1.09
w:daar|gevoelsreflectie|0.92
w:daar|open-vraag|1.97
w:daar|bevelen|0.97
w:daar|waarschuwen|-0.97
w:daar|moraliseren|-0.89
w:daar|adviseren|-0.96
w:daar|argumenteren|0.6
w:daar|etiketteren|0.98
w:daar|geruststellen|-1.11
w:daar|afleiden|-0.52
w:daar|afronding-aankondigen|-1.0
w:daar|vervolgafspraak|-1.0
w:daar|bedanken|-1.0
w:daardoor|ik-boodschap|0.73
w:daardoor|gevoelsreflectie|-0.93
w:daardoor|samenvatting|0.95
w:daardoor|open-vraag|0.78
w:daardoor|afronding-aankondigen|-0.99
w:daarmee|afronding-aankondigen|0.96
w:daarom|jij-boodschap|-0.47
w:daarom|parafrase|0.95
w:daarom|samenvatting|-1.0
w:daarom|waarschuwen|-0.98
w:daarom|moraliseren|-0.57
w:daarom|interpreteren|1.98
w:daarom|geruststellen|-0.99
w:daarom|vervolgafspraak|-1.0
w:daaronder|interpreteren|0.63
w:daarop|ondervragen|-0.95
w:daarover|moraliseren|-1.0
w:daarover|afleiden|1.0
w:daartegenaan|jij-boodschap|-0.82
w:daartegenaan|open-vraag|1.63
w:daartegenaan|bekritiseren|-0.82
w:daarvan|ik-boodschap|0.92
w:daarvan|open-vraag|0.99
w:daden|moraliseren|0.94
w:dag|waarschuwen|0.91
w:dag|moraliseren|0.11
w:dag|geruststellen|-1.0
w:dag|ondervragen|0.69
w:dag|vervolgafspraak|0.8
w:dagen|ik-boodschap|1.0
w:dagen|samenvatting|-1.6
w:dagen|bekritiseren|0.86
w:dalen|jij-boodschap|-0.93
w:dalen|interpreteren|-0.99
w:dan|ik-boodschap|1.58
w:dan|jij-boodschap|-2.3
w:dan|parafrase|1.85
w:dan|gevoelsreflectie|-1.0
w:dan|samenvatting|-1.81
w:dan|open-vraag|-1.49
w:dan|adviseren|0.91
w:dan|argumenteren|-1.79
w:dan|bekritiseren|-2.09
w:dan|prijzen|2.06
w:dan|etiketteren|0.91
w:dan|interpreteren|-0.54
w:dan|geruststellen|-0.56
w:dan|ondervragen|1.25
w:dan|afronding-aankondigen|0.88
w:dan|bedanken|0.91
w:dank|ik-boodschap|-0.99
w:dank|jij-boodschap|-1.0
w:dank|gevoelsreflectie|-1.0
w:dank|samenvatting|-0.13
w:dank|moraliseren|-0.98
w:dank|bekritiseren|-0.93
w:dank|prijzen|-0.95
w:dank|geruststellen|-1.0
w:dank|afronding-aankondigen|0.81
w:dank|vervolgafspraak|-1.01
w:dank|bedanken|5.01
w:dankbaar|bedanken|0.96
w:dankjewel|afronding-aankondigen|-0.99
w:dankjewel|bedanken|0.83
w:dat|ik-boodschap|0.82
w:dat|jij-boodschap|-1.05
w:dat|parafrase|0.89
w:dat|gevoelsreflectie|1.08
w:dat|samenvatting|-2.45
w:dat|open-vraag|0.27
w:dat|aanmoediging|-2.94
w:dat|bevelen|0.22
w:dat|moraliseren|-0.8
w:dat|adviseren|-2.88
w:dat|argumenteren|-0.87
w:dat|bekritiseren|-0.2
w:dat|prijzen|1.75
w:dat|etiketteren|-1.09
w:dat|interpreteren|-0.81
w:dat|geruststellen|0.31
w:dat|ondervragen|-2.01
w:dat|afronding-aankondigen|-3.72
w:dat|vervolgafspraak|-3.05
w:dat|bedanken|0.65
w:de|ik-boodschap|1.16
w:de|jij-boodschap|-1.9
w:de|parafrase|1.56
w:de|gevoelsreflectie|-2.96
w:de|samenvatting|0.33
w:de|open-vraag|0.69
w:de|aanmoediging|-2.95
w:de|bevelen|-1.13
w:de|waarschuwen|-0.27
w:de|moraliseren|-1.28
w:de|argumenteren|0.19
w:de|bekritiseren|-2.06
w:de|prijzen|-0.95
w:de|etiketteren|0.83
w:de|interpreteren|-1.21
w:de|geruststellen|-1.22
w:de|ondervragen|-0.59
w:de|afleiden|-1.22
w:de|afronding-aankondigen|-2.25
w:de|vervolgafspraak|-0.55
w:de|bedanken|-2.82
w:deadline|argumenteren|1.48
w:deed|samenvatting|-0.95
w:deed|open-vraag|-0.86
w:deed|ondervragen|0.86
w:deelt|bekritiseren|-0.57
w:deelt|bedanken|0.99
w:degene|jij-boodschap|1.64
w:degene|bekritiseren|0.93
w:delen|open-vraag|0.97
w:delen|afleiden|-1.0
w:delen|afronding-aankondigen|-1.0
w:denk|jij-boodschap|1.07
w:denk|samenvatting|0.95
w:denk|adviseren|-0.92
w:denk|bekritiseren|1.04
w:denk|prijzen|-1.0
w:denk|etiketteren|0.85
w:denk|interpreteren|3.63
w:denk|geruststellen|0.83
w:denk|afronding-aankondigen|0.93
w:denken|prijzen|0.98
w:denken|afleiden|0.87
w:denkt|parafrase|0.98
w:denkt|bekritiseren|2.68
w:denkt|interpreteren|0.99
w:denkt|geruststellen|0.93
w:denkt|ondervragen|-1.67
w:deur|gevoelsreflectie|-0.94
w:deze|gevoelsreflectie|-0.91
w:deze|open-vraag|-0.18
w:deze|waarschuwen|0.96
w:deze|adviseren|-0.9
w:deze|argumenteren|-1.0
w:deze|bekritiseren|-0.67
w:deze|etiketteren|-0.92
w:deze|geruststellen|1.05
w:deze|afleiden|0.95
w:deze|vervolgafspraak|-0.99
w:dezelfde|moraliseren|-0.98
w:dicht|vervolgafspraak|-0.94
w:dichtsloeg|ik-boodschap|-0.99
w:dichtsmeet|ik-boodschap|0.94
w:dichtsmeet|gevoelsreflectie|-0.94
w:die|ik-boodschap|0.96
w:die|jij-boodschap|0.95
w:die|gevoelsreflectie|0.97
w:die|samenvatting|-1.91
w:die|open-vraag|-0.99
w:die|bevelen|0.92
w:die|waarschuwen|-0.99
w:die|moraliseren|-1.0
w:die|bekritiseren|0.91
w:die|prijzen|-0.99
w:die|etiketteren|0.26
w:die|interpreteren|0.42
w:die|ondervragen|-0.93
w:die|afleiden|0.97
w:die|afronding-aankondigen|-0.96
w:dient|bevelen|0.86
w:dingen|ik-boodschap|-1.0
w:dingen|parafrase|-1.0
w:dingen|samenvatting|1.0
w:dingen|open-vraag|-1.0
w:dingen|aanmoediging|-1.0
w:dingen|bevelen|-1.0
w:dingen|afronding-aankondigen|-0.97
w:dinsdag|jij-boodschap|-1.0
w:dinsdag|gevoelsreflectie|-1.0
w:dinsdag|bekritiseren|-1.0
w:dinsdag|interpreteren|-0.64
w:dinsdag|vervolgafspraak|1.91
w:dinsdag|bedanken|1.0
w:dipje|bekritiseren|-0.95
w:dipje|geruststellen|0.95
w:diploma|waarschuwen|0.93
w:diploma|interpreteren|-0.75
w:diploma|geruststellen|-0.93
w:directeur|geruststellen|-0.96
w:directie|waarschuwen|0.91
w:discussie|jij-boodschap|-0.98
w:discussieren|ik-boodschap|-0.96
w:discussieren|argumenteren|0.96
w:dit|ik-boodschap|-3.7
w:dit|jij-boodschap|-1.18
w:dit|gevoelsreflectie|1.05
w:dit|samenvatting|-0.95
w:dit|bevelen|-0.99
w:dit|waarschuwen|-0.14
w:dit|moraliseren|0.94
w:dit|bekritiseren|-0.78
w:dit|etiketteren|-1.93
w:dit|geruststellen|-1.73
w:dit|afronding-aankondigen|-1.72
w:dit|vervolgafspraak|-0.85
w:dit|bedanken|1.89
w:docent|ik-boodschap|-0.92
w:docent|samenvatting|1.83
w:docent|bevelen|-0.94
w:docent|moraliseren|1.95
w:docent|adviseren|-0.96
w:docent|argumenteren|-0.62
w:docent|bekritiseren|0.92
w:docent|prijzen|-0.97
w:docent|afleiden|-0.93
w:docent|vervolgafspraak|-0.63
w:docenten|jij-boodschap|0.98
w:docenten|moraliseren|-0.72
w:docenten|bekritiseren|0.98
w:docenten|afleiden|-0.95
w:dochter|ik-boodschap|0.92
w:dochter|jij-boodschap|-0.84
w:dochter|gevoelsreflectie|-0.97
w:dochter|bevelen|-0.88
w:dochter|vervolgafspraak|-0.99
w:doe|jij-boodschap|-1.7
w:doe|bevelen|-0.64
w:doe|waarschuwen|-0.84
w:doe|moraliseren|0.79
w:doe|argumenteren|-0.94
w:doe|bekritiseren|-1.8
w:doe|prijzen|-1.0
w:doe|etiketteren|1.15
w:doe|geruststellen|-1.0
w:doe|afleiden|-1.38
w:doen|ik-boodschap|0.73
w:doen|parafrase|0.99
w:doen|samenvatting|-0.9
w:doen|open-vraag|-0.95
w:doen|bevelen|-1.92
w:doen|waarschuwen|0.94
w:doen|argumenteren|-0.13
w:doen|bekritiseren|-0.17
w:doen|prijzen|0.97
w:doen|interpreteren|-0.27
w:doen|geruststellen|1.35
w:doen|afleiden|0.95
w:doet|ik-boodschap|0.89
w:doet|jij-boodschap|-0.7
w:doet|samenvatting|-0.9
w:doet|open-vraag|-1.0
w:doet|bevelen|-0.1
w:doet|waarschuwen|-0.99
w:doet|bekritiseren|0.67
w:doet|interpreteren|1.7
w:doet|geruststellen|0.52
w:doet|ondervragen|1.0
w:dom|samenvatting|0.95
w:domme|jij-boodschap|-1.0
w:donderdag|ik-boodschap|-0.96
w:donderdag|samenvatting|-0.95
w:donderdag|open-vraag|-0.98
w:donderdag|vervolgafspraak|3.8
w:donderdagmiddag|bedanken|-0.94
w:door|ik-boodschap|1.83
w:door|parafrase|-0.1
w:door|gevoelsreflectie|1.99
w:door|open-vraag|-0.67
w:door|aanmoediging|0.96
w:door|waarschuwen|0.95
w:door|moraliseren|-0.99
w:door|prijzen|-0.93
w:door|etiketteren|0.85
w:door|ondervragen|-0.97
w:doordat|argumenteren|-0.99
w:doordat|interpreteren|0.88
w:doordat|geruststellen|-0.94
w:doordat|vervolgafspraak|-0.79
w:doordeweekse|adviseren|-0.8
w:doorgaan|moraliseren|-0.94
w:doorgaan|afleiden|-0.83
w:doorgaat|ik-boodschap|-0.87
w:doorgaat|jij-boodschap|0.89
w:doorgaat|waarschuwen|0.86
w:doorgaat|bekritiseren|1.48
w:doorgaat|prijzen|-0.99
w:doorgeven|ik-boodschap|0.96
w:doorgeven|waarschuwen|-0.96
w:doorheen|ik-boodschap|-0.89
w:doorheen|geruststellen|0.99
w:doorneemt|adviseren|0.99
w:draad|vervolgafspraak|-0.99
w:draait|geruststellen|1.0
w:drama|argumenteren|-0.96
w:dramaqueen|jij-boodschap|0.88
w:dramatisch|moraliseren|-1.0
w:dramatisch|adviseren|-0.99
w:dramatisch|geruststellen|-0.31
w:drie|ik-boodschap|2.03
w:drie|jij-boodschap|1.14
w:drie|parafrase|-1.0
w:drie|samenvatting|1.81
w:drie|open-vraag|-0.99
w:drie|bevelen|-0.96
w:drie|waarschuwen|-0.99
w:drie|moraliseren|-1.0
w:drie|adviseren|-1.0
w:drie|argumenteren|2.61
w:drie|bekritiseren|0.7
w:drie|etiketteren|-0.94
w:drie|afleiden|-0.73
w:drie|afronding-aankondigen|-1.91
w:drie|vervolgafspraak|0.95
w:druk|ik-boodschap|-0.94
w:druk|interpreteren|-0.62
w:druk|geruststellen|1.82
w:drukte|etiketteren|-0.91
w:duidelijk|ik-boodschap|-0.98
w:duidelijk|gevoelsreflectie|0.94
w:duidelijk|samenvatting|0.89
w:duidelijk|bevelen|0.81
w:duidelijk|moraliseren|-1.0
w:duidelijk|argumenteren|2.03
w:duidelijk|vervolgafspraak|0.63
w:duits|open-vraag|1.0
w:duits|argumenteren|-1.0
w:duits|geruststellen|-1.0
w:durfde|bedanken|0.88
w:durft|geruststellen|-0.95
w:dus|ik-boodschap|-0.96
w:dus|jij-boodschap|-1.12
w:dus|parafrase|3.04
w:dus|gevoelsreflectie|-1.87
w:dus|samenvatting|0.31
w:dus|open-vraag|-1.73
w:dus|aanmoediging|-1.0
w:dus|bevelen|-1.89
w:dus|waarschuwen|-0.94
w:dus|moraliseren|-1.0
w:dus|argumenteren|-0.32
w:dus|bekritiseren|-0.96
w:dus|prijzen|3.88
w:dus|etiketteren|-1.9
w:dus|interpreteren|-1.95
w:dus|geruststellen|-1.72
w:dus|afleiden|-1.0
w:dus|vervolgafspraak|0.12
w:dus|bedanken|-0.92
w:duurt|moraliseren|0.98
w:dwarszit|gevoelsreflectie|-0.98
w:dwingen|jij-boodschap|-0.86
w:dwingen|bekritiseren|-0.95
w:dyslexie|adviseren|1.0
w:dyslexie|vervolgafspraak|-0.36
w:echt|ik-boodschap|0.86
w:echt|jij-boodschap|-1.16
w:echt|parafrase|-1.0
w:echt|gevoelsreflectie|0.75
w:echt|samenvatting|-1.0
w:echt|open-vraag|-1.79
w:echt|aanmoediging|-1.0
w:echt|bevelen|-2.9
w:echt|waarschuwen|-1.0
w:echt|moraliseren|-1.0
w:echt|adviseren|-1.04
w:echt|argumenteren|-1.0
w:echt|bekritiseren|0.25
w:echt|prijzen|-0.92
w:echt|etiketteren|0.86
w:echt|interpreteren|-2.0
w:echt|geruststellen|3.84
w:echt|ondervragen|-1.0
w:echt|afleiden|-1.0
w:echt|afronding-aankondigen|-1.0
w:echt|vervolgafspraak|-2.79
w:echt|bedanken|-1.0
w:echte|jij-boodschap|-0.12
w:echte|bekritiseren|-1.0
w:echte|etiketteren|1.0
w:een|ik-boodschap|-1.84
w:een|jij-boodschap|-1.2
w:een|parafrase|-0.97
w:een|gevoelsreflectie|1.04
w:een|samenvatting|0.1
w:een|open-vraag|-0.15
w:een|aanmoediging|-1.86
w:een|bevelen|-1.95
w:een|waarschuwen|-1.05
w:een|moraliseren|-0.7
w:een|argumenteren|0.76
w:een|bekritiseren|-3.04
w:een|prijzen|-0.98
w:een|etiketteren|1.88
w:een|interpreteren|-0.74
w:een|geruststellen|0.78
w:een|ondervragen|-1.94
w:een|afleiden|-0.87
w:een|afronding-aankondigen|0.93
w:een|vervolgafspraak|1.01
w:een|bedanken|-0.14
w:eenmaal|moraliseren|1.16
w:eenmaal|bekritiseren|-0.91
w:eenmaal|interpreteren|-0.86
w:eenmaal|geruststellen|-1.63
w:eens|ik-boodschap|0.88
w:eens|jij-boodschap|0.85
w:eens|gevoelsreflectie|-0.98
w:eens|aanmoediging|-0.79
w:eens|bevelen|-0.68
w:eens|moraliseren|0.94
w:eens|adviseren|1.07
w:eens|argumenteren|-0.97
w:eens|bekritiseren|0.68
w:eens|prijzen|-0.99
w:eens|etiketteren|-1.0
w:eens|interpreteren|-0.66
w:eens|ondervragen|-0.98
w:eens|afleiden|0.85
w:eentje|ik-boodschap|-0.9
w:eenvoudig|waarschuwen|-0.86
w:eenvoudig|argumenteren|0.55
w:eerder|parafrase|0.99
w:eerder|bekritiseren|-1.7
w:eerder|ondervragen|1.92
w:eerlijk|ik-boodschap|-0.92
w:eerlijk|jij-boodschap|1.4
w:eerlijk|open-vraag|0.87
w:eerlijk|moraliseren|0.98
w:eerlijk|adviseren|0.96
w:eerlijk|bekritiseren|0.93
w:eerlijk|interpreteren|-1.0
w:eerlijk|afronding-aankondigen|-1.0
w:eerlijkheid|afronding-aankondigen|-0.99
w:eerlijkheid|bedanken|0.98
w:eerst|waarschuwen|-0.99
w:eerst|adviseren|0.96
w:eerst|argumenteren|-0.99
w:eerst|prijzen|-0.98
w:eerst|geruststellen|-0.98
w:eerst|afleiden|0.96
w:eerste|ik-boodschap|-0.91
w:eerste|jij-boodschap|-1.58
w:eerste|parafrase|-0.93
w:eerste|gevoelsreflectie|-0.93
w:eerste|samenvatting|0.91
w:eerste|open-vraag|1.82
w:eerste|bekritiseren|-0.71
w:eerste|geruststellen|0.92
w:eerste|vervolgafspraak|0.93
w:eet|waarschuwen|-0.99
w:eigen|samenvatting|0.82
w:eigen|waarschuwen|-0.92
w:eigen|moraliseren|-0.94
w:eigen|argumenteren|-0.89
w:eigen|bekritiseren|0.73
w:eigen|interpreteren|0.96
w:eigenlijk|jij-boodschap|-1.54
w:eigenlijk|parafrase|0.98
w:eigenlijk|gevoelsreflectie|-1.0
w:eigenlijk|open-vraag|-1.52
w:eigenlijk|waarschuwen|-1.91
w:eigenlijk|moraliseren|-0.57
w:eigenlijk|argumenteren|-0.89
w:eigenlijk|bekritiseren|-1.04
w:eigenlijk|interpreteren|1.07
w:eigenlijk|geruststellen|-0.99
w:eigenlijk|afleiden|2.59
w:eind|waarschuwen|0.91
w:einde|afleiden|0.95
w:einde|afronding-aankondigen|0.97
w:eindelijk|jij-boodschap|1.82
w:eindelijk|bekritiseren|1.62
w:eindelijk|prijzen|-0.99
w:eis|bekritiseren|0.79
w:elf|parafrase|0.87
w:elf|argumenteren|0.94
w:elkaar|samenvatting|-0.84
w:elkaar|open-vraag|-0.93
w:elkaar|moraliseren|0.92
w:elkaar|afronding-aankondigen|-1.97
w:elkaar|bedanken|-0.94
w:elke|ik-boodschap|0.91
w:elke|samenvatting|0.89
w:elke|bevelen|0.87
w:elke|waarschuwen|-0.91
w:elke|moraliseren|-0.87
w:elke|argumenteren|0.98
w:elke|geruststellen|-0.2
w:elke|afleiden|1.47
w:emma|ik-boodschap|-0.95
w:emotioneel|gevoelsreflectie|1.0
w:emotioneel|afronding-aankondigen|-1.0
w:emotioneel|vervolgafspraak|-1.0
w:en|ik-boodschap|0.83
w:en|jij-boodschap|-0.3
w:en|parafrase|-3.72
w:en|gevoelsreflectie|-4.53
w:en|samenvatting|5.78
w:en|open-vraag|-2.08
w:en|aanmoediging|0.88
w:en|bevelen|-0.77
w:en|waarschuwen|-1.8
w:en|adviseren|-2.77
w:en|argumenteren|-2.68
w:en|bekritiseren|0.98
w:en|prijzen|-0.97
w:en|interpreteren|-0.98
w:en|geruststellen|-1.51
w:en|ondervragen|0.78
w:en|afleiden|-0.95
w:en|afronding-aankondigen|1.14
w:en|vervolgafspraak|0.31
w:en|bedanken|0.14
w:eng|samenvatting|-0.65
w:eng|adviseren|0.96
w:engels|ik-boodschap|-0.99
w:engels|open-vraag|0.95
w:engels|moraliseren|-0.95
w:engels|adviseren|-0.99
w:engels|argumenteren|-0.99
w:engels|etiketteren|-0.93
w:engels|afronding-aankondigen|-0.99
w:engels|vervolgafspraak|0.85
w:engels|bedanken|-0.95
w:enkel|ik-boodschap|0.93
w:enkel|jij-boodschap|0.97
w:enkel|moraliseren|-0.72
w:enkel|bekritiseren|0.97
w:enkele|ik-boodschap|1.88
w:enkele|jij-boodschap|-1.88
w:enkele|open-vraag|-0.99
w:enkele|bekritiseren|-1.84
w:enorm|waarschuwen|0.93
w:enorme|gevoelsreflectie|0.96
w:er|ik-boodschap|1.75
w:er|jij-boodschap|-0.42
w:er|open-vraag|0.28
w:er|aanmoediging|-0.97
w:er|bevelen|-1.0
w:er|moraliseren|-0.16
w:er|adviseren|-0.99
w:er|argumenteren|-0.82
w:er|bekritiseren|-0.21
w:er|prijzen|-0.1
w:er|etiketteren|-1.0
w:er|interpreteren|-1.02
w:er|geruststellen|-1.43
w:er|afleiden|-0.46
w:er|afronding-aankondigen|1.9
w:er|vervolgafspraak|0.65
w:eraan|jij-boodschap|0.98
w:eraan|samenvatting|-1.0
w:eraan|bekritiseren|0.98
w:erbij|ik-boodschap|-0.96
w:erbij|samenvatting|-0.67
w:erbij|afronding-aankondigen|0.64
w:erbij|vervolgafspraak|3.85
w:erbij|bedanken|-0.8
w:erg|parafrase|-0.87
w:erg|gevoelsreflectie|0.99
w:erg|samenvatting|-0.96
w:erg|open-vraag|0.99
w:erg|bekritiseren|-0.91
w:erg|afleiden|-0.62
w:erger|ik-boodschap|1.0
w:erger|jij-boodschap|0.98
w:erger|bekritiseren|0.98
w:erger|interpreteren|-1.0
w:erger|afronding-aankondigen|-1.0
w:erger|vervolgafspraak|-1.0
w:erger|bedanken|-1.0
w:ernst|jij-boodschap|-0.96
w:erop|geruststellen|-0.68
w:erop|bedanken|-0.99
w:eruit|ik-boodschap|-0.92
w:eruit|jij-boodschap|1.86
w:eruit|samenvatting|0.92
w:eruit|waarschuwen|0.99
w:eruit|bekritiseren|1.48
w:eruit|vervolgafspraak|0.83
w:ervaart|ik-boodschap|0.92
w:ervaart|gevoelsreflectie|-0.98
w:ervaart|open-vraag|-0.98
w:ervan|bekritiseren|-0.96
w:ervan|afronding-aankondigen|-0.97
w:ervaring|prijzen|0.99
w:eten|argumenteren|-0.68
w:evalueren|samenvatting|-0.99
w:evalueren|afronding-aankondigen|-0.85
w:evalueren|bedanken|-0.94
w:even|ik-boodschap|-0.94
w:even|jij-boodschap|-1.25
w:even|parafrase|-2.79
w:even|gevoelsreflectie|-1.0
w:even|samenvatting|2.49
w:even|open-vraag|-0.97
w:even|bevelen|0.97
w:even|waarschuwen|-1.98
w:even|argumenteren|-1.85
w:even|bekritiseren|-0.95
w:even|prijzen|0.94
w:even|geruststellen|-0.99
w:even|afleiden|0.91
w:even|afronding-aankondigen|-1.91
w:even|vervolgafspraak|-0.17
w:even|bedanken|-0.98
w:examenreglement|parafrase|-1.0
w:examenreglement|argumenteren|1.99
w:examenreglement|interpreteren|-1.0
w:examenreglement|ondervragen|-1.0
w:examens|bekritiseren|-0.92
w:examens|geruststellen|0.92
w:excursie|prijzen|0.94
w:excursie|afronding-aankondigen|-0.92
w:excuses|jij-boodschap|-0.54
w:excuses|bevelen|0.97
w:excuses|waarschuwen|-0.97
w:extra|samenvatting|0.82
w:extra|open-vraag|-0.98
w:extra|prijzen|0.97
w:extra|interpreteren|0.66
w:extra|vervolgafspraak|-0.71
w:falen|parafrase|-0.99
w:falen|interpreteren|0.97
w:fase|geruststellen|0.98
w:fatsoen|moraliseren|1.0
w:fatsoenlijk|moraliseren|0.64
w:fay|open-vraag|0.93
w:februari|ik-boodschap|-0.93
w:feit|argumenteren|1.61
w:feit|geruststellen|-0.7
w:fenna|bekritiseren|-0.92
w:fiets|ik-boodschap|0.98
w:fiets|parafrase|-1.0
w:fiets|ondervragen|-0.94
w:fietsenhok|adviseren|-0.95
w:fijn|jij-boodschap|0.9
w:fijn|parafrase|-1.0
w:fijn|gevoelsreflectie|-0.91
w:fijn|bekritiseren|-0.43
w:fijn|prijzen|-0.89
w:fijn|afleiden|0.6
w:fijn|afronding-aankondigen|-1.0
w:fijn|vervolgafspraak|-1.0
w:fijn|bedanken|-1.82
w:fijne|jij-boodschap|-0.3
w:fijne|prijzen|0.95
w:filmen|argumenteren|-0.99
w:finn|open-vraag|-0.93
w:finn|prijzen|0.91
w:fleur|samenvatting|1.92
w:fleur|vervolgafspraak|-0.59
w:formulier|moraliseren|-0.88
w:formulier|bekritiseren|-0.98
w:fout|jij-boodschap|-1.72
w:fout|bekritiseren|-1.88
w:fouten|parafrase|0.87
w:fouten|argumenteren|0.94
w:frans|ik-boodschap|-0.95
w:frans|samenvatting|2.8
w:frans|prijzen|-0.97
w:frans|afleiden|-0.69
w:frans|vervolgafspraak|-0.63
w:frustreert|bedanken|-0.94
w:ga|ik-boodschap|-0.96
w:ga|jij-boodschap|-1.0
w:ga|samenvatting|-0.97
w:ga|open-vraag|-0.95
w:ga|aanmoediging|1.0
w:ga|bevelen|2.14
w:ga|waarschuwen|0.15
w:ga|bekritiseren|-0.1
w:ga|etiketteren|-1.0
w:ga|afleiden|0.95
w:ga|vervolgafspraak|-2.39
w:ga|bedanken|-1.0
w:gaan|ik-boodschap|-0.28
w:gaan|jij-boodschap|0.94
w:gaan|gevoelsreflectie|0.85
w:gaan|samenvatting|-0.89
w:gaan|bevelen|-1.54
w:gaan|waarschuwen|-0.83
w:gaan|adviseren|1.8
w:gaan|bekritiseren|0.94
w:gaan|interpreteren|-0.66
w:gaan|geruststellen|0.92
w:gaan|afleiden|0.87
w:gaan|vervolgafspraak|0.99
w:gaan|bedanken|-1.58
w:gaat|ik-boodschap|0.73
w:gaat|jij-boodschap|-0.77
w:gaat|parafrase|-2.03
w:gaat|samenvatting|1.79
w:gaat|open-vraag|0.17
w:gaat|aanmoediging|-0.99
w:gaat|bevelen|-0.6
w:gaat|waarschuwen|-1.01
w:gaat|adviseren|-0.98
w:gaat|argumenteren|-1.79
w:gaat|bekritiseren|-1.82
w:gaat|etiketteren|-0.99
w:gaat|interpreteren|0.33
w:gaat|geruststellen|1.32
w:gaat|ondervragen|-0.97
w:gaat|afleiden|-0.68
w:gaat|afronding-aankondigen|-1.97
w:gaat|vervolgafspraak|-1.22
w:gaf|jij-boodschap|-0.82
w:gaf|open-vraag|0.66
w:gaf|bekritiseren|-0.82
w:gamen|jij-boodschap|0.76
w:gamen|parafrase|-0.83
w:gamen|moraliseren|0.98
w:gamen|adviseren|-0.95
w:gamen|bekritiseren|1.84
w:gamen|ondervragen|0.95
w:gamet|bekritiseren|0.94
w:gang|bevelen|-1.54
w:gang|waarschuwen|0.99
w:gang|bekritiseren|-0.87
w:gangpad|ik-boodschap|-1.0
w:gangpad|argumenteren|-1.0
w:gapen|ik-boodschap|0.91
w:gapen|waarschuwen|-0.91
w:gaten|samenvatting|0.81
w:gaten|geruststellen|0.64
w:gaten|afronding-aankondigen|0.97
w:gaten|bedanken|0.97
w:gebeld|jij-boodschap|-0.42
w:gebeld|bekritiseren|-0.64
w:gebeld|prijzen|-0.99
w:gebeld|bedanken|-1.0
w:gebeurd|ik-boodschap|0.9
w:gebeurd|jij-boodschap|1.0
w:gebeurd|parafrase|0.98
w:gebeurd|gevoelsreflectie|-0.75
w:gebeurd|bekritiseren|0.16
w:gebeurd|ondervragen|-0.95
w:gebeurde|adviseren|-0.95
w:gebeuren|geruststellen|1.89
w:gebeurt|jij-boodschap|0.74
w:gebeurt|parafrase|-0.91
w:gebeurt|gevoelsreflectie|-0.96
w:gebeurt|samenvatting|0.91
w:gebeurt|waarschuwen|1.95
w:gebeurt|bekritiseren|-0.3
w:gebeurt|afleiden|-0.62
w:gebleven|jij-boodschap|-0.96
w:gebouw|afleiden|0.92
w:gebruiken|open-vraag|-0.94
w:gebruikt|ik-boodschap|-0.96
w:gebruikt|open-vraag|-0.95
w:gebruikt|waarschuwen|-0.95
w:gecontroleerd|afleiden|-1.0
w:gedaan|jij-boodschap|-2.8
w:gedaan|bevelen|-0.97
w:gedaan|bekritiseren|-3.41
w:gedacht|jij-boodschap|-0.97
w:gedacht|adviseren|0.95
w:gedoe|open-vraag|-1.89
w:gedoe|etiketteren|0.92
w:gedoe|afleiden|1.03
w:gedraagt|ik-boodschap|-1.0
w:gedraagt|jij-boodschap|1.95
w:gedraagt|parafrase|-1.0
w:gedraagt|gevoelsreflectie|-1.0
w:gedraagt|samenvatting|-1.0
w:gedraagt|open-vraag|-1.0
w:gedraagt|aanmoediging|-1.0
w:gedraagt|bevelen|-1.0
w:gedraagt|waarschuwen|-1.0
w:gedraagt|moraliseren|-1.0
w:gedraagt|adviseren|-1.0
w:gedraagt|argumenteren|-1.0
w:gedraagt|bekritiseren|1.0
w:gedraagt|prijzen|-1.0
w:gedraagt|interpreteren|-1.0
w:gedraagt|geruststellen|-1.0
w:gedraagt|ondervragen|-1.0
w:gedraagt|afleiden|-1.0
w:gedraagt|afronding-aankondigen|-1.0
w:gedraagt|vervolgafspraak|-1.0
w:gedraagt|bedanken|-1.0
w:gedrag|jij-boodschap|0.89
w:gedrag|argumenteren|-0.85
w:gedragen|ondervragen|-0.61
w:geduld|aanmoediging|-0.98
w:geduwd|gevoelsreflectie|0.9
w:geef|jij-boodschap|0.91
w:geef|afleiden|-1.0
w:geeft|parafrase|0.83
w:geeft|bevelen|1.0
w:geeft|prijzen|-0.88
w:geen|ik-boodschap|4.69
w:geen|jij-boodschap|-1.28
w:geen|gevoelsreflectie|0.95
w:geen|open-vraag|-1.1
w:geen|bevelen|-0.18
w:geen|waarschuwen|-0.86
w:geen|moraliseren|-1.71
w:geen|adviseren|-0.91
w:geen|argumenteren|0.73
w:geen|bekritiseren|1.44
w:geen|interpreteren|-1.26
w:geen|geruststellen|-0.83
w:geen|afleiden|-1.0
w:geen|afronding-aankondigen|-0.99
w:geen|vervolgafspraak|0.63
w:gefrusteerd|parafrase|-0.99
w:gegaan|ik-boodschap|-0.93
w:gegaan|ondervragen|0.97
w:gegeven|ik-boodschap|-1.0
w:gegeven|parafrase|1.0
w:gegeven|aanmoediging|-0.98
w:gegevens|waarschuwen|-0.99
w:gehad|jij-boodschap|-1.91
w:gehad|gevoelsreflectie|0.97
w:gehad|samenvatting|0.99
w:gehad|argumenteren|-0.99
w:gehad|bekritiseren|-1.44
w:gehad|afronding-aankondigen|-0.97
w:gehad|bedanken|-0.97
w:geholpen|bekritiseren|-0.74
w:gehoord|ik-boodschap|-0.8
w:gehoord|samenvatting|-0.91
w:gehoord|bekritiseren|-0.96
w:gehouden|jij-boodschap|0.79
w:gehouden|bekritiseren|0.89
w:gek|argumenteren|-0.73
w:gekeken|jij-boodschap|0.94
w:gekeken|bekritiseren|0.94
w:gekomen|ik-boodschap|-0.92
w:gekomen|parafrase|0.95
w:gekomen|gevoelsreflectie|-1.0
w:gekomen|samenvatting|0.92
w:gekomen|argumenteren|-1.0
w:gekomen|prijzen|-0.95
w:gekomen|geruststellen|-1.0
w:gekomen|afronding-aankondigen|0.97
w:gekomen|vervolgafspraak|0.83
w:gekomen|bedanken|0.77
w:gekozen|open-vraag|-0.92
w:gekregen|samenvatting|0.96
w:gekregen|vervolgafspraak|-0.59
w:gekwetst|parafrase|0.91
w:gekwetst|interpreteren|-0.66
w:gelaten|samenvatting|-0.61
w:gelaten|open-vraag|-0.99
w:geldt|samenvatting|-0.95
w:gelezen|gevoelsreflectie|-0.83
w:gelezen|samenvatting|-0.93
w:gelezen|bekritiseren|0.98
w:gelezen|ondervragen|1.44
w:gelijk|moraliseren|-1.0
w:gelijk|argumenteren|0.94
w:geloof|ik-boodschap|-0.82
w:gelopen|bekritiseren|0.73
w:gemaakt|samenvatting|-0.99
w:gemaakt|geruststellen|-0.99
w:gemaakt|afronding-aankondigen|-0.96
w:gemaild|jij-boodschap|0.98
w:gemaild|argumenteren|0.92
w:gemaild|bekritiseren|0.81
w:gemeld|etiketteren|-0.92
w:gemeld|ondervragen|0.94
w:gemeld|vervolgafspraak|-0.99
w:gemengde|adviseren|-0.89
w:gemerkt|ik-boodschap|0.9
w:gemerkt|waarschuwen|-0.99
w:gemerkt|prijzen|-0.93
w:gemiddeld|gevoelsreflectie|-0.97
w:gemiddeld|samenvatting|-0.88
w:gemiddeld|argumenteren|1.07
w:gemiddelde|ik-boodschap|0.92
w:gemiddelde|jij-boodschap|-0.92
w:gemiddelde|adviseren|-0.99
w:gemiddelde|argumenteren|-0.99
w:gemiddelde|bekritiseren|-0.89
w:gemist|ik-boodschap|0.92
w:gemist|jij-boodschap|0.93
w:genegeerd|parafrase|0.88
w:genegeerd|bevelen|-0.99
w:genegeerd|ondervragen|-1.0
w:genoeg|moraliseren|-1.0
w:genoeg|geruststellen|-0.92
w:genoeg|afleiden|1.0
w:genomen|jij-boodschap|0.98
w:genomen|open-vraag|-0.87
w:genomen|bekritiseren|0.81
w:gepast|bekritiseren|0.95
w:gepest|parafrase|0.99
w:gepest|gevoelsreflectie|-0.9
w:gepest|interpreteren|0.89
w:gepraat|afronding-aankondigen|0.96
w:geraakt|ik-boodschap|0.92
w:geraakt|aanmoediging|0.96
w:gereageerd|jij-boodschap|0.97
w:gereageerd|bekritiseren|1.52
w:gereageerd|ondervragen|-0.95
w:gerust|aanmoediging|0.96
w:gerust|adviseren|0.93
w:gerust|geruststellen|0.64
w:geschorst|waarschuwen|0.91
w:geschrokken|ik-boodschap|0.78
w:geschrokken|gevoelsreflectie|1.9
w:geschrokken|samenvatting|-0.96
w:geschrokken|argumenteren|0.76
w:geschrokken|geruststellen|-0.97
w:gespannen|afronding-aankondigen|-0.76
w:gesprek|ik-boodschap|-1.66
w:gesprek|jij-boodschap|-2.57
w:gesprek|gevoelsreflectie|0.99
w:gesprek|argumenteren|-1.89
w:gesprek|bekritiseren|-1.6
w:gesprek|ondervragen|0.85
w:gesprek|afronding-aankondigen|2.05
w:gesprek|vervolgafspraak|-1.24
w:gesprek|bedanken|1.05
w:gestegen|waarschuwen|-0.92
w:gestolen|parafrase|-1.0
w:gestrest|geruststellen|-0.99
w:gestuurd|jij-boodschap|0.89
w:gestuurd|open-vraag|0.78
w:gestuurd|aanmoediging|-0.86
w:gevallen|ik-boodschap|1.94
w:geven|ik-boodschap|0.93
w:geven|gevoelsreflectie|-1.0
w:geven|waarschuwen|-0.94
w:geven|moraliseren|0.79
w:geven|adviseren|-1.84
w:geven|bekritiseren|-0.55
w:geven|interpreteren|-0.24
w:gevoel|gevoelsreflectie|-0.9
w:gevoel|interpreteren|-0.89
w:gevolgen|waarschuwen|0.76
w:gevolgen|moraliseren|0.94
w:geweest|jij-boodschap|-0.59
w:geweest|gevoelsreflectie|1.88
w:geweest|bekritiseren|0.96
w:geweest|prijzen|-0.99
w:geweest|etiketteren|-0.99
w:geweest|bedanken|1.0
w:geweldige|bevelen|-0.97
w:geweldige|bekritiseren|2.75
w:geweldige|bedanken|-2.79
w:gewend|geruststellen|0.98
w:gewerkt|jij-boodschap|-0.95
w:gewerkt|bekritiseren|-0.95
w:gewogen|argumenteren|0.85
w:gewond|ik-boodschap|0.71
w:gewoon|ik-boodschap|-0.93
w:gewoon|jij-boodschap|1.05
w:gewoon|parafrase|0.88
w:gewoon|samenvatting|-0.93
w:gewoon|bevelen|-0.81
w:gewoon|waarschuwen|-1.98
w:gewoon|moraliseren|1.42
w:gewoon|adviseren|1.8
w:gewoon|argumenteren|0.98
w:gewoon|bekritiseren|-0.57
w:gewoon|interpreteren|2.0
w:gewoon|geruststellen|-0.93
w:gewoon|ondervragen|-0.94
w:gewoon|afleiden|-1.95
w:geworden|jij-boodschap|0.85
w:geworden|etiketteren|0.85
w:geworden|ondervragen|-1.67
w:gezakt|ik-boodschap|0.81
w:gezakt|open-vraag|0.94
w:gezegd|jij-boodschap|0.49
w:gezegd|gevoelsreflectie|0.93
w:gezegd|bekritiseren|0.93
w:gezegd|interpreteren|-1.0
w:gezegd|ondervragen|0.93
w:gezegd|afronding-aankondigen|-1.0
w:gezegd|vervolgafspraak|-1.0
w:gezegd|bedanken|-1.0
w:gezien|ik-boodschap|-0.97
w:gezien|jij-boodschap|-0.92
w:gezien|argumenteren|0.79
w:gezien|bekritiseren|-0.89
w:gezien|interpreteren|-0.83
w:gezien|ondervragen|-0.88
w:gezien|afleiden|0.92
w:gezocht|open-vraag|-0.73
w:geïrriteerd|open-vraag|-0.97
w:gijs|ik-boodschap|0.84
w:gijs|vervolgafspraak|-0.98
w:ging|jij-boodschap|-0.93
w:ging|gevoelsreflectie|-0.88
w:ging|samenvatting|-0.65
w:ging|open-vraag|0.94
w:ging|aanmoediging|-0.79
w:gisteravond|open-vraag|-0.86
w:gisteravond|ondervragen|0.86
w:gisteren|ik-boodschap|1.85
w:gisteren|gevoelsreflectie|-0.94
w:gisteren|aanmoediging|-0.98
w:gisteren|ondervragen|0.11
w:gisteren|vervolgafspraak|-0.83
w:goed|ik-boodschap|-2.64
w:goed|jij-boodschap|0.29
w:goed|parafrase|1.89
w:goed|gevoelsreflectie|-2.04
w:goed|samenvatting|-1.69
w:goed|open-vraag|-0.97
w:goed|aanmoediging|-0.99
w:goed|bevelen|-2.89
w:goed|waarschuwen|-1.85
w:goed|moraliseren|-1.0
w:goed|argumenteren|-1.0
w:goed|bekritiseren|-0.67
w:goed|prijzen|2.04
w:goed|interpreteren|-1.92
w:goed|geruststellen|-0.47
w:goed|afleiden|0.28
w:goed|afronding-aankondigen|1.0
w:goed|vervolgafspraak|-0.91
w:goede|gevoelsreflectie|-0.91
w:goede|moraliseren|0.77
w:goede|adviseren|-0.84
w:goede|argumenteren|0.99
w:goede|etiketteren|-0.92
w:goede|geruststellen|-0.91
w:goede|afleiden|0.96
w:goedemiddag|jij-boodschap|0.91
w:goedemiddag|gevoelsreflectie|-0.91
w:goeiemiddag|bevelen|-0.94
w:graag|samenvatting|-0.67
w:graag|open-vraag|1.92
w:graag|vervolgafspraak|-0.9
w:grap|bevelen|-0.96
w:grapjes|interpreteren|1.47
w:grens|interpreteren|1.0
w:grenzen|moraliseren|0.98
w:grenzen|argumenteren|-0.98
w:grenzen|bekritiseren|0.84
w:grijpen|bekritiseren|0.94
w:groeit|geruststellen|0.98
w:groep|ik-boodschap|-0.81
w:groep|jij-boodschap|1.58
w:groep|adviseren|-0.92
w:groepje|adviseren|0.88
w:groepsapp|open-vraag|0.95
w:groepsgenoten|jij-boodschap|0.95
w:groepsopdracht|ik-boodschap|0.73
w:groepsopdracht|gevoelsreflectie|-0.93
w:grote|etiketteren|0.98
w:gym|ik-boodschap|0.93
w:gym|samenvatting|-0.91
w:gymdocent|jij-boodschap|-0.82
w:gymdocent|open-vraag|0.66
w:gymdocent|bekritiseren|-0.82
w:gymles|ik-boodschap|0.9
w:gymles|gevoelsreflectie|1.75
w:gymles|interpreteren|0.99
w:gymschoenen|adviseren|-1.0
w:gymspullen|parafrase|-0.82
w:haalde|samenvatting|-0.88
w:haalde|open-vraag|-0.99
w:haalde|argumenteren|0.95
w:haalt|samenvatting|0.97
w:haalt|adviseren|-0.92
w:haalt|argumenteren|-0.27
w:haalt|geruststellen|1.02
w:haalt|afleiden|0.92
w:haar|ik-boodschap|1.24
w:haar|jij-boodschap|-0.47
w:haar|parafrase|-1.64
w:haar|gevoelsreflectie|0.93
w:haar|aanmoediging|-0.98
w:haar|bevelen|0.12
w:haar|moraliseren|-0.93
w:haar|adviseren|1.78
w:haar|argumenteren|-1.41
w:haar|bekritiseren|-0.99
w:haar|interpreteren|0.72
w:haar|geruststellen|-1.16
w:haar|ondervragen|0.93
w:haar|vervolgafspraak|0.19
w:had|ik-boodschap|-0.92
w:had|parafrase|1.82
w:had|gevoelsreflectie|-0.84
w:had|argumenteren|0.94
w:had|bekritiseren|0.12
w:had|vervolgafspraak|-0.83
w:haha|open-vraag|-0.93
w:haha|moraliseren|-1.0
w:haha|afleiden|1.93
w:halen|gevoelsreflectie|-0.96
w:halen|open-vraag|-0.99
w:halen|moraliseren|-0.81
w:halen|argumenteren|0.79
w:halen|bekritiseren|-0.92
w:halen|prijzen|0.91
w:halen|geruststellen|0.92
w:half|samenvatting|0.81
w:half|afronding-aankondigen|1.88
w:half|vervolgafspraak|0.87
w:half|bedanken|0.97
w:halverwege|ik-boodschap|0.98
w:hamza|open-vraag|-0.99
w:hand|bekritiseren|1.44
w:hand|geruststellen|-0.49
w:handige|bekritiseren|0.59
w:hard|jij-boodschap|-0.95
w:hard|bekritiseren|-0.95
w:hardop|adviseren|0.97
w:harte|bedanken|-0.97
w:havo|parafrase|-0.87
w:havo|gevoelsreflectie|0.99
w:havo|waarschuwen|0.92
w:he|open-vraag|-0.93
w:he|moraliseren|-1.0
w:he|geruststellen|-1.0
w:he|afleiden|0.93
w:heb|ik-boodschap|-0.92
w:heb|jij-boodschap|-0.9
w:heb|gevoelsreflectie|0.1
w:heb|samenvatting|-1.8
w:heb|waarschuwen|-1.01
w:heb|moraliseren|0.98
w:heb|argumenteren|0.4
w:heb|bekritiseren|-0.63
w:heb|prijzen|-0.93
w:heb|interpreteren|0.64
w:heb|geruststellen|-0.99
w:heb|ondervragen|0.93
w:heb|afleiden|-1.0
w:heb|vervolgafspraak|-0.58
w:hebben|ik-boodschap|-1.91
w:hebben|jij-boodschap|-0.99
w:hebben|gevoelsreflectie|-1.0
w:hebben|samenvatting|-1.92
w:hebben|aanmoediging|-1.0
w:hebben|bevelen|-0.99
w:hebben|moraliseren|1.06
w:hebben|bekritiseren|-1.45
w:hebben|prijzen|-0.83
w:hebben|etiketteren|-0.91
w:hebben|geruststellen|-0.6
w:hebben|afleiden|2.05
w:hebben|afronding-aankondigen|-1.89
w:hebben|vervolgafspraak|-1.86
w:hebben|bedanken|-0.97
w:hebt|ik-boodschap|1.9
w:hebt|jij-boodschap|3.16
w:hebt|gevoelsreflectie|-1.83
w:hebt|samenvatting|-0.96
w:hebt|open-vraag|-0.82
w:hebt|bevelen|-2.96
w:hebt|adviseren|-0.92
w:hebt|argumenteren|-1.28
w:hebt|bekritiseren|0.89
w:hebt|interpreteren|-0.76
w:hebt|geruststellen|-0.93
w:heeft|ik-boodschap|1.06
w:heeft|jij-boodschap|-2.05
w:heeft|parafrase|-0.88
w:heeft|samenvatting|-1.08
w:heeft|open-vraag|-1.72
w:heeft|aanmoediging|-1.93
w:heeft|bevelen|-0.88
w:heeft|waarschuwen|-0.15
w:heeft|moraliseren|-1.72
w:heeft|adviseren|-0.92
w:heeft|argumenteren|0.12
w:heeft|bekritiseren|-2.17
w:heeft|prijzen|-0.99
w:heeft|interpreteren|-0.84
w:heeft|geruststellen|-0.31
w:heeft|ondervragen|0.98
w:heeft|afleiden|-0.13
w:heeft|afronding-aankondigen|-1.98
w:heeft|vervolgafspraak|-0.6
w:heeft|bedanken|-1.0
w:heel|ik-boodschap|0.99
w:heel|jij-boodschap|0.95
w:heel|gevoelsreflectie|1.76
w:heel|open-vraag|-0.99
w:heel|aanmoediging|-0.95
w:heel|argumenteren|-0.95
w:heel|bekritiseren|0.92
w:heel|geruststellen|-0.56
w:heel|afleiden|-0.96
w:heel|afronding-aankondigen|-0.96
w:heel|bedanken|-1.8
w:heen|jij-boodschap|-0.93
w:heen|parafrase|-0.98
w:heen|gevoelsreflectie|0.99
w:heen|open-vraag|0.99
w:heen|ondervragen|-0.97
w:heft|jij-boodschap|1.0
w:heimwee|interpreteren|0.83
w:heimwee|geruststellen|0.83
w:hek|bevelen|0.91
w:held|etiketteren|0.98
w:hele|jij-boodschap|1.0
w:hele|parafrase|0.87
w:hele|gevoelsreflectie|-0.94
w:hele|samenvatting|-0.65
w:hele|bevelen|0.97
w:hele|waarschuwen|0.99
w:hele|argumenteren|0.94
w:hele|etiketteren|0.91
w:hele|vervolgafspraak|-0.93
w:helemaal|jij-boodschap|-2.01
w:helemaal|gevoelsreflectie|0.97
w:helemaal|aanmoediging|-0.93
w:helemaal|waarschuwen|-0.92
w:helemaal|argumenteren|-0.89
w:helemaal|bekritiseren|0.24
w:helikopterouders|bekritiseren|-0.99
w:helikopterouders|etiketteren|0.99
w:helpen|ik-boodschap|0.87
w:helpen|gevoelsreflectie|-0.85
w:helpen|open-vraag|0.2
w:helpen|aanmoediging|-1.0
w:helpen|prijzen|0.92
w:helpen|vervolgafspraak|0.96
w:helpt|jij-boodschap|-1.0
w:helpt|adviseren|0.99
w:helpt|vervolgafspraak|0.8
w:hem|jij-boodschap|-1.84
w:hem|parafrase|-1.0
w:hem|gevoelsreflectie|-1.81
w:hem|samenvatting|1.55
w:hem|open-vraag|1.92
w:hem|bevelen|1.31
w:hem|adviseren|1.93
w:hem|bekritiseren|-0.47
w:hem|interpreteren|0.97
w:hem|geruststellen|0.66
w:hem|ondervragen|-0.92
w:hem|afleiden|-0.9
w:hem|vervolgafspraak|-0.96
w:herfstvakantie|ik-boodschap|1.89
w:herfstvakantie|jij-boodschap|-0.95
w:herfstvakantie|adviseren|-0.9
w:herfstvakantie|bekritiseren|-1.5
w:herhalen|open-vraag|0.98
w:herkansen|parafrase|-1.0
w:herkansen|argumenteren|1.0
w:herkansen|interpreteren|-1.0
w:herkansing|parafrase|1.0
w:herkansing|gevoelsreflectie|0.94
w:herkansing|samenvatting|1.85
w:herkansing|open-vraag|-1.0
w:herkansing|argumenteren|-0.89
w:herkansing|geruststellen|1.75
w:herkansingsdata|samenvatting|-1.0
w:het|ik-boodschap|-0.32
w:het|jij-boodschap|-0.24
w:het|parafrase|-1.86
w:het|gevoelsreflectie|-3.56
w:het|samenvatting|0.19
w:het|open-vraag|-1.63
w:het|aanmoediging|-0.94
w:het|bevelen|-1.91
w:het|waarschuwen|-2.83
w:het|moraliseren|-0.11
w:het|argumenteren|0.16
w:het|bekritiseren|-0.6
w:het|prijzen|-1.91
w:het|etiketteren|-1.0
w:het|interpreteren|0.4
w:het|geruststellen|-0.28
w:het|ondervragen|-2.11
w:het|afleiden|-0.14
w:het|afronding-aankondigen|1.53
w:het|vervolgafspraak|-1.31
w:het|bedanken|0.49
w:hetzelfde|ik-boodschap|0.97
w:heus|moraliseren|-0.98
w:heus|adviseren|-0.99
w:heus|geruststellen|2.44
w:hielp|ik-boodschap|0.96
w:hier|ik-boodschap|-1.95
w:hier|gevoelsreflectie|1.91
w:hier|samenvatting|-1.07
w:hier|aanmoediging|-1.0
w:hier|bevelen|-0.85
w:hier|adviseren|-1.0
w:hier|argumenteren|0.95
w:hier|bekritiseren|-1.06
w:hier|geruststellen|-0.94
w:hier|afronding-aankondigen|4.67
w:hier|vervolgafspraak|-1.96
w:hier|bedanken|-0.87
w:hierbij|afronding-aankondigen|0.75
w:hierdoor|ik-boodschap|-0.96
w:hij|ik-boodschap|-0.26
w:hij|jij-boodschap|-1.34
w:hij|parafrase|-0.88
w:hij|gevoelsreflectie|-0.24
w:hij|samenvatting|1.51
w:hij|open-vraag|-1.99
w:hij|aanmoediging|-0.95
w:hij|bevelen|-1.88
w:hij|waarschuwen|0.83
w:hij|moraliseren|-1.89
w:hij|argumenteren|-1.66
w:hij|bekritiseren|-1.85
w:hij|prijzen|0.91
w:hij|etiketteren|-1.08
w:hij|interpreteren|1.05
w:hij|geruststellen|-1.49
w:hij|afleiden|-3.82
w:hij|afronding-aankondigen|-1.82
w:hij|vervolgafspraak|-2.09
w:hij|bedanken|0.97
w:hm|samenvatting|-1.9
w:hm|aanmoediging|3.81
w:hoe|ik-boodschap|2.81
w:hoe|jij-boodschap|-0.91
w:hoe|parafrase|-1.11
w:hoe|gevoelsreflectie|-2.68
w:hoe|open-vraag|2.88
w:hoe|aanmoediging|-0.79
w:hoe|bevelen|-0.94
w:hoe|moraliseren|-1.0
w:hoe|adviseren|-0.1
w:hoe|argumenteren|-1.0
w:hoe|bekritiseren|-1.83
w:hoe|prijzen|-0.99
w:hoe|interpreteren|-1.0
w:hoe|geruststellen|-1.0
w:hoe|ondervragen|-0.94
w:hoe|afleiden|1.07
w:hoe|afronding-aankondigen|-2.93
w:hoe|vervolgafspraak|0.1
w:hoeft|jij-boodschap|-0.9
w:hoeft|moraliseren|-0.93
w:hoeft|bekritiseren|-1.95
w:hoeft|interpreteren|-0.86
w:hoeft|geruststellen|0.85
w:hoeft|afleiden|0.96
w:hoeveel|jij-boodschap|0.93
w:hoeveel|ondervragen|0.69
w:hoezo|ondervragen|0.62
w:hoi|jij-boodschap|-0.83
w:hoi|bevelen|-1.77
w:hond|afleiden|0.95
w:hoofd|open-vraag|0.99
w:hoog|gevoelsreflectie|1.0
w:hoog|open-vraag|-1.0
w:hoogte|samenvatting|0.65
w:hoogte|waarschuwen|-1.0
w:hoogte|moraliseren|1.89
w:hoogte|interpreteren|-1.0
w:hoogte|ondervragen|0.62
w:hoogte|bedanken|0.96
w:hoor|parafrase|0.88
w:hoor|gevoelsreflectie|1.9
w:hoor|samenvatting|-1.78
w:hoor|open-vraag|-0.68
w:hoor|aanmoediging|1.89
w:hoor|bevelen|-0.88
w:hoor|adviseren|-0.97
w:hoor|argumenteren|1.49
w:hoor|bekritiseren|-0.99
w:hoor|prijzen|-0.16
w:hoor|interpreteren|-1.0
w:hoor|geruststellen|2.02
w:hoor|ondervragen|1.26
w:hoor|afleiden|-1.56
w:hoor|vervolgafspraak|-0.93
w:hoorde|ik-boodschap|0.98
w:hoorde|interpreteren|-0.99
w:hoort|parafrase|-0.95
w:hoort|bevelen|-1.97
w:hoort|moraliseren|4.08
w:hoort|argumenteren|-1.74
w:hoort|bekritiseren|-1.93
w:hoort|interpreteren|-0.86
w:hoort|geruststellen|-0.66
w:hoort|afleiden|-0.77
w:horen|jij-boodschap|-0.99
w:horen|parafrase|0.91
w:horen|samenvatting|-0.29
w:horen|open-vraag|-0.98
w:horen|moraliseren|0.9
w:horen|adviseren|-0.89
w:horen|bekritiseren|-1.7
w:horen|interpreteren|-0.66
w:horen|afronding-aankondigen|-0.99
w:horen|vervolgafspraak|0.98
w:horen|bedanken|0.91
w:hou|bevelen|0.97
w:hou|argumenteren|-0.68
w:houd|samenvatting|0.65
w:houd|bedanken|0.96
w:houden|samenvatting|0.81
w:houden|aanmoediging|-0.92
w:houden|bevelen|-0.11
w:houden|moraliseren|1.0
w:houden|argumenteren|0.49
w:houden|interpreteren|-1.0
w:houden|ondervragen|-0.85
w:houden|afronding-aankondigen|0.97
w:houden|bedanken|0.97
w:houding|jij-boodschap|-1.0
w:houdt|ik-boodschap|-0.9
w:houdt|jij-boodschap|-0.82
w:houdt|gevoelsreflectie|0.93
w:houdt|open-vraag|-0.32
w:houdt|bekritiseren|-0.82
w:houdt|geruststellen|0.64
w:houdt|vervolgafspraak|0.98
w:huilend|ik-boodschap|-0.98
w:huilt|gevoelsreflectie|-0.92
w:huis|ik-boodschap|-0.92
w:huis|open-vraag|-1.81
w:huis|afleiden|0.73
w:huisarts|samenvatting|0.92
w:huisarts|adviseren|0.89
w:huisarts|geruststellen|0.92
w:huisarts|afleiden|-0.94
w:huisarts|vervolgafspraak|0.83
w:huiswerk|jij-boodschap|-0.88
w:huiswerk|samenvatting|1.88
w:huiswerk|open-vraag|1.22
w:huiswerk|waarschuwen|0.96
w:huiswerk|moraliseren|0.46
w:huiswerk|adviseren|1.01
w:huiswerk|argumenteren|-0.99
w:huiswerk|prijzen|-0.97
w:huiswerk|etiketteren|-0.92
w:huiswerk|interpreteren|-0.94
w:huiswerk|ondervragen|0.86
w:huiswerk|afronding-aankondigen|-0.99
w:huiswerk|vervolgafspraak|0.33
w:huiswerkbegeleiding|ondervragen|-0.93
w:huiswerkklas|parafrase|-0.98
w:huiswerkklas|samenvatting|0.89
w:huiswerkklas|waarschuwen|-0.83
w:huiswerkmoment|prijzen|-0.98
w:huiswerkmoment|geruststellen|-0.98
w:huiswerkopdracht|ik-boodschap|0.95
w:huiswerkopdracht|jij-boodschap|-0.95
w:huiswerkopdracht|open-vraag|-0.99
w:huiswerkopdracht|bekritiseren|-0.95
w:huiswerkritme|open-vraag|-0.63
w:huiswerkritme|prijzen|0.84
w:huiswerktijd|parafrase|-0.99
w:huiswerktijd|adviseren|0.9
w:hulp|open-vraag|-0.98
w:hulp|waarschuwen|-0.91
w:hulp|adviseren|0.97
w:hun|ik-boodschap|0.93
w:hun|jij-boodschap|-1.99
w:hun|adviseren|-1.99
w:hun|bekritiseren|-0.74
w:hysterisch|bevelen|1.8
w:hysterisch|waarschuwen|-0.83
w:hè|gevoelsreflectie|0.77
w:hè|afleiden|0.6
w:hé|afleiden|-0.93
w:idee|jij-boodschap|-0.96
w:idee|parafrase|0.93
w:idee|bevelen|-0.99
w:idee|moraliseren|-0.95
w:idee|adviseren|0.99
w:idee|etiketteren|-0.99
w:idee|interpreteren|0.55
w:iedere|moraliseren|1.0
w:iedereen|jij-boodschap|0.96
w:iedereen|samenvatting|-0.96
w:iedereen|waarschuwen|-0.96
w:iedereen|adviseren|-0.92
w:iedereen|argumenteren|1.0
w:iedereen|bekritiseren|0.96
w:iedereen|geruststellen|-1.78
w:iedereen|afleiden|0.94
w:iemand|ik-boodschap|0.71
w:iemand|jij-boodschap|-1.7
w:iemand|bevelen|-0.97
w:iemand|moraliseren|3.15
w:iemand|bekritiseren|-1.8
w:iets|ik-boodschap|-0.98
w:iets|jij-boodschap|0.89
w:iets|samenvatting|-1.0
w:iets|adviseren|-0.96
w:iets|etiketteren|-0.99
w:iets|interpreteren|1.0
w:iets|geruststellen|-0.89
w:iets|ondervragen|-0.99
w:iets|afleiden|1.01
w:iets|vervolgafspraak|-0.32
w:ik|ik-boodschap|2.24
w:ik|jij-boodschap|-1.24
w:ik|parafrase|-0.91
w:ik|gevoelsreflectie|-2.46
w:ik|samenvatting|-1.92
w:ik|open-vraag|-1.46
w:ik|aanmoediging|0.97
w:ik|bevelen|-0.26
w:ik|moraliseren|-1.81
w:ik|argumenteren|-3.47
w:ik|bekritiseren|-2.64
w:ik|prijzen|-3.01
w:ik|etiketteren|-1.97
w:ik|interpreteren|-0.21
w:ik|geruststellen|-2.62
w:ik|ondervragen|-1.91
w:ik|afleiden|-1.02
w:ik|afronding-aankondigen|1.5
w:ik|vervolgafspraak|2.1
w:ik|bedanken|-2.92
w:ilias|interpreteren|-0.94
w:ilse|ik-boodschap|0.92
w:in|ik-boodschap|-0.27
w:in|jij-boodschap|0.12
w:in|parafrase|-0.9
w:in|open-vraag|0.32
w:in|bevelen|-0.24
w:in|waarschuwen|-0.93
w:in|adviseren|-1.11
w:in|argumenteren|-1.02
w:in|bekritiseren|1.67
w:in|interpreteren|0.2
w:in|geruststellen|-0.23
w:in|ondervragen|-0.93
w:in|afleiden|0.5
w:in|afronding-aankondigen|0.97
w:in|vervolgafspraak|-1.02
w:in|bedanken|0.97
w:incident|gevoelsreflectie|-0.84
w:incident|afleiden|0.91
w:informatica|adviseren|-0.9
w:informatie|jij-boodschap|-0.42
w:informatie|bekritiseren|-0.64
w:ingegrepen|gevoelsreflectie|-0.95
w:ingeleverd|ik-boodschap|0.92
w:ingeleverd|jij-boodschap|-0.92
w:ingeleverd|samenvatting|-0.99
w:ingeleverd|open-vraag|-0.99
w:ingeleverd|moraliseren|-0.88
w:ingeleverd|argumenteren|0.49
w:ingeleverd|bekritiseren|-1.84
w:ingeleverd|geruststellen|-0.99
w:ingeleverd|afronding-aankondigen|-0.99
w:ingelevert|ik-boodschap|0.95
w:ingelevert|jij-boodschap|-0.95
w:ingelevert|bekritiseren|-0.95
w:ingelicht|gevoelsreflectie|1.81
w:ingezet|jij-boodschap|1.0
w:ingrijpen|etiketteren|-0.84
w:inhalen|ik-boodschap|0.99
w:inhalen|ondervragen|-1.0
w:inlevert|waarschuwen|0.95
w:inlevert|argumenteren|-0.42
w:inmiddels|jij-boodschap|-0.96
w:inschakelen|jij-boodschap|-0.96
w:instructie|open-vraag|-0.98
w:instructie|vervolgafspraak|0.98
w:interesse|bekritiseren|0.17
w:internet|jij-boodschap|-0.84
w:inzet|bekritiseren|1.83
w:inzet|bedanken|-0.98
w:iris|waarschuwen|-0.98
w:is|ik-boodschap|-0.61
w:is|jij-boodschap|-0.21
w:is|parafrase|0.8
w:is|gevoelsreflectie|-1.41
w:is|open-vraag|-2.69
w:is|bevelen|-0.11
w:is|waarschuwen|-1.86
w:is|moraliseren|-0.12
w:is|adviseren|-2.0
w:is|argumenteren|1.92
w:is|prijzen|-1.0
w:is|etiketteren|-0.1
w:is|interpreteren|-0.8
w:is|geruststellen|-1.68
w:is|ondervragen|-1.78
w:is|afleiden|-1.12
w:is|vervolgafspraak|0.71
w:ja|parafrase|-1.0
w:ja|gevoelsreflectie|-0.9
w:ja|open-vraag|-1.9
w:ja|aanmoediging|0.88
w:ja|moraliseren|-1.52
w:ja|bekritiseren|-0.91
w:ja|etiketteren|0.93
w:ja|ondervragen|-1.76
w:ja|afleiden|1.89
w:jaar|aanmoediging|-0.79
w:jaar|bevelen|-0.96
w:jaar|moraliseren|-0.98
w:jaar|argumenteren|0.79
w:jaar|bekritiseren|-0.47
w:jaarplanning|adviseren|-0.9
w:jaloers|jij-boodschap|-0.47
w:jaloers|interpreteren|1.0
w:jaloers|geruststellen|-0.99
w:jammer|ik-boodschap|0.73
w:jammer|gevoelsreflectie|-0.93
w:jammer|ondervragen|-0.93
w:jammer|afronding-aankondigen|1.0
w:jansen|prijzen|-0.99
w:jansen|etiketteren|-0.99
w:jayden|jij-boodschap|-0.82
w:jayden|gevoelsreflectie|0.9
w:jayden|open-vraag|0.66
w:jayden|bevelen|0.6
w:jayden|bekritiseren|-0.82
w:je|ik-boodschap|0.8
w:je|jij-boodschap|-1.01
w:je|parafrase|-1.9
w:je|gevoelsreflectie|-1.65
w:je|samenvatting|0.32
w:je|open-vraag|-0.19
w:je|aanmoediging|-1.0
w:je|bevelen|-1.48
w:je|waarschuwen|-1.27
w:je|moraliseren|0.12
w:je|adviseren|-0.94
w:je|argumenteren|-1.8
w:je|bekritiseren|-1.97
w:je|prijzen|-1.06
w:je|etiketteren|-2.87
w:je|interpreteren|-0.74
w:je|geruststellen|-0.95
w:je|ondervragen|-1.06
w:je|afleiden|-1.19
w:je|afronding-aankondigen|-0.2
w:je|vervolgafspraak|-0.45
w:je|bedanken|-0.12
w:jens|vervolgafspraak|-0.93
w:jesse|ik-boodschap|0.93
w:jesse|samenvatting|-0.93
w:jesse|open-vraag|-0.97
w:jesse|bekritiseren|-0.55
w:jezelf|ik-boodschap|0.98
w:jij|ik-boodschap|0.15
w:jij|jij-boodschap|2.7
w:jij|gevoelsreflectie|-1.03
w:jij|samenvatting|-1.06
w:jij|open-vraag|0.75
w:jij|aanmoediging|-1.0
w:jij|waarschuwen|-0.98
w:jij|moraliseren|-1.0
w:jij|adviseren|-1.83
w:jij|argumenteren|-1.94
w:jij|bekritiseren|2.59
w:jij|etiketteren|-0.13
w:jij|interpreteren|-1.69
w:jij|ondervragen|-1.61
w:jij|afleiden|-2.0
w:jij|afronding-aankondigen|-1.0
w:jij|vervolgafspraak|-1.83
w:jij|bedanken|-1.0
w:joep|ik-boodschap|-0.84
w:joep|jij-boodschap|1.86
w:joep|bekritiseren|1.48
w:joh|geruststellen|1.98
w:joh|afleiden|1.0
w:jongen|waarschuwen|-0.97
w:jongen|bekritiseren|-1.78
w:jongen|prijzen|0.91
w:jou|ik-boodschap|0.73
w:jou|jij-boodschap|0.96
w:jou|parafrase|-1.0
w:jou|gevoelsreflectie|-0.75
w:jou|samenvatting|-1.96
w:jou|open-vraag|0.98
w:jou|waarschuwen|-0.83
w:jou|argumenteren|-1.0
w:jou|bekritiseren|0.96
w:jou|prijzen|-0.98
w:jou|geruststellen|-1.0
w:jou|afleiden|-0.69
w:jouw|adviseren|0.8
w:juf|parafrase|0.93
w:julian|jij-boodschap|-0.32
w:julian|gevoelsreflectie|0.91
w:julian|bekritiseren|-0.63
w:jullie|ik-boodschap|1.67
w:jullie|jij-boodschap|1.0
w:jullie|open-vraag|0.93
w:jullie|moraliseren|-0.93
w:jullie|adviseren|-0.86
w:jullie|bekritiseren|1.32
w:jullie|prijzen|1.14
w:jullie|etiketteren|-1.84
w:jullie|geruststellen|-1.58
w:jullie|afleiden|-0.95
w:jullie|bedanken|1.0
w:kader|adviseren|-0.89
w:kamer|ik-boodschap|0.91
w:kamer|waarschuwen|-0.91
w:kamp|gevoelsreflectie|0.77
w:kamp|waarschuwen|0.95
w:kamp|afleiden|0.91
w:kampweek|parafrase|-0.91
w:kampweek|samenvatting|0.91
w:kan|ik-boodschap|3.19
w:kan|parafrase|-1.71
w:kan|samenvatting|-1.0
w:kan|open-vraag|-0.62
w:kan|waarschuwen|-0.92
w:kan|adviseren|-1.73
w:kan|bekritiseren|-1.47
w:kan|prijzen|0.77
w:kan|etiketteren|-0.9
w:kan|interpreteren|-0.62
w:kan|geruststellen|-0.99
w:kan|ondervragen|-1.93
w:kan|afleiden|-0.93
w:kans|ik-boodschap|0.91
w:kans|samenvatting|0.82
w:kans|bevelen|1.0
w:keer|jij-boodschap|-0.5
w:keer|parafrase|-1.0
w:keer|gevoelsreflectie|-0.91
w:keer|samenvatting|0.97
w:keer|open-vraag|0.78
w:keer|bevelen|-0.34
w:keer|waarschuwen|1.93
w:keer|moraliseren|-1.0
w:keer|adviseren|-0.9
w:keer|bekritiseren|-0.16
w:keer|etiketteren|-0.92
w:keer|vervolgafspraak|0.75
w:kennen|argumenteren|0.98
w:keuken|adviseren|0.86
w:keulen|afronding-aankondigen|-0.92
w:keus|geruststellen|-0.83
w:keuze|parafrase|-0.87
w:keuze|gevoelsreflectie|0.99
w:keuze|bekritiseren|0.59
w:keuze|ondervragen|-0.93
w:keuzevak|open-vraag|-0.92
w:kevin|ik-boodschap|0.96
w:kevin|waarschuwen|-0.74
w:kijk|ik-boodschap|1.95
w:kijk|jij-boodschap|-0.98
w:kijk|open-vraag|0.98
w:kijk|waarschuwen|-0.86
w:kijk|argumenteren|1.33
w:kijk|bekritiseren|-0.98
w:kijk|afleiden|0.84
w:kijken|samenvatting|1.98
w:kijken|open-vraag|-0.77
w:kijken|bevelen|-0.97
w:kijken|adviseren|-1.0
w:kijken|afronding-aankondigen|-0.98
w:kijken|vervolgafspraak|0.4
w:kijkt|jij-boodschap|-0.82
w:kijkt|parafrase|-1.0
w:kijkt|gevoelsreflectie|1.79
w:kijkt|open-vraag|0.66
w:kijkt|bekritiseren|-0.82
w:kijkt|prijzen|-1.0
w:kijkt|ondervragen|-0.97
w:kim|ik-boodschap|-0.98
w:kind|bevelen|-1.0
w:kind|moraliseren|0.95
w:kind|argumenteren|-1.0
w:kind|bekritiseren|-0.74
w:kinderachtig|bevelen|-0.83
w:kinderen|adviseren|-0.8
w:kinderen|bekritiseren|-0.95
w:kinderen|etiketteren|-0.94
w:kinderen|geruststellen|0.36
w:klaagt|parafrase|0.83
w:klaar|ik-boodschap|-0.77
w:klaar|aanmoediging|-0.93
w:klaar|bevelen|0.77
w:klaar|waarschuwen|-0.91
w:klaar|moraliseren|-0.86
w:klaar|bekritiseren|-0.97
w:klaar|etiketteren|-1.0
w:klaar|geruststellen|-1.0
w:klaarzetten|open-vraag|-0.98
w:klas|jij-boodschap|-1.64
w:klas|parafrase|-1.03
w:klas|gevoelsreflectie|-1.94
w:klas|open-vraag|0.22
w:klas|bevelen|-0.16
w:klas|waarschuwen|0.99
w:klas|moraliseren|-0.98
w:klas|argumenteren|0.98
w:klas|bekritiseren|-0.47
w:klas|prijzen|1.93
w:klas|interpreteren|-0.96
w:klas|geruststellen|1.07
w:klas|afleiden|-0.39
w:klas|vervolgafspraak|-0.98
w:klas|bedanken|-1.0
w:klasgenoot|ik-boodschap|0.96
w:klasgenoot|jij-boodschap|0.93
w:klasgenoten|ik-boodschap|-1.0
w:klasgenoten|jij-boodschap|1.0
w:klasgenoten|parafrase|-1.0
w:klasgenoten|gevoelsreflectie|-1.74
w:klasgenoten|samenvatting|-1.0
w:klasgenoten|open-vraag|-1.0
w:klasgenoten|aanmoediging|-1.0
w:klasgenoten|bevelen|-1.0
w:klasgenoten|waarschuwen|-1.0
w:klasgenoten|moraliseren|-0.36
w:klasgenoten|adviseren|-1.0
w:klasgenoten|argumenteren|-1.0
w:klasgenoten|prijzen|-1.0
w:klasgenoten|etiketteren|-1.0
w:klasgenoten|interpreteren|-1.0
w:klasgenoten|geruststellen|-1.0
w:klasgenoten|ondervragen|-1.0
w:klasgenoten|afleiden|-1.0
w:klasgenoten|afronding-aankondigen|-1.0
w:klasgenoten|vervolgafspraak|-1.0
w:klasgenoten|bedanken|-1.0
w:kleedkamer|open-vraag|-0.82
w:kleuter|jij-boodschap|1.56
w:kleuter|etiketteren|1.94
w:kleuterachtig|etiketteren|0.92
w:kleuterachtig|afleiden|-0.92
w:klinkt|parafrase|-1.85
w:klinkt|gevoelsreflectie|6.65
w:klinkt|aanmoediging|-1.0
w:klopt|ik-boodschap|-0.93
w:klopt|jij-boodschap|-0.88
w:klopt|argumenteren|2.9
w:klopt|bekritiseren|-0.97
w:kluisje|jij-boodschap|-0.99
w:kluisje|adviseren|-0.99
w:kluisjes|ik-boodschap|0.89
w:knap|open-vraag|-0.63
w:knap|prijzen|0.84
w:knap|bedanken|0.88
w:koffie|waarschuwen|-0.99
w:kom|ik-boodschap|0.83
w:kom|jij-boodschap|-0.2
w:kom|adviseren|-0.96
w:kom|bekritiseren|-0.98
w:kom|interpreteren|-0.98
w:kom|ondervragen|-0.84
w:kom|vervolgafspraak|0.99
w:komen|samenvatting|-1.0
w:komen|open-vraag|-0.93
w:komen|moraliseren|1.0
w:komen|adviseren|-1.0
w:komen|prijzen|-0.96
w:komen|ondervragen|-0.94
w:komst|samenvatting|0.95
w:komst|afronding-aankondigen|-0.22
w:komst|bedanken|0.92
w:komt|jij-boodschap|1.82
w:komt|parafrase|-1.02
w:komt|gevoelsreflectie|0.1
w:komt|samenvatting|-1.0
w:komt|open-vraag|-0.35
w:komt|bevelen|-2.69
w:komt|adviseren|0.93
w:komt|argumenteren|-2.79
w:komt|bekritiseren|1.62
w:komt|prijzen|-0.96
w:komt|geruststellen|3.8
w:komt|afleiden|-0.66
w:komt|afronding-aankondigen|-0.98
w:komt|vervolgafspraak|-1.77
w:kon|ik-boodschap|0.87
w:kon|jij-boodschap|-0.92
w:kon|gevoelsreflectie|-0.91
w:kon|adviseren|0.9
w:kort|ik-boodschap|-0.81
w:kort|jij-boodschap|-0.42
w:kort|gevoelsreflectie|-1.0
w:kort|samenvatting|0.97
w:kort|open-vraag|-0.98
w:kort|bekritiseren|-0.64
w:kortom|ik-boodschap|-0.97
w:kortom|jij-boodschap|1.89
w:kortom|parafrase|-0.95
w:kortom|samenvatting|2.73
w:kortom|open-vraag|0.92
w:kortom|bevelen|-0.88
w:kortom|bekritiseren|1.89
w:kortom|prijzen|-0.97
w:kortom|geruststellen|-0.95
w:kortom|vervolgafspraak|-1.18
w:kortom|bedanken|-0.82
w:kortzichtige|bekritiseren|0.97
w:kost|samenvatting|0.95
w:kost|open-vraag|0.98
w:kosten|waarschuwen|0.92
w:kreeg|gevoelsreflectie|0.94
w:kreeg|samenvatting|0.89
w:kreeg|argumenteren|-0.94
w:kreeg|vervolgafspraak|0.63
w:krijgen|prijzen|-1.0
w:krijgen|etiketteren|-1.0
w:krijgt|samenvatting|1.68
w:krijgt|open-vraag|-0.97
w:krijgt|moraliseren|-0.94
w:krijgt|argumenteren|1.06
w:krijgt|prijzen|0.98
w:krijgt|interpreteren|0.99
w:krijgt|ondervragen|-0.96
w:krijgt|afleiden|-0.83
w:krijgt|afronding-aankondigen|0.12
w:krijgt|bedanken|0.97
w:kritiek|jij-boodschap|1.32
w:kritiek|samenvatting|-0.9
w:kritiek|bekritiseren|0.7
w:kritisch|parafrase|-1.0
w:kritisch|gevoelsreflectie|-1.0
w:kritisch|prijzen|1.0
w:kritisch|bedanken|-1.0
w:kun|ik-boodschap|0.99
w:kun|jij-boodschap|-1.0
w:kun|argumenteren|0.72
w:kunnen|ik-boodschap|-0.56
w:kunnen|parafrase|0.82
w:kunnen|open-vraag|0.73
w:kunnen|bevelen|-1.0
w:kunnen|adviseren|1.0
w:kunnen|argumenteren|0.98
w:kunnen|etiketteren|-1.0
w:kunnen|interpreteren|-1.0
w:kunnen|afleiden|-0.94
w:kunnen|vervolgafspraak|-0.2
w:kunnen|bedanken|-1.0
w:kunt|ik-boodschap|0.97
w:kunt|gevoelsreflectie|-1.0
w:kunt|bevelen|-0.93
w:kunt|adviseren|1.91
w:kunt|prijzen|1.85
w:kunt|interpreteren|0.66
w:kunt|geruststellen|-0.98
w:kwaad|ik-boodschap|-0.91
w:kwaad|bevelen|0.97
w:kwaad|moraliseren|-0.93
w:kwaad|interpreteren|0.63
w:kwam|ik-boodschap|0.98
w:kwam|bekritiseren|-0.97
w:kwam|ondervragen|0.97
w:kwam|afleiden|-0.96
w:kwart|bevelen|0.91
w:kwartaal|jij-boodschap|-0.95
w:kwartaal|bekritiseren|-0.95
w:kwartier|samenvatting|-1.0
w:kwartier|aanmoediging|-1.0
w:kwartier|moraliseren|-1.0
w:kwartier|afleiden|-1.0
w:kwartier|vervolgafspraak|-1.0
w:kwestie|geruststellen|0.86
w:kwetst|ik-boodschap|1.0
w:kwijt|gevoelsreflectie|0.91
w:kwijt|vervolgafspraak|-0.99
w:laag|parafrase|0.87
w:laag|argumenteren|0.94
w:laars|jij-boodschap|0.94
w:laars|bekritiseren|0.94
w:laat|jij-boodschap|0.78
w:laat|parafrase|-2.85
w:laat|gevoelsreflectie|-1.68
w:laat|open-vraag|-1.0
w:laat|bevelen|0.38
w:laat|waarschuwen|1.92
w:laat|moraliseren|-1.02
w:laat|adviseren|-0.88
w:laat|argumenteren|0.49
w:laat|bekritiseren|-0.93
w:laat|etiketteren|-0.84
w:laat|interpreteren|-0.92
w:laat|ondervragen|-0.84
w:laat|afleiden|-0.96
w:laat|vervolgafspraak|0.67
w:laatste|ik-boodschap|-0.76
w:laatste|adviseren|0.9
w:laatste|geruststellen|0.92
w:lage|samenvatting|0.97
w:lager|parafrase|-1.0
w:lager|gevoelsreflectie|-1.0
w:lager|prijzen|1.0
w:lager|bedanken|-1.0
w:laks|bekritiseren|0.83
w:lang|adviseren|-0.95
w:lang|ondervragen|0.95
w:langs|vervolgafspraak|1.97
w:langst|moraliseren|0.98
w:lapt|jij-boodschap|0.94
w:lapt|bekritiseren|0.94
w:laptop|ik-boodschap|0.99
w:laptop|adviseren|-0.9
w:laptop|ondervragen|-0.83
w:laptop|vervolgafspraak|-1.73
w:laptops|ik-boodschap|1.0
w:laptops|interpreteren|-1.0
w:laptops|afronding-aankondigen|-1.0
w:laptops|vervolgafspraak|-1.0
w:laptops|bedanken|-1.0
w:lars|samenvatting|-0.99
w:lars|geruststellen|-0.99
w:lastig|ik-boodschap|1.96
w:lastig|parafrase|-1.0
w:lastig|gevoelsreflectie|-0.83
w:lastig|open-vraag|-1.97
w:lastig|aanmoediging|-0.98
w:lastig|argumenteren|-0.8
w:lastig|bekritiseren|0.17
w:lastig|vervolgafspraak|-0.99
w:lastpak|jij-boodschap|0.99
w:lastpak|waarschuwen|-0.99
w:lastpak|bekritiseren|-1.0
w:lastpak|etiketteren|1.0
w:laten|ik-boodschap|0.88
w:laten|jij-boodschap|0.89
w:laten|parafrase|0.91
w:laten|samenvatting|-0.91
w:laten|bevelen|-0.97
w:laten|moraliseren|-0.95
w:laten|adviseren|0.98
w:laten|bekritiseren|-0.82
w:laten|interpreteren|0.26
w:laten|geruststellen|-0.99
w:laten|afleiden|0.75
w:laten|afronding-aankondigen|1.66
w:laten|vervolgafspraak|0.18
w:laten|bedanken|-0.89
w:later|open-vraag|-0.95
w:later|adviseren|-0.96
w:later|afleiden|0.95
w:leeftijd|bekritiseren|-0.67
w:leeftijd|etiketteren|-0.97
w:leeftijd|geruststellen|-0.31
w:leeftijd|afleiden|1.93
w:leek|jij-boodschap|0.94
w:leek|bekritiseren|0.94
w:leerling|moraliseren|0.98
w:leerling|argumenteren|-1.05
w:leerling|ondervragen|-0.61
w:leerlingen|ik-boodschap|-1.0
w:leerlingen|jij-boodschap|-0.99
w:leerlingen|adviseren|-0.99
w:leerlingen|argumenteren|-0.2
w:leerlingen|etiketteren|-1.91
w:leerlingen|geruststellen|-0.7
w:leerplicht|waarschuwen|0.98
w:leerplichtambtenaar|jij-boodschap|-0.96
w:leerplichtambtenaar|waarschuwen|0.99
w:leert|parafrase|1.0
w:leert|waarschuwen|-0.86
w:leert|argumenteren|0.55
w:leert|prijzen|-1.0
w:leerweg|adviseren|-0.89
w:leest|bekritiseren|0.93
w:leg|bevelen|0.92
w:leggen|ik-boodschap|0.91
w:leggen|bevelen|1.0
w:leggen|waarschuwen|-0.91
w:leggen|adviseren|1.68
w:legt|open-vraag|0.99
w:legt|interpreteren|0.85
w:lekker|ik-boodschap|0.99
w:lekker|argumenteren|-0.99
w:lekker|bekritiseren|1.86
w:lekker|etiketteren|-0.87
w:leren|jij-boodschap|0.14
w:leren|bevelen|-0.93
w:leren|moraliseren|1.01
w:leren|bekritiseren|1.05
w:leren|etiketteren|0.99
w:leren|interpreteren|-1.03
w:leren|geruststellen|-1.0
w:les|ik-boodschap|-0.8
w:les|parafrase|-1.0
w:les|bevelen|1.0
w:les|waarschuwen|-0.91
w:les|argumenteren|-0.85
w:les|bekritiseren|0.3
w:les|interpreteren|-1.0
w:les|geruststellen|-0.91
w:les|afronding-aankondigen|-1.0
w:les|vervolgafspraak|-1.0
w:les|bedanken|-1.0
w:lessen|ik-boodschap|0.92
w:lessen|jij-boodschap|0.91
w:lessen|samenvatting|0.75
w:lessen|waarschuwen|-0.99
w:lessen|interpreteren|-0.99
w:let|waarschuwen|1.0
w:let|bekritiseren|-0.92
w:let|geruststellen|0.92
w:let|afronding-aankondigen|-0.96
w:letten|moraliseren|-0.93
w:letten|bedanken|-0.82
w:leuk|jij-boodschap|-0.83
w:leuk|open-vraag|0.99
w:leuke|prijzen|-0.83
w:leukers|afleiden|1.0
w:leukste|prijzen|0.91
w:leukste|etiketteren|-0.91
w:leven|bevelen|-0.93
w:leven|moraliseren|0.93
w:lever|bevelen|1.82
w:lezen|ik-boodschap|-1.64
w:lezen|parafrase|0.82
w:lezen|samenvatting|0.95
w:lezen|adviseren|0.97
w:lichten|moraliseren|-0.95
w:lichten|vervolgafspraak|0.85
w:lichten|bedanken|-0.95
w:liegen|moraliseren|0.93
w:liegen|argumenteren|-0.78
w:lieke|open-vraag|-0.83
w:lieke|prijzen|-0.98
w:liet|gevoelsreflectie|0.98
w:liever|interpreteren|-1.0
w:liever|afleiden|0.91
w:lig|jij-boodschap|1.86
w:lig|bekritiseren|1.48
w:liggen|bevelen|-1.0
w:liggen|moraliseren|1.0
w:liggen|adviseren|-0.78
w:liggen|argumenteren|-1.0
w:liggen|geruststellen|0.51
w:liggen|afleiden|-0.51
w:liggen|vervolgafspraak|-0.98
w:ligt|ik-boodschap|-0.89
w:ligt|bekritiseren|-0.98
w:lijkt|aanmoediging|-0.98
w:lijkt|adviseren|-0.11
w:lijkt|geruststellen|0.99
w:lina|afronding-aankondigen|-0.99
w:loes|open-vraag|-0.99
w:logisch|moraliseren|-0.98
w:logisch|argumenteren|1.69
w:lokaal|ik-boodschap|-0.13
w:lokaal|vervolgafspraak|0.93
w:loop|vervolgafspraak|0.98
w:loopt|waarschuwen|-0.99
w:lopen|geruststellen|0.93
w:los|bekritiseren|-0.82
w:los|interpreteren|0.92
w:loslaten|prijzen|0.99
w:losse|ik-boodschap|0.91
w:losse|open-vraag|-0.91
w:lotte|ik-boodschap|0.93
w:lotte|vervolgafspraak|-0.79
w:lucas|waarschuwen|0.95
w:lui|ik-boodschap|-0.72
w:lui|jij-boodschap|0.85
w:lui|bekritiseren|0.99
w:lui|etiketteren|1.84
w:lui|interpreteren|0.58
w:lui|geruststellen|1.03
w:luister|aanmoediging|0.99
w:luisteren|bevelen|0.97
w:luistert|bevelen|0.93
w:luistert|argumenteren|-0.98
w:luistert|interpreteren|-0.89
w:lukt|parafrase|-1.0
w:lukt|samenvatting|0.9
w:lukt|argumenteren|-1.0
w:lukt|prijzen|1.0
w:lukt|etiketteren|-1.0
w:lukt|interpreteren|0.85
w:lukt|geruststellen|-1.94
w:lukt|afleiden|-0.69
w:lunch|open-vraag|0.93
w:lunch|argumenteren|-0.68
w:luuk|jij-boodschap|1.56
w:luuk|etiketteren|0.94
w:maag|jij-boodschap|-0.44
w:maak|ik-boodschap|-0.95
w:maak|jij-boodschap|-1.0
w:maak|waarschuwen|-0.91
w:maak|adviseren|-0.9
w:maak|argumenteren|-1.68
w:maak|geruststellen|1.0
w:maakt|parafrase|-0.95
w:maakt|gevoelsreflectie|1.84
w:maakt|samenvatting|0.87
w:maakt|open-vraag|0.26
w:maakt|bevelen|-0.97
w:maakt|adviseren|1.81
w:maakt|argumenteren|-0.99
w:maakt|prijzen|-0.99
w:maakt|etiketteren|0.99
w:maakt|geruststellen|0.14
w:maakt|vervolgafspraak|1.79
w:maakte|open-vraag|0.83
w:maakte|ondervragen|-0.93
w:maand|ik-boodschap|1.8
w:maand|parafrase|-1.0
w:maand|samenvatting|-0.88
w:maand|open-vraag|0.94
w:maand|argumenteren|-1.0
w:maand|afleiden|0.9
w:maand|afronding-aankondigen|-0.85
w:maand|vervolgafspraak|0.99
w:maandag|ik-boodschap|0.84
w:maandag|gevoelsreflectie|0.94
w:maandag|bevelen|1.82
w:maandag|adviseren|-0.78
w:maandag|argumenteren|-0.94
w:maandag|vervolgafspraak|2.45
w:maandag|bedanken|0.83
w:maandje|geruststellen|0.98
w:maar|ik-boodschap|-0.89
w:maar|jij-boodschap|0.49
w:maar|parafrase|1.87
w:maar|gevoelsreflectie|2.01
w:maar|samenvatting|-1.85
w:maar|open-vraag|-3.64
w:maar|aanmoediging|0.86
w:maar|bevelen|-0.57
w:maar|moraliseren|-1.48
w:maar|adviseren|0.87
w:maar|argumenteren|0.55
w:maar|bekritiseren|0.7
w:maar|prijzen|-1.0
w:maar|interpreteren|0.63
w:maar|geruststellen|3.69
w:maar|ondervragen|0.99
w:maar|afleiden|2.21
w:maar|afronding-aankondigen|0.93
w:maart|ik-boodschap|-0.92
w:maart|samenvatting|0.92
w:maart|adviseren|-0.97
w:maart|argumenteren|0.97
w:maart|vervolgafspraak|0.83
w:maatregelen|bekritiseren|-0.97
w:machteloos|gevoelsreflectie|2.82
w:machteloos|aanmoediging|-1.0
w:mag|ik-boodschap|-0.98
w:mag|parafrase|-1.0
w:mag|gevoelsreflectie|0.77
w:mag|aanmoediging|0.95
w:mag|bevelen|-0.96
w:mag|waarschuwen|0.95
w:mag|adviseren|0.1
w:mag|argumenteren|1.0
w:mag|interpreteren|-1.0
w:mag|geruststellen|-0.46
w:mag|ondervragen|-1.0
w:mag|afronding-aankondigen|-0.99
w:mag|bedanken|-0.99
w:magister|moraliseren|-1.0
w:magister|bekritiseren|-0.17
w:magister|prijzen|-0.97
w:magister|vervolgafspraak|-0.63
w:mail|jij-boodschap|-0.71
w:mail|gevoelsreflectie|-0.83
w:mail|samenvatting|0.96
w:mail|aanmoediging|-0.86
w:mail|waarschuwen|-0.99
w:mail|adviseren|-0.97
w:mail|argumenteren|0.17
w:mail|bekritiseren|1.94
w:mail|geruststellen|-0.96
w:mail|ondervragen|0.74
w:mail|vervolgafspraak|0.3
w:mails|open-vraag|-0.87
w:mails|bekritiseren|1.88
w:maken|ik-boodschap|0.87
w:maken|jij-boodschap|-0.9
w:maken|gevoelsreflectie|-0.91
w:maken|adviseren|1.79
w:maken|argumenteren|0.98
w:maken|bekritiseren|-1.89
w:maken|afleiden|-0.73
w:maken|afronding-aankondigen|-0.96
w:maken|bedanken|0.92
w:makkelijk|waarschuwen|-0.97
w:makkelijk|prijzen|0.91
w:makkelijk|interpreteren|0.66
w:man|ik-boodschap|0.81
w:manier|moraliseren|-0.99
w:manier|bekritiseren|0.92
w:marokko|interpreteren|-0.99
w:me|ik-boodschap|3.89
w:me|parafrase|-0.89
w:me|gevoelsreflectie|0.95
w:me|samenvatting|-0.93
w:me|open-vraag|-2.69
w:me|aanmoediging|-0.98
w:me|bevelen|0.99
w:me|waarschuwen|-1.82
w:me|argumenteren|-2.67
w:me|interpreteren|-1.0
w:me|geruststellen|-0.99
w:me|afleiden|-0.93
w:me|afronding-aankondigen|-1.0
w:me|bedanken|-0.94
w:medewerking|bekritiseren|0.92
w:medewerking|bedanken|-1.81
w:medicijnen|vervolgafspraak|0.8
w:mee|ik-boodschap|1.84
w:mee|jij-boodschap|1.03
w:mee|open-vraag|0.99
w:mee|aanmoediging|-0.93
w:mee|bevelen|-0.57
w:mee|waarschuwen|1.92
w:mee|moraliseren|-0.98
w:mee|bekritiseren|0.34
w:mee|prijzen|0.93
w:mee|etiketteren|-2.0
w:mee|afleiden|-0.93
w:mee|afronding-aankondigen|0.91
w:mee|vervolgafspraak|0.87
w:meedenken|bedanken|0.83
w:meedenkend|waarschuwen|-0.94
w:meedenkt|parafrase|-1.0
w:meedenkt|gevoelsreflectie|-1.0
w:meedenkt|prijzen|1.0
w:meedenkt|bedanken|-1.0
w:meedoen|ik-boodschap|1.92
w:meedoen|parafrase|-0.82
w:meedoen|open-vraag|0.73
w:meedoen|vervolgafspraak|-0.79
w:meekrijgen|ik-boodschap|-0.92
w:meekwam|ik-boodschap|-0.99
w:meekwam|afronding-aankondigen|0.86
w:meekwam|vervolgafspraak|-0.99
w:meekwam|bedanken|0.99
w:meeneemt|open-vraag|0.97
w:meeneemt|adviseren|-0.9
w:meeneemt|geruststellen|-0.92
w:meer|ik-boodschap|0.74
w:meer|jij-boodschap|-0.42
w:meer|parafrase|-1.95
w:meer|gevoelsreflectie|-1.0
w:meer|samenvatting|1.07
w:meer|open-vraag|-0.95
w:meer|waarschuwen|0.94
w:meer|bekritiseren|-0.64
w:meer|prijzen|0.11
w:meer|interpreteren|-0.45
w:meer|ondervragen|0.99
w:meer|vervolgafspraak|-0.95
w:mees|ik-boodschap|-1.0
w:mees|adviseren|-0.89
w:mees|argumenteren|-1.0
w:meest|gevoelsreflectie|-0.96
w:meest|aanmoediging|-1.0
w:meevalt|geruststellen|0.99
w:meewerken|adviseren|-0.9
w:meid|bekritiseren|-0.92
w:meid|prijzen|0.99
w:meid|interpreteren|-0.99
w:meivakantie|vervolgafspraak|-0.95
w:meld|waarschuwen|0.91
w:melden|ik-boodschap|0.96
w:melden|argumenteren|1.76
w:meldt|bevelen|0.99
w:meldt|geruststellen|-0.92
w:meldt|ondervragen|-0.93
w:meneer|gevoelsreflectie|1.0
w:meneer|open-vraag|0.94
w:meneer|aanmoediging|-1.0
w:meneer|bevelen|1.0
w:meneer|moraliseren|-1.0
w:meneer|adviseren|-1.0
w:meneer|argumenteren|-0.99
w:meneer|etiketteren|0.91
w:mentor|ik-boodschap|-1.96
w:mentor|parafrase|0.87
w:mentor|samenvatting|-0.25
w:mentor|open-vraag|0.22
w:mentor|bevelen|-0.73
w:mentor|adviseren|1.0
w:mentor|etiketteren|-1.0
w:mentor|geruststellen|0.64
w:mentor|ondervragen|0.94
w:mentor|vervolgafspraak|0.96
w:mentor|bedanken|0.96
w:mentorles|vervolgafspraak|-0.95
w:merk|ik-boodschap|-1.85
w:merk|samenvatting|-1.0
w:merk|afronding-aankondigen|-1.0
w:merk|vervolgafspraak|-1.0
w:merken|afleiden|-0.95
w:merkt|ik-boodschap|0.81
w:merkt|parafrase|0.91
w:merkt|gevoelsreflectie|-0.9
w:merkt|open-vraag|1.09
w:merkt|adviseren|0.91
w:met|ik-boodschap|1.13
w:met|parafrase|0.87
w:met|gevoelsreflectie|-0.88
w:met|samenvatting|-0.68
w:met|open-vraag|-0.23
w:met|aanmoediging|-0.99
w:met|bevelen|-0.75
w:met|waarschuwen|-1.92
w:met|moraliseren|-0.53
w:met|argumenteren|-1.91
w:met|bekritiseren|-0.72
w:met|prijzen|0.92
w:met|etiketteren|-1.84
w:met|interpreteren|-1.99
w:met|geruststellen|-0.81
w:met|afleiden|-1.38
w:met|afronding-aankondigen|0.6
w:meteen|bekritiseren|-1.89
w:meteen|prijzen|0.99
w:meteen|ondervragen|0.93
w:methode|etiketteren|-0.93
w:mevrouw|jij-boodschap|0.14
w:mevrouw|gevoelsreflectie|-1.0
w:mevrouw|bevelen|1.0
w:mevrouw|waarschuwen|-0.97
w:mevrouw|moraliseren|-1.0
w:mevrouw|bekritiseren|-0.54
w:mevrouw|geruststellen|-1.0
w:midden|ondervragen|-0.93
w:midden|vervolgafspraak|-0.99
w:middernacht|moraliseren|0.98
w:middernacht|bekritiseren|0.84
w:mij|jij-boodschap|1.01
w:mij|gevoelsreflectie|0.93
w:mij|samenvatting|-1.0
w:mij|open-vraag|-1.0
w:mij|bevelen|1.93
w:mij|waarschuwen|-0.98
w:mij|bekritiseren|1.89
w:mij|interpreteren|1.32
w:mij|afleiden|-1.0
w:mij|vervolgafspraak|0.6
w:mij|bedanken|0.99
w:mijn|jij-boodschap|0.47
w:mijn|samenvatting|0.82
w:mijn|open-vraag|-0.67
w:mijn|moraliseren|-0.95
w:mijn|bekritiseren|-0.98
w:mijn|etiketteren|-0.91
w:mijn|ondervragen|-0.93
w:mijn|vervolgafspraak|-0.88
w:mijn|bedanken|-0.95
w:mila|open-vraag|1.7
w:mila|prijzen|0.91
w:mila|etiketteren|-0.91
w:mila|ondervragen|-0.61
w:milan|ik-boodschap|0.92
w:milan|jij-boodschap|-1.91
w:milan|bevelen|-0.93
w:milan|waarschuwen|0.96
w:milan|bekritiseren|-0.89
w:minder|ik-boodschap|1.0
w:minste|moraliseren|0.92
w:minuten|open-vraag|0.98
w:minuten|vervolgafspraak|-0.94
w:mis|parafrase|-0.82
w:mis|waarschuwen|-0.99
w:mis|argumenteren|0.85
w:misgaat|parafrase|2.0
w:misgaat|open-vraag|1.0
w:misgaat|prijzen|-1.0
w:misschien|ik-boodschap|1.88
w:misschien|bevelen|-1.0
w:misschien|waarschuwen|-0.91
w:misschien|adviseren|4.68
w:misschien|etiketteren|-1.99
w:misschien|interpreteren|-0.24
w:misschien|geruststellen|-0.98
w:misschien|afleiden|-0.94
w:missen|geruststellen|-0.7
w:mist|ik-boodschap|-0.93
w:mist|samenvatting|1.66
w:mist|open-vraag|1.7
w:mist|waarschuwen|-0.98
w:mist|argumenteren|0.99
w:mist|interpreteren|-0.99
w:mist|vervolgafspraak|0.98
w:mm|parafrase|-1.0
w:mo|ik-boodschap|0.96
w:mo|waarschuwen|-0.96
w:moe|ik-boodschap|0.97
w:moe|jij-boodschap|-0.8
w:moe|samenvatting|1.72
w:moe|moraliseren|-0.98
w:moe|argumenteren|0.98
w:moeder|jij-boodschap|-0.84
w:moeder|bevelen|-0.97
w:moeder|waarschuwen|-0.99
w:moeder|moraliseren|1.96
w:moeder|bekritiseren|-0.14
w:moeder|interpreteren|-0.66
w:moeder|vervolgafspraak|0.99
w:moeilijk|ik-boodschap|-0.96
w:moeilijk|jij-boodschap|-0.99
w:moeilijk|parafrase|-0.9
w:moeilijk|gevoelsreflectie|0.94
w:moeilijk|open-vraag|1.65
w:moeilijk|aanmoediging|-0.96
w:moeilijk|adviseren|-0.92
w:moeilijk|argumenteren|-0.94
w:moeilijk|interpreteren|0.92
w:moeilijk|vervolgafspraak|0.63
w:moeite|ik-boodschap|-0.95
w:moeite|jij-boodschap|0.98
w:moeite|samenvatting|0.95
w:moeite|bekritiseren|0.81
w:moest|parafrase|0.91
w:moest|interpreteren|-0.66
w:moet|ik-boodschap|1.97
w:moet|jij-boodschap|-1.81
w:moet|gevoelsreflectie|2.78
w:moet|open-vraag|-0.64
w:moet|bevelen|1.01
w:moet|waarschuwen|0.98
w:moet|moraliseren|1.01
w:moet|adviseren|0.96
w:moet|argumenteren|0.99
w:moet|interpreteren|-0.9
w:moet|geruststellen|0.93
w:moet|vervolgafspraak|-0.94
w:moet|bedanken|-0.99
w:moeten|ik-boodschap|0.96
w:moeten|jij-boodschap|-0.86
w:moeten|samenvatting|-0.98
w:moeten|waarschuwen|-1.94
w:moeten|moraliseren|1.77
w:moeten|adviseren|-0.84
w:moeten|bekritiseren|-1.83
w:moeten|afronding-aankondigen|1.93
w:moeten|vervolgafspraak|-1.85
w:mogelijk|afleiden|-0.95
w:mogen|moraliseren|0.92
w:mohammed|jij-boodschap|1.64
w:mohammed|bekritiseren|0.93
w:moment|gevoelsreflectie|-1.0
w:moment|adviseren|-1.0
w:mooi|ik-boodschap|0.96
w:mooi|open-vraag|-0.99
w:mooi|afleiden|0.84
w:morgen|jij-boodschap|-0.77
w:morgen|bevelen|2.14
w:morgen|waarschuwen|-0.71
w:morgen|moraliseren|-0.95
w:morgen|adviseren|-1.0
w:morgen|argumenteren|-0.98
w:morgen|bedanken|-1.86
w:na|parafrase|-0.91
w:na|gevoelsreflectie|-0.84
w:na|open-vraag|-1.94
w:na|bevelen|1.0
w:na|moraliseren|-1.0
w:na|adviseren|-0.78
w:na|argumenteren|1.0
w:na|bekritiseren|-0.93
w:na|interpreteren|-0.5
w:na|vervolgafspraak|1.58
w:naam|etiketteren|-0.91
w:naam|vervolgafspraak|-0.8
w:naar|ik-boodschap|0.91
w:naar|jij-boodschap|0.17
w:naar|gevoelsreflectie|-0.24
w:naar|samenvatting|-0.91
w:naar|open-vraag|0.94
w:naar|bevelen|1.66
w:naar|waarschuwen|0.89
w:naar|moraliseren|-0.53
w:naar|adviseren|-1.0
w:naar|bekritiseren|1.11
w:naar|interpreteren|-0.72
w:naar|geruststellen|0.79
w:naar|ondervragen|0.97
w:naar|afronding-aankondigen|-0.92
w:naast|ik-boodschap|1.66
w:naast|jij-boodschap|-0.98
w:naast|afleiden|-1.0
w:nablijven|waarschuwen|0.96
w:nablijven|moraliseren|-1.0
w:nablijven|argumenteren|1.0
w:nacht|jij-boodschap|-1.0
w:nachtrust|adviseren|-0.89
w:nachts|jij-boodschap|0.75
w:nachts|parafrase|-0.83
w:nachts|adviseren|0.86
w:nachts|ondervragen|0.69
w:nadenken|aanmoediging|0.95
w:nadenken|bevelen|-0.95
w:natuurkunde|jij-boodschap|-0.98
w:natuurkunde|argumenteren|0.98
w:natuurkunde|bekritiseren|-0.98
w:nauwelijks|ik-boodschap|0.83
w:nauwelijks|jij-boodschap|-0.98
w:nauwelijks|bekritiseren|0.95
w:nederlands|gevoelsreflectie|-0.97
w:nederlands|bevelen|-0.94
w:nederlands|waarschuwen|-0.92
w:nederlands|bekritiseren|-0.97
w:nederlands|vervolgafspraak|-0.79
w:nee|parafrase|-1.0
w:nee|argumenteren|1.0
w:nee|interpreteren|-1.0
w:nee|geruststellen|-0.93
w:neem|ik-boodschap|-0.96
w:neem|aanmoediging|1.95
w:neem|bevelen|-0.87
w:neem|vervolgafspraak|0.59
w:neem|bedanken|-0.92
w:neemt|jij-boodschap|0.82
w:neemt|moraliseren|-0.91
w:neemt|bekritiseren|0.99
w:negen|parafrase|0.91
w:negen|samenvatting|0.81
w:negen|bevelen|-1.0
w:negen|moraliseren|1.0
w:negen|adviseren|0.91
w:negen|argumenteren|-1.0
w:negen|afronding-aankondigen|0.97
w:negen|vervolgafspraak|-0.94
w:negen|bedanken|0.97
w:negeren|ik-boodschap|-0.8
w:nemen|ik-boodschap|1.87
w:nemen|gevoelsreflectie|-0.91
w:nemen|bevelen|-0.93
w:nemen|moraliseren|-1.01
w:nemen|adviseren|0.95
w:nergens|jij-boodschap|0.96
w:nergens|samenvatting|-0.96
w:nergens|bevelen|-0.97
w:nergens|argumenteren|0.77
w:nergens|bekritiseren|1.87
w:nergens|etiketteren|-0.99
w:net|jij-boodschap|0.56
w:net|etiketteren|0.94
w:net|interpreteren|-0.99
w:netjes|moraliseren|0.96
w:netjes|adviseren|-0.96
w:netjes|argumenteren|-0.62
w:nette|bekritiseren|0.45
w:niemand|jij-boodschap|-1.0
w:niemand|parafrase|0.99
w:niemand|gevoelsreflectie|1.81
w:niemand|prijzen|-0.99
w:niemand|interpreteren|-0.89
w:niemand|geruststellen|0.85
w:niemand|bedanken|-1.0
w:niet|ik-boodschap|1.79
w:niet|jij-boodschap|-2.82
w:niet|parafrase|0.21
w:niet|gevoelsreflectie|-1.22
w:niet|samenvatting|-1.73
w:niet|open-vraag|-1.96
w:niet|aanmoediging|-1.98
w:niet|bevelen|-1.17
w:niet|moraliseren|0.47
w:niet|argumenteren|0.49
w:niet|prijzen|-1.04
w:niet|etiketteren|-1.08
w:niet|interpreteren|-1.45
w:niet|afleiden|0.15
w:niet|afronding-aankondigen|-1.0
w:niet|vervolgafspraak|-2.39
w:niet|bedanken|-2.94
w:niets|ik-boodschap|0.98
w:niets|jij-boodschap|-2.8
w:niets|gevoelsreflectie|0.98
w:niets|samenvatting|0.96
w:niets|waarschuwen|0.94
w:niets|bekritiseren|-5.37
w:niets|interpreteren|-1.0
w:niets|geruststellen|1.79
w:niets|vervolgafspraak|-0.59
w:nieuw|ik-boodschap|-0.84
w:nieuw|samenvatting|-0.88
w:nieuw|afronding-aankondigen|0.96
w:nieuw|vervolgafspraak|1.86
w:nieuwe|ik-boodschap|0.99
w:nieuwe|open-vraag|-1.81
w:nieuwe|argumenteren|-0.99
w:nieuwe|etiketteren|-0.93
w:nieuwe|geruststellen|0.96
w:nieuwe|afleiden|0.92
w:nieuwe|afronding-aankondigen|0.64
w:nieuwe|vervolgafspraak|0.93
w:niks|ik-boodschap|1.89
w:niks|jij-boodschap|1.32
w:niks|samenvatting|-0.9
w:niks|argumenteren|0.85
w:niks|bekritiseren|2.6
w:niks|interpreteren|0.99
w:niks|geruststellen|-0.91
w:niks|vervolgafspraak|-0.95
w:noah|adviseren|0.9
w:nodig|parafrase|-1.79
w:nodig|samenvatting|-0.89
w:nodig|open-vraag|0.99
w:nodig|waarschuwen|-0.91
w:nodig|moraliseren|1.0
w:noemt|ik-boodschap|1.0
w:nog|ik-boodschap|0.95
w:nog|jij-boodschap|-1.12
w:nog|parafrase|0.12
w:nog|gevoelsreflectie|0.91
w:nog|samenvatting|0.9
w:nog|open-vraag|0.33
w:nog|bevelen|-0.17
w:nog|waarschuwen|0.99
w:nog|moraliseren|-0.98
w:nog|adviseren|-0.99
w:nog|bekritiseren|-1.42
w:nog|prijzen|0.84
w:nog|interpreteren|0.96
w:nog|geruststellen|-0.96
w:nog|ondervragen|-0.88
w:nog|afleiden|-1.84
w:nog|afronding-aankondigen|-2.91
w:nog|bedanken|-0.99
w:nogal|bekritiseren|0.97
w:nooit|ik-boodschap|-0.9
w:nooit|jij-boodschap|2.27
w:nooit|bevelen|0.94
w:nooit|argumenteren|-1.0
w:nooit|bekritiseren|1.9
w:nooit|etiketteren|-0.92
w:nooit|geruststellen|-0.92
w:nooit|ondervragen|0.85
w:noor|ik-boodschap|-0.99
w:noor|bevelen|-0.97
w:noor|bekritiseren|-0.99
w:noor|afleiden|-1.0
w:noor|afronding-aankondigen|0.86
w:noor|vervolgafspraak|-0.99
w:noor|bedanken|0.99
w:nooti|jij-boodschap|0.97
w:nooti|bekritiseren|1.69
w:normaal|ik-boodschap|-0.99
w:normaal|jij-boodschap|0.93
w:normaal|moraliseren|1.0
w:normaal|bekritiseren|-0.95
w:normaal|interpreteren|-0.94
w:normaal|geruststellen|1.61
w:normering|parafrase|0.87
w:normering|argumenteren|0.94
w:nou|ik-boodschap|0.99
w:nou|jij-boodschap|-1.94
w:nou|gevoelsreflectie|0.97
w:nou|moraliseren|0.57
w:nou|argumenteren|-0.85
w:nou|bekritiseren|1.47
w:nou|etiketteren|0.94
w:nou|geruststellen|-0.15
w:nou|ondervragen|-0.84
w:nou|afronding-aankondigen|-0.96
w:nou|bedanken|-3.6
w:nu|ik-boodschap|0.2
w:nu|open-vraag|1.02
w:nu|aanmoediging|-1.91
w:nu|bevelen|3.64
w:nu|waarschuwen|-1.02
w:nu|moraliseren|-1.88
w:nu|adviseren|-0.88
w:nu|argumenteren|-1.08
w:nu|bekritiseren|-0.55
w:nu|prijzen|0.94
w:nu|interpreteren|-0.86
w:nu|geruststellen|-1.64
w:nu|afleiden|0.15
w:nu|afronding-aankondigen|1.87
w:nu|bedanken|-0.94
w:och|bekritiseren|-0.99
w:och|afleiden|1.95
w:ochtend|ik-boodschap|0.91
w:ochtend|waarschuwen|-0.91
w:ochtends|parafrase|0.83
w:oefenen|geruststellen|-0.74
w:oefeningen|ik-boodschap|0.87
w:oefeningen|gevoelsreflectie|-0.91
w:oefent|argumenteren|1.62
w:oefent|geruststellen|-0.9
w:of|open-vraag|-0.97
w:of|waarschuwen|1.71
w:of|adviseren|0.88
w:oftewel|argumenteren|-1.0
w:ogen|bevelen|0.97
w:oke|ik-boodschap|-0.94
w:oke|afronding-aankondigen|0.93
w:oké|jij-boodschap|0.98
w:oké|parafrase|-0.94
w:oké|gevoelsreflectie|-0.85
w:oké|samenvatting|-1.77
w:oké|aanmoediging|-0.92
w:oké|bekritiseren|0.86
w:oké|ondervragen|-0.85
w:om|ik-boodschap|0.92
w:om|jij-boodschap|-1.29
w:om|gevoelsreflectie|0.91
w:om|samenvatting|1.58
w:om|open-vraag|0.95
w:om|waarschuwen|-2.95
w:om|moraliseren|-0.93
w:om|adviseren|1.88
w:om|argumenteren|-2.59
w:om|bekritiseren|-0.91
w:om|prijzen|-0.97
w:om|interpreteren|1.05
w:om|geruststellen|-0.94
w:om|afleiden|-2.86
w:om|vervolgafspraak|0.72
w:omdat|ik-boodschap|2.88
w:omdat|jij-boodschap|-0.99
w:omdat|parafrase|-0.96
w:omdat|open-vraag|-0.87
w:omdat|bevelen|-0.87
w:omdat|waarschuwen|-0.99
w:omdat|adviseren|-1.83
w:omdat|argumenteren|-0.98
w:omdat|prijzen|-2.0
w:omdat|interpreteren|4.12
w:omdat|ondervragen|-0.96
w:omdat|afronding-aankondigen|1.0
w:omdat|vervolgafspraak|-0.15
w:omdat|bedanken|-1.0
w:omhoog|ik-boodschap|-0.99
w:onbeantwoord|open-vraag|-0.87
w:onbeleefd|jij-boodschap|0.95
w:onbeleefd|prijzen|-0.99
w:onbeleefd|etiketteren|-0.99
w:onbeschoft|ik-boodschap|-1.0
w:onbeschoft|jij-boodschap|0.29
w:onbeschoft|parafrase|-1.0
w:onbeschoft|gevoelsreflectie|-1.0
w:onbeschoft|samenvatting|-1.0
w:onbeschoft|open-vraag|-1.0
w:onbeschoft|aanmoediging|-1.0
w:onbeschoft|bevelen|-1.0
w:onbeschoft|waarschuwen|-1.0
w:onbeschoft|moraliseren|-1.0
w:onbeschoft|adviseren|-1.0
w:onbeschoft|argumenteren|-1.0
w:onbeschoft|bekritiseren|1.95
w:onbeschoft|prijzen|-1.0
w:onbeschoft|etiketteren|-1.0
w:onbeschoft|interpreteren|-1.0
w:onbeschoft|geruststellen|-1.0
w:onbeschoft|ondervragen|-1.0
w:onbeschoft|afleiden|-1.0
w:onbeschoft|afronding-aankondigen|-1.0
w:onbeschoft|vervolgafspraak|-1.0
w:onbeschoft|bedanken|-1.0
w:onbetrouwbare|bekritiseren|-1.78
w:onbetrouwbare|etiketteren|0.9
w:onder|open-vraag|-0.98
w:onder|afronding-aankondigen|0.99
w:onder|vervolgafspraak|0.98
w:onderbouw|etiketteren|-0.91
w:onderbouw|vervolgafspraak|-0.8
w:onderbreken|ik-boodschap|-0.77
w:onderbreken|open-vraag|-1.62
w:onderbreken|bevelen|0.77
w:onderbreken|waarschuwen|-1.86
w:onderbreken|bedanken|-0.94
w:onderschat|waarschuwen|0.93
w:ondersteboven|waarschuwen|-0.99
w:ondertekend|adviseren|-0.88
w:oneerlijk|jij-boodschap|0.74
w:oneerlijk|gevoelsreflectie|-0.95
w:oneerlijk|open-vraag|-0.98
w:oneerlijk|bekritiseren|0.58
w:ongeduldig|gevoelsreflectie|0.91
w:ongeldig|samenvatting|-0.92
w:ongemakkelijk|ik-boodschap|-0.98
w:ongeoorloofd|jij-boodschap|-0.59
w:ongepast|jij-boodschap|-0.98
w:ongepast|geruststellen|-0.96
w:ongerust|ik-boodschap|0.92
w:ongerust|parafrase|-0.98
w:ongerust|gevoelsreflectie|1.85
w:ongerust|bekritiseren|-0.99
w:ongerust|geruststellen|2.05
w:ongerust|ondervragen|0.94
w:ongerust|afronding-aankondigen|-0.99
w:onhandig|bekritiseren|0.96
w:online|parafrase|-0.91
w:online|samenvatting|0.91
w:online|waarschuwen|-0.99
w:onmogelijk|open-vraag|-1.0
w:onmogelijk|argumenteren|1.0
w:onmogelijk|etiketteren|-1.0
w:onredelijke|bekritiseren|0.79
w:onrustig|ik-boodschap|-1.0
w:onrustig|parafrase|-0.9
w:onrustig|argumenteren|-1.0
w:ons|vervolgafspraak|-0.96
w:ontbijt|argumenteren|-0.68
w:ontbreekt|waarschuwen|0.96
w:ontvangen|aanmoediging|-0.95
w:ontvangen|ondervragen|-0.7
w:onvoldoende|waarschuwen|0.99
w:onvoldoende|moraliseren|-0.94
w:onvoldoende|adviseren|-0.92
w:onvoldoende|afleiden|1.04
w:onvoldoendes|argumenteren|1.6
w:onze|bevelen|-0.92
w:onze|interpreteren|-0.96
w:onze|ondervragen|-0.61
w:onze|bedanken|-0.92
w:onzeker|parafrase|-0.87
w:onzeker|gevoelsreflectie|0.99
w:onzeker|interpreteren|1.0
w:onzeker|geruststellen|0.96
w:onzin|bekritiseren|0.97
w:onzinnige|ik-boodschap|-1.0
w:onzinverhaal|bekritiseren|2.51
w:oog|ik-boodschap|0.92
w:ooit|jij-boodschap|0.97
w:ooit|bekritiseren|1.52
w:ook|jij-boodschap|-0.31
w:ook|parafrase|-1.0
w:ook|gevoelsreflectie|-0.14
w:ook|open-vraag|-0.63
w:ook|bevelen|-1.74
w:ook|waarschuwen|-0.99
w:ook|moraliseren|0.93
w:ook|argumenteren|-0.19
w:ook|bekritiseren|1.58
w:ook|prijzen|2.01
w:ook|etiketteren|-1.0
w:ook|geruststellen|0.92
w:ook|afleiden|0.6
w:ook|afronding-aankondigen|0.1
w:ook|vervolgafspraak|1.7
w:oortjes|ik-boodschap|-0.9
w:op|ik-boodschap|-0.9
w:op|jij-boodschap|0.83
w:op|parafrase|-1.88
w:op|gevoelsreflectie|-0.19
w:op|samenvatting|1.63
w:op|aanmoediging|-0.99
w:op|bevelen|-0.94
w:op|waarschuwen|2.83
w:op|moraliseren|-1.24
w:op|adviseren|-0.8
w:op|argumenteren|-1.98
w:op|bekritiseren|-0.35
w:op|prijzen|0.95
w:op|etiketteren|-1.87
w:op|interpreteren|-0.13
w:op|geruststellen|-0.88
w:op|ondervragen|0.29
w:op|afleiden|0.21
w:op|afronding-aankondigen|-1.84
w:op|vervolgafspraak|-2.4
w:op|bedanken|-0.79
w:opdagen|jij-boodschap|1.82
w:opdagen|bekritiseren|1.62
w:opdagen|prijzen|-0.99
w:opdracht|ik-boodschap|0.92
w:opdracht|jij-boodschap|-0.92
w:opdracht|samenvatting|-0.99
w:opdracht|argumenteren|0.68
w:opdracht|bekritiseren|-0.93
w:opdracht|prijzen|0.97
w:opdracht|geruststellen|-0.99
w:opdrachten|ik-boodschap|1.66
w:opdrachten|jij-boodschap|-0.98
w:opdrachten|open-vraag|0.73
w:open|bedanken|0.96
w:opgaven|vervolgafspraak|0.99
w:opgeladen|ik-boodschap|1.0
w:opgeladen|interpreteren|-1.0
w:opgeladen|afronding-aankondigen|-1.0
w:opgeladen|vervolgafspraak|-1.0
w:opgeladen|bedanken|-1.0
w:opgelet|jij-boodschap|1.0
w:opgelet|bekritiseren|1.0
w:opgelucht|open-vraag|-0.82
w:opgelucht|interpreteren|-0.5
w:opgenomen|ondervragen|0.99
w:opgevallen|ik-boodschap|-0.84
w:opgevoed|interpreteren|-1.0
w:ophaalt|waarschuwen|0.83
w:ophaalt|etiketteren|-0.99
w:ophaalt|afleiden|-0.99
w:oplaadt|ik-boodschap|0.99
w:oplevert|parafrase|0.92
w:oplevert|open-vraag|-0.92
w:oplossen|open-vraag|0.73
w:opmerking|ik-boodschap|-1.95
w:opmerking|jij-boodschap|-0.93
w:opmerking|waarschuwen|0.99
w:opmerking|argumenteren|-0.91
w:opmerking|bekritiseren|0.56
w:opneemt|parafrase|0.95
w:opneemt|open-vraag|0.95
w:opneemt|vervolgafspraak|-0.99
w:opnieuw|ik-boodschap|1.0
w:opnieuw|vervolgafspraak|0.99
w:oppakt|prijzen|0.99
w:oppakt|interpreteren|-0.99
w:oppast|moraliseren|-0.98
w:oprecht|ik-boodschap|0.81
w:oprecht|open-vraag|0.94
w:opschrijft|ik-boodschap|0.9
w:opschrijft|prijzen|-0.93
w:opstaat|ik-boodschap|0.98
w:opstaat|bevelen|0.6
w:optie|parafrase|-0.98
w:optrekt|ik-boodschap|-0.81
w:optrekt|gevoelsreflectie|-1.0
w:opvoeden|argumenteren|-0.94
w:opvoeden|afleiden|-0.46
w:opziet|interpreteren|0.99
w:orde|bevelen|-0.8
w:oude|ik-boodschap|-0.91
w:oude|samenvatting|0.91
w:oude|open-vraag|0.91
w:oude|interpreteren|0.83
w:oude|geruststellen|0.83
w:ouder|jij-boodschap|-0.3
w:ouder|gevoelsreflectie|0.9
w:ouder|moraliseren|1.97
w:ouder|geruststellen|2.56
w:ouderavond|ik-boodschap|-1.0
w:ouderavond|aanmoediging|-0.95
w:ouderavond|bedanken|-0.97
w:ouders|jij-boodschap|0.98
w:ouders|moraliseren|1.01
w:ouders|argumenteren|0.92
w:ouders|bekritiseren|-0.74
w:ouders|interpreteren|1.0
w:ouders|ondervragen|0.69
w:ouders|afronding-aankondigen|1.0
w:ouders|vervolgafspraak|-1.85
w:oudste|etiketteren|-0.94
w:over|ik-boodschap|-3.55
w:over|jij-boodschap|-2.17
w:over|parafrase|0.79
w:over|gevoelsreflectie|0.68
w:over|samenvatting|-0.28
w:over|open-vraag|-2.59
w:over|aanmoediging|-0.95
w:over|bevelen|0.95
w:over|waarschuwen|-1.93
w:over|moraliseren|-0.81
w:over|adviseren|-0.1
w:over|argumenteren|-1.83
w:over|bekritiseren|-1.77
w:over|prijzen|-0.99
w:over|etiketteren|-0.99
w:over|interpreteren|1.13
w:over|geruststellen|0.84
w:over|afleiden|-0.22
w:over|afronding-aankondigen|-1.78
w:over|vervolgafspraak|1.76
w:over|bedanken|-1.77
w:overal|jij-boodschap|1.32
w:overal|gevoelsreflectie|-0.83
w:overal|samenvatting|-0.9
w:overal|bevelen|0.99
w:overal|bekritiseren|2.8
w:overal|prijzen|-0.99
w:overal|etiketteren|0.99
w:overdag|jij-boodschap|-1.0
w:overdreven|jij-boodschap|-1.73
w:overdreven|bevelen|-1.0
w:overdreven|moraliseren|-1.0
w:overdreven|prijzen|-1.0
w:overdreven|etiketteren|1.0
w:overdreven|geruststellen|-1.0
w:overdreven|afleiden|-0.92
w:overgang|open-vraag|-0.84
w:overgangsnormen|argumenteren|0.85
w:overheen|geruststellen|0.98
w:overkomt|geruststellen|-1.32
w:overkomt|afleiden|0.64
w:overleg|ik-boodschap|-0.92
w:overleg|samenvatting|0.92
w:overleg|vervolgafspraak|0.83
w:overstap|open-vraag|-0.83
w:overwogen|interpreteren|-0.66
w:paar|gevoelsreflectie|-0.74
w:paar|argumenteren|-0.98
w:pak|waarschuwen|0.91
w:pakken|waarschuwen|-0.99
w:pakt|bevelen|-0.9
w:pas|ik-boodschap|0.96
w:pas|adviseren|-0.88
w:pas|bekritiseren|-0.97
w:pas|geruststellen|-0.93
w:pas|vervolgafspraak|-0.93
w:pasje|ik-boodschap|-0.88
w:pasje|bevelen|-1.0
w:pasje|bekritiseren|-1.0
w:pauze|ik-boodschap|-0.84
w:pauze|gevoelsreflectie|-0.92
w:pauze|bekritiseren|-0.99
w:pauzes|waarschuwen|-0.99
w:per|jij-boodschap|-1.0
w:per|ondervragen|0.69
w:periode|gevoelsreflectie|0.98
w:periode|bekritiseren|-0.71
w:periode|etiketteren|-0.92
w:pest|jij-boodschap|1.64
w:pest|bekritiseren|0.93
w:pesten|jij-boodschap|-0.42
w:pesten|bekritiseren|-0.64
w:pesterijen|afronding-aankondigen|0.96
w:pestkop|jij-boodschap|-1.0
w:pestkop|bekritiseren|-1.0
w:pestkop|etiketteren|1.0
w:pff|afronding-aankondigen|-0.76
w:piekeren|bevelen|-1.0
w:pieter|etiketteren|-0.91
w:pieter|vervolgafspraak|-0.8
w:pijn|bevelen|-0.97
w:pissig|geruststellen|-1.0
w:pissig|afleiden|-1.0
w:plaats|jij-boodschap|1.0
w:plaatsen|parafrase|-1.0
w:plaatsen|gevoelsreflectie|-1.0
w:plaatsen|prijzen|1.0
w:plaatsen|bedanken|-1.0
w:plan|argumenteren|-0.94
w:plan|vervolgafspraak|1.6
w:plannen|ik-boodschap|0.12
w:plannen|jij-boodschap|-2.63
w:plannen|bevelen|1.0
w:plannen|adviseren|0.93
w:plannen|argumenteren|-0.8
w:plannen|bekritiseren|-1.4
w:plannen|ondervragen|-0.14
w:plannen|afronding-aankondigen|0.64
w:plannen|vervolgafspraak|0.93
w:plannen|bedanken|-0.82
w:planner|ik-boodschap|1.74
w:planner|prijzen|-0.93
w:planner|vervolgafspraak|-0.98
w:planning|jij-boodschap|0.94
w:planning|samenvatting|0.74
w:planning|adviseren|-1.0
w:planning|bekritiseren|0.94
w:planning|afleiden|-0.91
w:planning|afronding-aankondigen|-0.85
w:planning|bedanken|0.13
w:playstation|moraliseren|0.46
w:playstation|bekritiseren|0.94
w:plek|parafrase|-0.9
w:plek|open-vraag|-0.97
w:plek|waarschuwen|0.92
w:plicht|waarschuwen|-1.0
w:plicht|moraliseren|1.0
w:plicht|interpreteren|-1.0
w:plichten|moraliseren|0.98
w:plichten|argumenteren|-1.54
w:pootjes|geruststellen|0.89
w:positief|bevelen|-0.97
w:praat|jij-boodschap|-0.89
w:praat|samenvatting|3.48
w:praat|waarschuwen|0.91
w:praat|moraliseren|0.99
w:praat|adviseren|-1.83
w:praat|vervolgafspraak|1.0
w:praat|bedanken|0.96
w:praten|ik-boodschap|0.81
w:praten|gevoelsreflectie|0.92
w:praten|open-vraag|-0.93
w:praten|bevelen|0.94
w:praten|moraliseren|0.64
w:praten|adviseren|0.8
w:praten|bekritiseren|0.92
w:praten|prijzen|-0.98
w:praten|geruststellen|-0.99
w:praten|afleiden|-0.94
w:praten|vervolgafspraak|1.87
w:precies|parafrase|-0.98
w:precies|aanmoediging|-0.95
w:presentatie|aanmoediging|-0.98
w:prikkelbaar|jij-boodschap|-0.93
w:prikkelbaar|open-vraag|-0.83
w:prima|jij-boodschap|0.75
w:prima|parafrase|-0.83
w:prima|gevoelsreflectie|0.9
w:prima|samenvatting|-0.9
w:prima|bekritiseren|0.97
w:prima|geruststellen|1.35
w:probeert|adviseren|1.0
w:probeert|ondervragen|-0.98
w:probleem|jij-boodschap|0.12
w:probleem|parafrase|0.9
w:probleem|samenvatting|-0.95
w:probleem|waarschuwen|0.94
w:probleem|etiketteren|0.99
w:probleem|interpreteren|2.48
w:probleem|geruststellen|-0.96
w:probleemkind|jij-boodschap|0.98
w:probleemkind|argumenteren|-0.98
w:problemen|jij-boodschap|-0.97
w:profielwerkstuk|open-vraag|-0.99
w:programma|afleiden|-0.86
w:projecteert|interpreteren|0.96
w:protocol|argumenteren|-0.97
w:pta|argumenteren|0.99
w:puber|etiketteren|0.97
w:puber|geruststellen|0.8
w:pubers|open-vraag|-0.93
w:pubers|moraliseren|-0.53
w:pubers|bekritiseren|-0.91
w:pubers|afleiden|0.93
w:puberteit|moraliseren|-0.93
w:puberteit|interpreteren|-0.86
w:puberteit|geruststellen|-0.66
w:puberteit|afleiden|1.47
w:pubertijd|moraliseren|-0.98
w:punt|ik-boodschap|0.97
w:punt|moraliseren|-0.53
w:punt|bekritiseren|-0.91
w:punt|vervolgafspraak|-0.94
w:punten|geruststellen|-0.94
w:pushende|jij-boodschap|0.98
w:raak|geruststellen|-0.99
w:raak|vervolgafspraak|-0.99
w:raakt|samenvatting|-0.93
w:raakt|vervolgafspraak|-0.98
w:raken|ik-boodschap|0.71
w:rapport|ik-boodschap|0.99
w:rapport|jij-boodschap|-0.65
w:rapport|parafrase|0.13
w:rapport|samenvatting|-0.96
w:rapport|moraliseren|-0.94
w:rapport|argumenteren|-0.98
w:rapport|geruststellen|-0.99
w:rapport|afleiden|-0.83
w:rapportcijfer|argumenteren|-0.49
w:rapportvergadering|gevoelsreflectie|-1.0
w:rapportvergadering|samenvatting|-1.0
w:rare|ik-boodschap|-0.95
w:ravi|ik-boodschap|-0.92
w:reactie|jij-boodschap|-0.98
w:reactie|bevelen|-0.97
w:reactie|bekritiseren|0.97
w:reactie|etiketteren|0.97
w:reageert|samenvatting|-1.0
w:reageert|interpreteren|1.0
w:reageert|vervolgafspraak|-1.0
w:reageren|jij-boodschap|0.97
w:reageren|waarschuwen|0.94
w:reageren|bekritiseren|1.69
w:redelijk|parafrase|-0.93
w:redelijk|gevoelsreflectie|-0.93
w:redelijk|vervolgafspraak|-0.71
w:redt|parafrase|-0.91
w:redt|gevoelsreflectie|0.71
w:regel|samenvatting|-0.67
w:regelen|jij-boodschap|-0.97
w:regelen|vervolgafspraak|0.41
w:regelen|bedanken|-0.97
w:regelmatig|vervolgafspraak|0.8
w:regels|bevelen|-1.0
w:regels|waarschuwen|0.91
w:regels|argumenteren|2.88
w:regels|geruststellen|-1.0
w:regelt|open-vraag|-0.63
w:regelt|prijzen|0.84
w:reglement|moraliseren|-1.0
w:reglement|argumenteren|1.0
w:reistijd|afronding-aankondigen|-0.97
w:reken|moraliseren|-0.94
w:reken|prijzen|0.91
w:reken|etiketteren|-0.91
w:reken|afleiden|-0.83
w:rekenmachine|ik-boodschap|0.87
w:rekenmachine|gevoelsreflectie|-0.91
w:rekenmachine|vervolgafspraak|0.99
w:respect|ik-boodschap|-0.92
w:respect|moraliseren|0.2
w:respect|afleiden|-1.88
w:rest|parafrase|0.93
w:rest|samenvatting|-0.88
w:rest|argumenteren|0.95
w:rest|vervolgafspraak|0.8
w:rij|ik-boodschap|-0.96
w:rij|gevoelsreflectie|-0.96
w:rij|argumenteren|0.96
w:rijtje|samenvatting|0.75
w:rijtje|adviseren|-0.89
w:rik|ik-boodschap|0.83
w:rik|jij-boodschap|-0.98
w:rik|open-vraag|-0.95
w:rik|waarschuwen|-0.95
w:roept|ik-boodschap|0.93
w:roept|open-vraag|-0.67
w:rollen|bevelen|0.97
w:ronden|samenvatting|-2.87
w:ronden|argumenteren|-0.98
w:ronden|afronding-aankondigen|1.97
w:ronden|vervolgafspraak|-0.98
w:ronden|bedanken|0.85
w:rooster|samenvatting|-0.93
w:rooster|open-vraag|-1.0
w:rooster|etiketteren|-1.0
w:rooster|vervolgafspraak|-0.58
w:rot|gevoelsreflectie|0.8
w:rotmoment|gevoelsreflectie|0.92
w:ruimt|jij-boodschap|-0.95
w:ruimt|bekritiseren|-0.95
w:rust|parafrase|0.91
w:rust|adviseren|0.91
w:rusten|afleiden|0.84
w:rusten|afronding-aankondigen|-0.92
w:rustig|aanmoediging|0.96
w:ruzie|parafrase|0.95
w:ruzie|samenvatting|1.74
w:ruzie|open-vraag|0.95
w:ruzie|adviseren|-0.89
w:ruzietjes|etiketteren|-0.97
w:ruzietjes|geruststellen|-0.97
w:ruzietjes|afleiden|2.43
w:samen|ik-boodschap|-1.76
w:samen|jij-boodschap|-0.29
w:samen|samenvatting|0.99
w:samen|waarschuwen|-0.99
w:samen|moraliseren|-0.99
w:samen|argumenteren|-0.94
w:samen|bekritiseren|0.94
w:samen|prijzen|-0.98
w:samen|geruststellen|-0.98
w:samen|afleiden|-0.46
w:samen|afronding-aankondigen|-0.85
w:samen|vervolgafspraak|3.59
w:samengevat|jij-boodschap|0.9
w:samengevat|gevoelsreflectie|0.94
w:samengevat|samenvatting|0.95
w:samengevat|open-vraag|-0.83
w:samengevat|argumenteren|-0.94
w:samengevat|bekritiseren|0.97
w:samengevat|interpreteren|-0.99
w:samenvat|gevoelsreflectie|-1.73
w:samenvat|samenvatting|1.98
w:samenvatten|ik-boodschap|-0.94
w:samenvatten|parafrase|-0.9
w:samenvatten|samenvatting|0.65
w:samenvatten|bedanken|0.96
w:samenvattend|ik-boodschap|-1.0
w:samenvattend|jij-boodschap|-0.88
w:samenvattend|parafrase|-1.0
w:samenvattend|samenvatting|2.88
w:samenvattend|open-vraag|-1.0
w:samenvattend|aanmoediging|-1.0
w:samenvattend|bevelen|-1.0
w:samenvattend|argumenteren|-0.85
w:schaamt|ik-boodschap|-0.82
w:schakel|waarschuwen|0.99
w:schandalig|bekritiseren|0.99
w:scheiding|gevoelsreflectie|-0.95
w:scheiding|interpreteren|0.96
w:scheiding|geruststellen|-0.96
w:schelden|jij-boodschap|0.93
w:schermtijd|adviseren|0.99
w:schermtijd|bekritiseren|0.83
w:schermtijd|etiketteren|-0.99
w:schieten|ik-boodschap|0.97
w:schieten|jij-boodschap|0.96
w:school|ik-boodschap|-0.91
w:school|jij-boodschap|-0.1
w:school|samenvatting|0.95
w:school|aanmoediging|-0.99
w:school|bevelen|0.13
w:school|waarschuwen|-1.0
w:school|moraliseren|1.64
w:school|adviseren|-1.0
w:school|argumenteren|-0.96
w:school|bekritiseren|-0.94
w:school|prijzen|-0.99
w:school|interpreteren|0.92
w:school|geruststellen|0.35
w:school|ondervragen|-0.83
w:school|afleiden|-0.46
w:school|afronding-aankondigen|-0.89
w:school|vervolgafspraak|-1.0
w:schoolarts|vervolgafspraak|0.8
w:schooljaar|etiketteren|-0.93
w:schoolplein|afleiden|0.91
w:schoolreisje|open-vraag|-0.94
w:schoolresultaten|moraliseren|0.9
w:schooltijd|waarschuwen|-0.92
w:schooltijd|argumenteren|-0.89
w:schorsing|parafrase|0.99
w:schorsing|gevoelsreflectie|1.81
w:schorsing|samenvatting|-0.95
w:schorsing|waarschuwen|1.0
w:schorsing|moraliseren|0.94
w:schorsing|prijzen|-0.99
w:schreeuwen|aanmoediging|-1.0
w:schreeuwen|bevelen|1.0
w:schreeuwen|adviseren|-1.0
w:schriftje|adviseren|0.83
w:schrijf|adviseren|0.83
w:schrijfopdracht|vervolgafspraak|-0.79
w:schrijft|argumenteren|0.8
w:schrik|gevoelsreflectie|0.96
w:schrikt|geruststellen|0.97
w:schrok|ik-boodschap|1.85
w:schrok|gevoelsreflectie|-1.86
w:schuift|waarschuwen|-0.99
w:schuift|vervolgafspraak|1.74
w:schuld|jij-boodschap|0.96
w:schuld|samenvatting|-0.96
w:schuld|moraliseren|-0.94
w:schuld|bekritiseren|1.69
w:schuldig|parafrase|-0.88
w:schuldig|gevoelsreflectie|-0.95
w:schuldige|prijzen|-1.0
w:sectie|gevoelsreflectie|0.94
w:sectie|samenvatting|0.89
w:sectie|argumenteren|-0.94
w:sectie|etiketteren|0.91
w:sectie|vervolgafspraak|0.63
w:sem|ik-boodschap|0.99
w:sem|argumenteren|-1.0
w:sem|bekritiseren|-1.78
w:sem|etiketteren|0.9
w:sem|ondervragen|-0.83
w:september|samenvatting|-1.0
w:september|adviseren|-0.9
w:september|argumenteren|0.92
w:september|bekritiseren|-0.96
w:serieus|ik-boodschap|1.0
w:serieus|open-vraag|-0.87
w:serieus|bekritiseren|0.99
w:sfeer|jij-boodschap|0.98
w:sfeer|samenvatting|0.93
w:sfeer|bekritiseren|1.48
w:sfeer|afronding-aankondigen|-0.97
w:signalen|bevelen|-0.99
w:simpel|argumenteren|1.9
w:simpel|geruststellen|-0.9
w:sinds|ik-boodschap|2.74
w:sinds|jij-boodschap|-1.93
w:sinds|gevoelsreflectie|-1.0
w:sinds|samenvatting|-1.81
w:sinds|open-vraag|0.93
w:sinds|adviseren|-0.9
w:sinds|bekritiseren|-2.46
w:sinds|vervolgafspraak|-0.95
w:slaan|bekritiseren|0.97
w:slaap|ik-boodschap|0.91
w:slaap|gevoelsreflectie|-0.96
w:slaap|open-vraag|0.95
w:slaap|waarschuwen|-0.91
w:slaap|moraliseren|1.0
w:slaap|afleiden|-0.95
w:slaap|bedanken|-0.82
w:slaapt|ik-boodschap|-0.88
w:slaapt|jij-boodschap|-1.93
w:slaapt|samenvatting|0.91
w:slaapt|waarschuwen|-0.99
w:slaapt|bekritiseren|-0.97
w:slaapt|interpreteren|-0.99
w:slaapt|geruststellen|-0.9
w:slaat|bevelen|-0.97
w:slaat|argumenteren|0.77
w:slaat|bekritiseren|0.91
w:slapen|open-vraag|0.92
w:slecht|ik-boodschap|-1.84
w:slecht|jij-boodschap|-0.69
w:slecht|samenvatting|0.91
w:slecht|bevelen|-0.87
w:slecht|waarschuwen|-0.99
w:slecht|argumenteren|-0.98
w:slecht|geruststellen|-0.9
w:slecht|vervolgafspraak|0.8
w:slechte|adviseren|-0.89
w:slechte|geruststellen|2.56
w:slim|adviseren|0.82
w:slim|bekritiseren|0.99
w:slim|geruststellen|-0.92
w:slimme|waarschuwen|-0.97
w:slimme|prijzen|2.89
w:slimme|interpreteren|-0.99
w:slimste|prijzen|0.97
w:slordig|prijzen|-0.99
w:slordige|bekritiseren|-0.92
w:sluit|bedanken|0.83
w:sluiten|jij-boodschap|-1.0
w:sluiten|samenvatting|0.95
w:sluiten|bekritiseren|-1.0
w:sluiten|afronding-aankondigen|1.0
w:sluiten|vervolgafspraak|-0.82
w:sluiten|bedanken|1.0
w:smit|jij-boodschap|-0.77
w:smit|bevelen|0.97
w:smit|waarschuwen|-0.97
w:snap|parafrase|0.95
w:snap|gevoelsreflectie|0.91
w:snap|samenvatting|-0.9
w:snap|open-vraag|-0.97
w:snap|aanmoediging|1.91
w:snap|adviseren|1.78
w:snap|bekritiseren|-0.97
w:snap|geruststellen|1.87
w:snap|vervolgafspraak|-0.85
w:snapt|argumenteren|-0.99
w:snapt|prijzen|1.94
w:snapt|interpreteren|1.47
w:snapt|geruststellen|-0.83
w:snel|jij-boodschap|-0.92
w:snel|vervolgafspraak|-0.98
w:sneller|jij-boodschap|-0.42
w:sneller|bekritiseren|-0.64
w:sociaal|argumenteren|-0.91
w:sofia|vervolgafspraak|-0.97
w:soms|jij-boodschap|1.56
w:soms|etiketteren|0.94
w:soort|bekritiseren|0.95
w:soort|afleiden|1.47
w:sophie|gevoelsreflectie|0.85
w:sorry|moraliseren|0.46
w:spannend|ik-boodschap|-0.91
w:spannend|gevoelsreflectie|0.95
w:speelt|samenvatting|-1.0
w:speelt|waarschuwen|0.99
w:speelt|adviseren|-0.99
w:speelt|vervolgafspraak|-1.0
w:spiekt|samenvatting|-0.92
w:spijbelt|waarschuwen|0.99
w:spijbelt|bekritiseren|-0.18
w:spijbelt|geruststellen|-0.49
w:spreken|samenvatting|1.93
w:spreken|moraliseren|0.96
w:spreken|adviseren|-0.96
w:spreken|argumenteren|-0.62
w:spreken|etiketteren|-0.99
w:spreken|afronding-aankondigen|-1.84
w:spreken|vervolgafspraak|1.0
w:spullen|ik-boodschap|0.93
w:spullen|bevelen|0.12
w:spullen|interpreteren|-1.0
w:spullen|geruststellen|-1.0
w:sta|ik-boodschap|0.93
w:staan|ik-boodschap|0.99
w:staan|samenvatting|-1.0
w:staan|argumenteren|0.98
w:staan|bekritiseren|-0.98
w:staan|afronding-aankondigen|1.0
w:staan|vervolgafspraak|-1.0
w:staat|ik-boodschap|0.73
w:staat|samenvatting|-0.95
w:staat|open-vraag|-1.0
w:staat|waarschuwen|0.99
w:staat|argumenteren|0.45
w:staat|etiketteren|-1.0
w:staat|vervolgafspraak|-0.98
w:stage|ik-boodschap|1.0
w:stage|jij-boodschap|-0.94
w:stage|bekritiseren|-1.44
w:stage|afleiden|1.26
w:stagebegeleider|ik-boodschap|1.0
w:stagebegeleider|bevelen|1.81
w:stagebegeleider|vervolgafspraak|-0.88
w:stap|ondervragen|0.97
w:staren|ik-boodschap|-0.88
w:statistisch|argumenteren|0.79
w:steeds|ik-boodschap|0.87
w:steeds|jij-boodschap|2.71
w:steeds|gevoelsreflectie|-1.92
w:steeds|open-vraag|0.32
w:steeds|waarschuwen|-0.99
w:steeds|moraliseren|-0.93
w:steeds|bekritiseren|1.72
w:steeds|prijzen|-0.93
w:steeds|bedanken|-0.94
w:steek|samenvatting|-0.61
w:steek|open-vraag|-0.99
w:stel|vervolgafspraak|0.91
w:stel|bedanken|-0.99
w:stellen|ik-boodschap|0.93
w:stellen|moraliseren|0.98
w:stellen|argumenteren|-0.98
w:stellen|bekritiseren|0.84
w:stelt|jij-boodschap|0.93
w:stelt|bekritiseren|2.55
w:stelt|afleiden|1.0
w:sterk|interpreteren|0.89
w:stiefvader|ik-boodschap|-0.77
w:stiekem|interpreteren|0.97
w:stil|ondervragen|-1.67
w:stoeien|ik-boodschap|0.71
w:stoer|jij-boodschap|-0.9
w:stoer|parafrase|0.99
w:stoer|bevelen|-0.99
w:stoer|bekritiseren|-0.99
w:stoer|interpreteren|1.71
w:stof|ik-boodschap|0.99
w:stof|waarschuwen|-0.99
w:stof|argumenteren|-0.99
w:stond|ik-boodschap|-1.91
w:stond|adviseren|-0.9
w:stond|argumenteren|0.99
w:stonden|moraliseren|-1.0
w:stop|bevelen|0.93
w:stop|argumenteren|-0.99
w:stop|afronding-aankondigen|-0.96
w:stop|vervolgafspraak|-0.96
w:stoppen|samenvatting|-0.98
w:stoppen|afronding-aankondigen|1.9
w:stoppen|vervolgafspraak|0.85
w:stoppen|bedanken|-1.9
w:stopt|jij-boodschap|-0.42
w:stopt|bevelen|0.94
w:stopt|waarschuwen|0.98
w:stopt|bekritiseren|-0.64
w:straf|parafrase|0.98
w:strafwerk|waarschuwen|-0.94
w:straks|ik-boodschap|0.93
w:straks|waarschuwen|1.92
w:straks|moraliseren|-0.94
w:straks|afleiden|-0.83
w:straks|vervolgafspraak|-2.35
w:streep|afronding-aankondigen|0.99
w:structuur|parafrase|-0.98
w:structuur|samenvatting|0.98
w:structuur|argumenteren|-0.99
w:structuur|interpreteren|0.88
w:structuur|geruststellen|-0.94
w:struikelen|ik-boodschap|-1.0
w:struikelen|argumenteren|-1.0
w:studiewijzer|samenvatting|-1.0
w:studiewijzer|argumenteren|1.68
w:studiewijzer|bekritiseren|0.91
w:stuk|prijzen|-0.86
w:stuk|etiketteren|1.77
w:sturen|bekritiseren|1.03
w:sturen|geruststellen|-0.96
w:stuur|ik-boodschap|0.96
w:stuur|waarschuwen|0.72
w:stuur|argumenteren|-0.8
w:stuur|afronding-aankondigen|0.96
w:stuur|vervolgafspraak|0.89
w:stuur|bedanken|0.83
w:sven|adviseren|0.8
w:t|ik-boodschap|-0.77
w:t|parafrase|-1.0
w:t|gevoelsreflectie|-1.0
w:t|prijzen|-1.0
w:taak|argumenteren|-0.98
w:tafel|samenvatting|0.81
w:tafel|afronding-aankondigen|0.97
w:tafel|vervolgafspraak|0.99
w:tafel|bedanken|0.97
w:tandarts|bevelen|-0.9
w:tandarts|vervolgafspraak|-0.83
w:tas|ik-boodschap|-1.0
w:tas|bevelen|0.87
w:tas|argumenteren|-1.0
w:te|ik-boodschap|-0.99
w:te|jij-boodschap|1.39
w:te|parafrase|0.12
w:te|gevoelsreflectie|1.12
w:te|samenvatting|-2.1
w:te|bevelen|-1.93
w:te|waarschuwen|-1.94
w:te|moraliseren|0.92
w:te|adviseren|0.9
w:te|argumenteren|1.29
w:te|bekritiseren|0.17
w:te|etiketteren|-0.85
w:te|interpreteren|-0.5
w:te|geruststellen|-2.02
w:te|ondervragen|-2.41
w:te|vervolgafspraak|1.88
w:te|bedanken|-0.14
w:team|prijzen|0.99
w:teamleider|samenvatting|-0.67
w:teamleider|waarschuwen|1.73
w:teamleider|etiketteren|-0.91
w:teamleider|vervolgafspraak|0.17
w:tegelijk|ik-boodschap|0.81
w:tegelijk|geruststellen|-0.99
w:tegen|parafrase|-1.0
w:tegen|samenvatting|-0.96
w:tegen|waarschuwen|0.91
w:tegen|moraliseren|0.99
w:tegen|adviseren|0.96
w:tegen|bekritiseren|0.96
w:tegen|prijzen|-1.99
w:tegen|etiketteren|-0.99
w:tegen|interpreteren|0.99
w:tegen|geruststellen|-0.99
w:tegen|ondervragen|0.93
w:tegen|bedanken|1.0
w:tegenover|ik-boodschap|-1.0
w:tegenover|jij-boodschap|1.95
w:tegenover|parafrase|-1.0
w:tegenover|gevoelsreflectie|-1.0
w:tegenover|samenvatting|-1.0
w:tegenover|open-vraag|-1.0
w:tegenover|aanmoediging|-1.0
w:tegenover|bevelen|-1.0
w:tegenover|waarschuwen|-1.0
w:tegenover|moraliseren|-1.0
w:tegenover|adviseren|-1.0
w:tegenover|argumenteren|-1.0
w:tegenover|bekritiseren|1.0
w:tegenover|prijzen|-1.0
w:tegenover|etiketteren|-1.0
w:tegenover|interpreteren|-1.0
w:tegenover|geruststellen|-1.0
w:tegenover|ondervragen|-1.0
w:tegenover|afleiden|-1.0
w:tegenover|afronding-aankondigen|-1.0
w:tegenover|vervolgafspraak|-1.0
w:tegenover|bedanken|-1.0
w:tegenovergestelde|jij-boodschap|0.93
w:tegenovergestelde|bekritiseren|0.93
w:tegenvallend|vervolgafspraak|-0.97
w:tegenwoordig|ik-boodschap|-0.9
w:tekenen|interpreteren|-1.0
w:tekent|jij-boodschap|-0.3
w:telefon|moraliseren|-1.0
w:telefoon|jij-boodschap|-0.99
w:telefoon|parafrase|0.91
w:telefoon|open-vraag|-1.14
w:telefoon|moraliseren|-0.93
w:telefoon|adviseren|1.6
w:telefoon|etiketteren|-0.75
w:telefoon|geruststellen|-0.92
w:telefoon|ondervragen|1.69
w:telefoon|afleiden|-1.0
w:telefoonnummer|open-vraag|-0.94
w:telefoons|bevelen|0.81
w:telefoons|vervolgafspraak|-0.98
w:teleur|jij-boodschap|0.93
w:teleur|bekritiseren|0.93
w:teleurgesteld|ik-boodschap|-0.9
w:teleurgesteld|gevoelsreflectie|2.76
w:teleurgesteld|samenvatting|0.89
w:teleurgesteld|argumenteren|-0.94
w:teleurgesteld|vervolgafspraak|0.63
w:teleurgestelt|aanmoediging|-0.99
w:telt|bekritiseren|-0.96
w:tenminste|afleiden|1.26
w:terecht|waarschuwen|-0.91
w:terecht|geruststellen|0.89
w:terug|parafrase|-1.84
w:terug|gevoelsreflectie|-0.93
w:terug|samenvatting|0.91
w:terug|adviseren|-0.96
w:terug|interpreteren|-0.99
w:terug|afronding-aankondigen|-0.98
w:terug|vervolgafspraak|-1.77
w:terug|bedanken|-0.94
w:teruggevonden|adviseren|-1.0
w:terugvindt|ik-boodschap|0.91
w:terugvindt|open-vraag|-0.91
w:terwijl|moraliseren|0.98
w:terwijl|bekritiseren|0.84
w:tess|jij-boodschap|-1.0
w:tess|parafrase|-0.82
w:tess|open-vraag|1.0
w:tess|bekritiseren|-1.0
w:tess|vervolgafspraak|0.8
w:testen|adviseren|1.0
w:tevoren|bekritiseren|-0.97
w:thijs|ik-boodschap|0.91
w:thijs|adviseren|-0.9
w:thnx|afronding-aankondigen|-0.7
w:thomas|parafrase|-1.0
w:thuis|ik-boodschap|0.84
w:thuis|jij-boodschap|0.65
w:thuis|parafrase|-1.95
w:thuis|gevoelsreflectie|-1.84
w:thuis|samenvatting|1.76
w:thuis|open-vraag|1.83
w:thuis|aanmoediging|-0.99
w:thuis|bevelen|-1.54
w:thuis|adviseren|-0.1
w:thuis|argumenteren|-0.99
w:thuis|bekritiseren|0.55
w:thuis|etiketteren|-1.0
w:thuis|interpreteren|1.5
w:thuis|geruststellen|-1.81
w:thuis|ondervragen|1.98
w:thuis|afleiden|-1.9
w:thuis|vervolgafspraak|-0.79
w:thuis|bedanken|0.96
w:thuisgehouden|bekritiseren|0.96
w:thuiskomt|parafrase|-0.95
w:thuiskomt|bekritiseren|0.96
w:tien|ik-boodschap|0.96
w:tien|open-vraag|0.98
w:tien|waarschuwen|-0.96
w:ties|parafrase|-0.98
w:tijd|jij-boodschap|0.93
w:tijd|gevoelsreflectie|0.93
w:tijd|samenvatting|-0.27
w:tijd|open-vraag|0.98
w:tijd|aanmoediging|2.88
w:tijd|bevelen|-0.82
w:tijd|moraliseren|0.96
w:tijd|bekritiseren|-0.67
w:tijd|prijzen|-0.9
w:tijd|interpreteren|-1.92
w:tijd|geruststellen|0.86
w:tijd|afronding-aankondigen|1.0
w:tijd|vervolgafspraak|-0.93
w:tijdens|adviseren|-0.83
w:tijdstip|afronding-aankondigen|0.96
w:tijdstip|vervolgafspraak|0.89
w:tillen|moraliseren|-0.93
w:tillen|interpreteren|-0.86
w:tillen|geruststellen|-0.66
w:tillen|afleiden|1.47
w:tip|moraliseren|-0.99
w:tja|open-vraag|-1.81
w:tja|bekritiseren|1.83
w:tja|afleiden|0.73
w:tja|bedanken|-0.98
w:toch|jij-boodschap|0.95
w:toch|parafrase|-0.95
w:toch|open-vraag|-0.63
w:toch|waarschuwen|-1.96
w:toch|moraliseren|1.12
w:toch|argumenteren|-0.52
w:toch|bekritiseren|-0.99
w:toch|prijzen|2.7
w:toch|geruststellen|-0.92
w:toch|ondervragen|-1.21
w:toch|afleiden|1.03
w:toch|afronding-aankondigen|-1.0
w:toch|vervolgafspraak|-1.0
w:toe|ik-boodschap|1.81
w:toe|gevoelsreflectie|-0.93
w:toe|moraliseren|-0.95
w:toe|afleiden|-0.95
w:toe|vervolgafspraak|0.85
w:toe|bedanken|-0.95
w:toegestaan|ondervragen|0.98
w:toegeven|interpreteren|0.67
w:toekomst|open-vraag|-0.95
w:toekomt|ik-boodschap|0.83
w:toekomt|jij-boodschap|-0.98
w:toen|ik-boodschap|0.93
w:toen|gevoelsreflectie|-2.82
w:toen|samenvatting|-1.59
w:toen|open-vraag|0.94
w:toen|aanmoediging|0.96
w:toen|moraliseren|-1.0
w:toen|ondervragen|-1.0
w:toets|ik-boodschap|1.9
w:toets|parafrase|1.0
w:toets|gevoelsreflectie|0.94
w:toets|waarschuwen|-0.99
w:toets|argumenteren|0.23
w:toets|bekritiseren|-1.93
w:toets|prijzen|-1.0
w:toets|interpreteren|0.29
w:toets|geruststellen|-0.93
w:toets|ondervragen|-1.0
w:toetsdatum|ik-boodschap|-0.98
w:toetsen|ik-boodschap|0.9
w:toetsen|parafrase|-0.9
w:toetsen|samenvatting|-1.0
w:toetsen|prijzen|-0.93
w:toetsen|afronding-aankondigen|-0.97
w:toetsen|vervolgafspraak|-0.93
w:toetsweek|ik-boodschap|0.99
w:toetsweek|adviseren|-0.9
w:toetsweek|vervolgafspraak|0.22
w:toevoegen|open-vraag|0.95
w:toevoegen|afleiden|-0.95
w:toezicht|open-vraag|-0.98
w:tof|ik-boodschap|0.98
w:tolk|ik-boodschap|-0.83
w:tolk|parafrase|0.82
w:tom|parafrase|0.99
w:toont|bekritiseren|0.17
w:topmoeder|prijzen|1.0
w:topmoeder|etiketteren|-1.0
w:tornen|gevoelsreflectie|0.97
w:tornen|argumenteren|0.76
w:tornen|geruststellen|-0.97
w:tot|parafrase|0.9
w:tot|gevoelsreflectie|-0.93
w:tot|open-vraag|-0.96
w:tot|adviseren|0.91
w:tot|argumenteren|0.29
w:tot|bekritiseren|0.84
w:tot|ondervragen|1.0
w:tot|afleiden|-0.95
w:tot|bedanken|-0.94
w:totaal|ik-boodschap|-0.91
w:trap|ik-boodschap|0.96
w:trekt|parafrase|-0.93
w:trekt|gevoelsreflectie|-0.93
w:trekt|bekritiseren|-0.91
w:trekt|etiketteren|-0.99
w:trouwens|ondervragen|-0.96
w:trouwens|afleiden|0.95
w:tussen|ik-boodschap|-0.77
w:tussen|open-vraag|0.93
w:twaalf|bevelen|-1.0
w:twee|ik-boodschap|-0.18
w:twee|jij-boodschap|-0.92
w:twee|parafrase|-1.83
w:twee|gevoelsreflectie|-1.87
w:twee|samenvatting|-0.89
w:twee|open-vraag|-1.0
w:twee|aanmoediging|-1.0
w:twee|bevelen|-1.0
w:twee|adviseren|0.9
w:twee|argumenteren|1.0
w:twee|bekritiseren|-0.94
w:twee|etiketteren|-0.92
w:twee|interpreteren|-0.5
w:twee|geruststellen|-0.59
w:twee|afronding-aankondigen|-0.98
w:twee|vervolgafspraak|0.96
w:twee|bedanken|-0.82
w:tweede|waarschuwen|0.99
w:tweede|bekritiseren|-0.95
w:tweede|geruststellen|0.1
w:tygo|bekritiseren|-1.0
w:tygo|etiketteren|1.0
w:typisch|etiketteren|0.97
w:typische|etiketteren|1.0
w:u|ik-boodschap|-4.72
w:u|jij-boodschap|-0.54
w:u|parafrase|0.85
w:u|gevoelsreflectie|-0.12
w:u|samenvatting|-1.13
w:u|bevelen|-0.67
w:u|waarschuwen|-1.75
w:u|moraliseren|-1.1
w:u|adviseren|0.97
w:u|argumenteren|-1.09
w:u|bekritiseren|-0.27
w:u|prijzen|-1.03
w:u|etiketteren|-1.0
w:u|interpreteren|-0.62
w:u|geruststellen|-1.03
w:u|afleiden|-1.92
w:u|afronding-aankondigen|-2.95
w:u|vervolgafspraak|0.62
w:u|bedanken|1.89
w:uit|ik-boodschap|1.05
w:uit|jij-boodschap|0.93
w:uit|parafrase|-1.0
w:uit|open-vraag|0.78
w:uit|bevelen|1.0
w:uit|adviseren|0.83
w:uit|bekritiseren|0.73
w:uit|interpreteren|-0.99
w:uitdaging|interpreteren|0.66
w:uiterlijk|bevelen|1.82
w:uitgelachen|ik-boodschap|0.92
w:uitgelachen|gevoelsreflectie|-0.92
w:uitgelegd|argumenteren|-1.0
w:uitgeprint|geruststellen|-0.99
w:uitlachen|moraliseren|0.8
w:uitleg|ik-boodschap|0.81
w:uitleg|open-vraag|1.3
w:uitleggen|ondervragen|-0.93
w:uitnodiging|ik-boodschap|-1.0
w:uitnodiging|argumenteren|-0.94
w:uitpraten|bevelen|1.87
w:uitschelden|jij-boodschap|-1.7
w:uitschelden|moraliseren|2.35
w:uitschelden|bekritiseren|-1.8
w:uitspookt|bevelen|-0.99
w:uitviel|interpreteren|-0.92
w:uitzondering|argumenteren|0.98
w:uren|jij-boodschap|0.93
w:uren|samenvatting|0.95
w:uur|ik-boodschap|1.02
w:uur|jij-boodschap|-0.25
w:uur|gevoelsreflectie|-0.89
w:uur|bevelen|-1.0
w:uur|waarschuwen|-0.96
w:uur|moraliseren|-1.84
w:uur|adviseren|0.16
w:uur|argumenteren|0.98
w:uur|geruststellen|-1.0
w:uur|ondervragen|0.69
w:uur|afronding-aankondigen|-0.93
w:uur|vervolgafspraak|0.98
w:uw|gevoelsreflectie|-1.81
w:uw|samenvatting|1.61
w:uw|open-vraag|-0.87
w:uw|aanmoediging|-0.98
w:uw|bevelen|-1.83
w:uw|waarschuwen|-1.92
w:uw|moraliseren|-0.89
w:uw|argumenteren|-1.87
w:uw|bekritiseren|1.01
w:uw|prijzen|0.99
w:uw|etiketteren|-0.96
w:uw|geruststellen|-0.46
w:uw|ondervragen|-0.96
w:uw|afronding-aankondigen|-0.22
w:uw|vervolgafspraak|-1.98
w:uw|bedanken|1.05
w:vaak|ik-boodschap|-1.92
w:vaak|jij-boodschap|-0.98
w:vaak|parafrase|-0.17
w:vaak|waarschuwen|-0.99
w:vaak|interpreteren|-0.83
w:vaart|geruststellen|0.93
w:vader|ik-boodschap|-1.87
w:vader|jij-boodschap|-1.0
w:vader|parafrase|0.95
w:vader|samenvatting|-0.8
w:vader|bevelen|-1.77
w:vader|waarschuwen|1.85
w:vader|moraliseren|0.79
w:vader|adviseren|-0.84
w:vader|bekritiseren|-1.0
w:vader|prijzen|1.0
w:vader|interpreteren|1.0
w:vader|geruststellen|-0.83
w:vader|vervolgafspraak|0.81
w:vak|open-vraag|-0.92
w:vakantie|jij-boodschap|0.85
w:vakantie|open-vraag|-0.99
w:vakantie|prijzen|0.15
w:vakantie|etiketteren|0.85
w:vakantie|ondervragen|-0.96
w:vakantie|afronding-aankondigen|-0.98
w:vakantie|vervolgafspraak|-1.77
w:vakdocenten|samenvatting|1.0
w:vakdocenten|adviseren|-1.0
w:vakdocenten|vervolgafspraak|1.0
w:vaker|gevoelsreflectie|-0.99
w:vaker|adviseren|0.97
w:vaker|geruststellen|-0.7
w:vaker|ondervragen|-0.99
w:vakken|parafrase|1.0
w:vakken|open-vraag|1.0
w:valt|ik-boodschap|-1.86
w:valt|gevoelsreflectie|0.97
w:valt|moraliseren|-0.98
w:valt|argumenteren|1.71
w:valt|afleiden|-0.93
w:van|ik-boodschap|0.75
w:van|jij-boodschap|0.98
w:van|parafrase|1.01
w:van|gevoelsreflectie|-2.08
w:van|open-vraag|0.87
w:van|moraliseren|0.13
w:van|adviseren|-1.88
w:van|argumenteren|-1.05
w:van|bekritiseren|-0.26
w:van|prijzen|0.84
w:van|etiketteren|-0.78
w:van|interpreteren|-0.96
w:van|geruststellen|-0.56
w:van|ondervragen|0.61
w:van|afleiden|-0.47
w:van|afronding-aankondigen|-1.0
w:van|vervolgafspraak|-3.47
w:van|bedanken|-1.92
w:vanaf|bevelen|1.19
w:vanaf|waarschuwen|0.91
w:vanaf|argumenteren|-0.98
w:vanavond|waarschuwen|-0.99
w:vanavond|bekritiseren|-0.89
w:vanavond|vervolgafspraak|0.81
w:vandaag|ik-boodschap|-0.9
w:vandaag|gevoelsreflectie|-1.0
w:vandaag|samenvatting|-1.0
w:vandaag|aanmoediging|-1.0
w:vandaag|moraliseren|-1.0
w:vandaag|bekritiseren|-1.0
w:vandaag|prijzen|-0.86
w:vandaag|etiketteren|0.86
w:vandaag|geruststellen|-1.0
w:vandaag|afleiden|-0.4
w:vandaag|afronding-aankondigen|0.86
w:vandaag|vervolgafspraak|-1.99
w:vandaag|bedanken|1.05
w:vandaan|gevoelsreflectie|1.0
w:vandaan|samenvatting|-1.0
w:vandaan|open-vraag|1.0
w:vanmiddag|bevelen|1.6
w:vanzelf|interpreteren|0.33
w:vanzelf|geruststellen|1.8
w:vanzelf|afleiden|-0.96
w:vast|ik-boodschap|-1.0
w:vast|jij-boodschap|-1.25
w:vast|parafrase|-1.0
w:vast|gevoelsreflectie|-1.0
w:vast|samenvatting|0.98
w:vast|open-vraag|-1.0
w:vast|waarschuwen|-0.94
w:vast|bekritiseren|-0.95
w:vast|prijzen|3.99
w:vast|etiketteren|-1.0
w:vast|interpreteren|0.88
w:vast|geruststellen|-0.98
w:vast|afronding-aankondigen|-0.71
w:vast|vervolgafspraak|-0.71
w:vast|bedanken|-1.0
w:vaste|parafrase|-0.99
w:vaste|adviseren|1.9
w:vaste|etiketteren|-0.99
w:vatten|jij-boodschap|-0.93
w:vatten|waarschuwen|-0.99
w:veel|jij-boodschap|0.84
w:veel|gevoelsreflectie|-0.92
w:veel|open-vraag|0.78
w:veel|bekritiseren|-0.93
w:veel|afleiden|-0.96
w:veilig|gevoelsreflectie|-1.0
w:ver|jij-boodschap|0.92
w:vera|ik-boodschap|1.0
w:vera|parafrase|-1.0
w:verantwoordelijk|ik-boodschap|0.71
w:verantwoordelijkheid|bevelen|-0.93
w:verantwoordelijkheid|moraliseren|0.96
w:verantwoordelijkheid|prijzen|-0.88
w:verbergen|interpreteren|1.47
w:verbouwing|open-vraag|-0.93
w:verbouwing|afleiden|0.93
w:verder|ik-boodschap|-1.8
w:verder|jij-boodschap|-1.0
w:verder|samenvatting|-0.97
w:verder|open-vraag|-1.91
w:verder|aanmoediging|2.91
w:verder|bekritiseren|-1.0
w:verder|etiketteren|-1.0
w:verder|afleiden|-0.12
w:verder|vervolgafspraak|0.87
w:verder|bedanken|-1.0
w:verdoen|jij-boodschap|0.93
w:verdoen|samenvatting|-0.93
w:verdoen|bevelen|-0.88
w:verdoen|bekritiseren|0.93
w:verdriet|bekritiseren|-0.99
w:verdrietig|parafrase|-0.89
w:verdrietig|gevoelsreflectie|0.91
w:verdrietig|aanmoediging|0.99
w:verdrietig|moraliseren|-0.81
w:verdrietig|ondervragen|-0.97
w:vergeet|ik-boodschap|0.93
w:vergeet|adviseren|-0.9
w:vergelijking|bekritiseren|1.0
w:vergeten|ik-boodschap|0.87
w:vergeten|gevoelsreflectie|-0.91
w:vergeten|argumenteren|-0.98
w:vergis|afleiden|-0.93
w:vergist|ik-boodschap|-0.98
w:vergist|adviseren|-0.97
w:vergist|argumenteren|1.97
w:verhaal|afleiden|0.44
w:verjaardag|gevoelsreflectie|-0.97
w:verjaardag|ondervragen|-0.99
w:verkeerd|jij-boodschap|-1.81
w:verkeerd|samenvatting|-0.93
w:verkeerd|bekritiseren|-1.56
w:verkeerd|geruststellen|1.39
w:verklaard|samenvatting|-0.92
w:verlaat|ik-boodschap|-0.84
w:verliest|waarschuwen|-0.94
w:verlof|bevelen|-0.72
w:verpest|jij-boodschap|1.86
w:verpest|bekritiseren|1.48
w:verplaatsen|vervolgafspraak|-0.93
w:verplaatst|afleiden|-0.89
w:verpleegkundige|prijzen|0.99
w:verrast|ik-boodschap|0.9
w:verrast|prijzen|-0.93
w:verschil|parafrase|-0.95
w:verschil|samenvatting|0.95
w:verschil|geruststellen|-0.94
w:verslag|ik-boodschap|0.93
w:verslag|bekritiseren|-0.55
w:verstaan|geruststellen|-0.99
w:verstandig|adviseren|0.89
w:verstandige|ik-boodschap|-1.0
w:verstandige|prijzen|1.0
w:verstuurd|adviseren|-0.97
w:verstuurd|argumenteren|0.97
w:vertel|aanmoediging|1.04
w:vertel|adviseren|-0.95
w:vertel|etiketteren|-0.98
w:verteld|parafrase|-0.98
w:verteld|samenvatting|-0.96
w:verteld|open-vraag|-0.82
w:vertelde|jij-boodschap|-0.98
w:vertelde|argumenteren|-0.68
w:vertelde|geruststellen|-0.92
w:vertellen|gevoelsreflectie|0.95
w:vertellen|prijzen|-0.99
w:vertelt|gevoelsreflectie|-0.9
w:vertelt|aanmoediging|0.99
w:vertelt|afronding-aankondigen|-1.89
w:vertelt|vervolgafspraak|-1.0
w:vertrouwen|etiketteren|-1.0
w:vertrouwenspersoon|vervolgafspraak|0.95
w:verveelt|interpreteren|0.66
w:vervelend|ik-boodschap|1.0
w:vervelend|open-vraag|1.17
w:verwacht|gevoelsreflectie|-0.84
w:verwend|bekritiseren|-0.99
w:verwend|etiketteren|0.99
w:verwoorden|prijzen|0.99
w:verzuim|ik-boodschap|-0.97
w:verzuim|jij-boodschap|-0.94
w:verzuim|samenvatting|1.81
w:verzuim|waarschuwen|0.98
w:verzuim|bekritiseren|-1.44
w:verzuim|afronding-aankondigen|0.97
w:verzuim|vervolgafspraak|0.41
w:via|parafrase|0.91
w:via|interpreteren|-0.66
w:vier|jij-boodschap|-1.0
w:vier|gevoelsreflectie|-0.89
w:vier|samenvatting|-0.65
w:vierde|ik-boodschap|-0.96
w:vierde|adviseren|-0.78
w:vijf|vervolgafspraak|-0.94
w:vind|ik-boodschap|3.6
w:vind|jij-boodschap|0.89
w:vind|parafrase|-2.0
w:vind|gevoelsreflectie|-1.94
w:vind|samenvatting|-1.0
w:vind|aanmoediging|-1.0
w:vind|bevelen|-1.0
w:vind|waarschuwen|-1.99
w:vind|moraliseren|-1.0
w:vind|adviseren|-0.92
w:vind|argumenteren|-1.8
w:vind|bekritiseren|0.84
w:vind|prijzen|-1.0
w:vind|etiketteren|-1.0
w:vind|interpreteren|-1.0
w:vind|geruststellen|-1.0
w:vind|ondervragen|-1.93
w:vind|afleiden|-1.0
w:vind|vervolgafspraak|-0.97
w:vind|bedanken|-1.0
w:vinden|prijzen|0.98
w:vindt|ik-boodschap|-0.94
w:vindt|jij-boodschap|1.68
w:vindt|gevoelsreflectie|-1.0
w:vindt|open-vraag|0.21
w:vindt|waarschuwen|-0.94
w:vindt|adviseren|0.96
w:vindt|argumenteren|0.94
w:vindt|bekritiseren|-0.92
w:vindt|prijzen|1.0
w:vindt|interpreteren|0.92
w:vindt|afronding-aankondigen|-0.97
w:vindt|bedanken|-1.0
w:visser|open-vraag|0.94
w:vmbo|parafrase|-1.0
w:vmbo|gevoelsreflectie|-1.0
w:vmbo|prijzen|-1.0
w:voeden|moraliseren|-0.99
w:voel|ik-boodschap|-0.28
w:voel|jij-boodschap|-1.0
w:voel|gevoelsreflectie|0.1
w:voel|bekritiseren|-1.0
w:voelen|gevoelsreflectie|0.9
w:voelt|ik-boodschap|-0.95
w:voelt|parafrase|-0.91
w:voelt|gevoelsreflectie|0.9
w:voelt|samenvatting|1.26
w:voelt|open-vraag|-0.87
w:voelt|aanmoediging|-1.0
w:voelt|ondervragen|-1.0
w:voelt|afronding-aankondigen|-0.96
w:voelt|vervolgafspraak|-0.96
w:voelt|bedanken|-1.0
w:voetbal|samenvatting|-0.81
w:voetbalwedstrijd|open-vraag|-1.76
w:voetbalwedstrijd|afleiden|0.96
w:vol|gevoelsreflectie|0.93
w:vol|argumenteren|-0.68
w:voldoende|geruststellen|-0.9
w:voldoendes|waarschuwen|-0.86
w:voldoendes|argumenteren|0.55
w:volgen|ik-boodschap|0.81
w:volgen|bekritiseren|-0.97
w:volgend|jij-boodschap|-0.94
w:volgend|waarschuwen|0.99
w:volgend|moraliseren|-0.98
w:volgend|bekritiseren|-0.47
w:volgende|jij-boodschap|-1.0
w:volgende|samenvatting|0.89
w:volgende|open-vraag|-0.98
w:volgende|moraliseren|-0.53
w:volgende|argumenteren|-0.94
w:volgende|bekritiseren|-1.91
w:volgende|vervolgafspraak|1.96
w:volgens|parafrase|-1.0
w:volgens|gevoelsreflectie|-1.68
w:volgens|samenvatting|-1.97
w:volgens|open-vraag|0.88
w:volgens|bevelen|-1.0
w:volgens|argumenteren|-1.0
w:volgens|bekritiseren|-0.84
w:volgens|prijzen|-0.99
w:volgens|interpreteren|0.32
w:volgens|geruststellen|-1.99
w:volgens|ondervragen|-1.0
w:volgens|afleiden|-0.69
w:volgens|vervolgafspraak|-1.0
w:volgt|waarschuwen|1.0
w:volgt|argumenteren|1.0
w:volwassen|prijzen|0.94
w:vond|ik-boodschap|1.93
w:vond|samenvatting|-0.65
w:vond|bekritiseren|0.59
w:vond|afleiden|0.91
w:voor|ik-boodschap|2.52
w:voor|jij-boodschap|-2.82
w:voor|parafrase|-0.79
w:voor|gevoelsreflectie|0.81
w:voor|samenvatting|0.81
w:voor|aanmoediging|-0.98
w:voor|waarschuwen|-0.94
w:voor|moraliseren|-0.32
w:voor|adviseren|-0.99
w:voor|argumenteren|-0.6
w:voor|bekritiseren|-1.99
w:voor|prijzen|-2.8
w:voor|etiketteren|-0.93
w:voor|interpreteren|-0.75
w:voor|geruststellen|-0.99
w:voor|afleiden|-1.95
w:voor|afronding-aankondigen|0.91
w:voor|vervolgafspraak|-1.29
w:voor|bedanken|1.82
w:vooral|parafrase|0.99
w:vooral|gevoelsreflectie|0.91
w:vooral|open-vraag|1.0
w:vooral|prijzen|-1.0
w:vooral|interpreteren|1.63
w:voorbeeld|gevoelsreflectie|-1.0
w:voorbeeld|moraliseren|0.79
w:voorbeeld|adviseren|-1.84
w:voorbeeldfunctie|moraliseren|1.0
w:voorbij|ik-boodschap|-0.99
w:voorstel|prijzen|0.99
w:voorstellen|ik-boodschap|-0.91
w:voorstellen|parafrase|-0.89
w:voorstellen|gevoelsreflectie|0.95
w:voorstellen|open-vraag|-0.84
w:voorstellen|waarschuwen|-0.91
w:vooruitkijken|samenvatting|-1.0
w:vorig|aanmoediging|-0.79
w:vorige|jij-boodschap|0.94
w:vorige|parafrase|-1.0
w:vorige|samenvatting|-0.65
w:vorige|bekritiseren|0.94
w:vorige|ondervragen|1.44
w:vos|etiketteren|-0.91
w:vos|vervolgafspraak|-0.8
w:vraag|ik-boodschap|0.93
w:vraag|jij-boodschap|-1.0
w:vraag|gevoelsreflectie|-0.91
w:vraag|samenvatting|-0.97
w:vraag|adviseren|0.88
w:vraag|bekritiseren|0.9
w:vraag|geruststellen|-1.38
w:vragen|ik-boodschap|-0.98
w:vragen|moraliseren|0.92
w:vragen|adviseren|0.97
w:vragen|bekritiseren|-0.94
w:vragen|geruststellen|-0.95
w:vreselijk|bekritiseren|1.61
w:vrienden|ik-boodschap|-0.91
w:vrienden|samenvatting|0.95
w:vrienden|open-vraag|0.91
w:vrienden|geruststellen|-0.88
w:vriendin|prijzen|-0.98
w:vriendinnen|ik-boodschap|-0.94
w:vriendschappen|ik-boodschap|-1.0
w:vriendschappen|parafrase|-1.0
w:vriendschappen|samenvatting|1.0
w:vriendschappen|open-vraag|-1.0
w:vriendschappen|aanmoediging|-1.0
w:vriendschappen|bevelen|-1.0
w:vries|gevoelsreflectie|-1.0
w:vrijdag|ik-boodschap|-0.97
w:vrijdag|argumenteren|-0.42
w:vrijdag|bekritiseren|-0.98
w:vrijdag|vervolgafspraak|0.47
w:vrijdagmiddag|waarschuwen|0.96
w:vrijheid|interpreteren|-0.9
w:vroeger|jij-boodschap|-0.99
w:vroeger|interpreteren|0.89
w:vrolijke|etiketteren|-0.9
w:vrouw|prijzen|0.99
w:vuur|waarschuwen|0.99
w:vuur|adviseren|-0.99
w:vuur|interpreteren|-0.99
w:waait|afleiden|-0.53
w:waar|ik-boodschap|0.91
w:waar|jij-boodschap|-0.96
w:waar|samenvatting|-1.0
w:waar|open-vraag|1.0
w:waar|bekritiseren|-0.97
w:waar|afleiden|-0.96
w:waar|vervolgafspraak|-0.98
w:waardeer|bedanken|0.77
w:waardoor|ik-boodschap|2.64
w:waardoor|gevoelsreflectie|-0.91
w:waardoor|open-vraag|-0.91
w:waardoor|argumenteren|-1.0
w:waardoor|bekritiseren|-0.55
w:waarom|ik-boodschap|-0.93
w:waarom|jij-boodschap|-0.9
w:waarom|gevoelsreflectie|0.93
w:waarom|open-vraag|-0.86
w:waarom|ondervragen|2.18
w:waarschuw|waarschuwen|0.76
w:wacht|bevelen|-0.89
w:wachten|afronding-aankondigen|1.0
w:wachten|vervolgafspraak|-1.85
w:wakker|ik-boodschap|-0.89
w:wakker|geruststellen|0.51
w:wakker|afleiden|-0.51
w:wanneer|ik-boodschap|1.77
w:wanneer|open-vraag|-0.67
w:wanneer|argumenteren|-1.0
w:wanneer|bekritiseren|-0.96
w:wanneer|geruststellen|-0.99
w:wanneer|ondervragen|-0.99
w:wanneer|vervolgafspraak|-0.99
w:want|ik-boodschap|2.9
w:want|jij-boodschap|-1.0
w:want|samenvatting|-1.0
w:want|open-vraag|-1.95
w:want|argumenteren|0.32
w:want|etiketteren|-1.0
w:want|afleiden|-1.0
w:want|vervolgafspraak|0.8
w:waren|bekritiseren|-0.94
w:was|jij-boodschap|0.29
w:was|parafrase|-0.9
w:was|open-vraag|-0.94
w:was|bevelen|-0.87
w:was|waarschuwen|-1.82
w:was|moraliseren|-1.0
w:was|argumenteren|0.97
w:was|bekritiseren|-0.37
w:was|interpreteren|-1.0
w:was|ondervragen|1.6
w:was|afleiden|1.0
w:was|vervolgafspraak|-0.3
w:wat|ik-boodschap|0.8
w:wat|jij-boodschap|1.42
w:wat|parafrase|-0.97
w:wat|gevoelsreflectie|-2.7
w:wat|samenvatting|0.14
w:wat|open-vraag|4.83
w:wat|aanmoediging|-1.03
w:wat|adviseren|-0.73
w:wat|bekritiseren|1.9
w:wat|prijzen|-0.77
w:wat|interpreteren|-0.24
w:wat|ondervragen|-1.05
w:wat|afleiden|0.83
w:wat|afronding-aankondigen|-0.97
w:wat|vervolgafspraak|0.7
w:wat|bedanken|-1.0
w:wc|ik-boodschap|-0.98
w:wc|gevoelsreflectie|-0.99
w:we|ik-boodschap|-1.59
w:we|jij-boodschap|-1.75
w:we|parafrase|-1.0
w:we|gevoelsreflectie|-1.0
w:we|samenvatting|1.8
w:we|open-vraag|-2.84
w:we|aanmoediging|-1.92
w:we|bevelen|-1.88
w:we|waarschuwen|-1.92
w:we|adviseren|-2.0
w:we|argumenteren|0.8
w:we|bekritiseren|-1.5
w:we|prijzen|1.0
w:we|interpreteren|-1.0
w:we|geruststellen|-0.99
w:we|afleiden|0.19
w:we|afronding-aankondigen|2.79
w:we|vervolgafspraak|2.71
w:we|bedanken|-4.51
w:website|argumenteren|-2.74
w:week|ik-boodschap|0.92
w:week|parafrase|-1.0
w:week|gevoelsreflectie|-0.86
w:week|samenvatting|-0.4
w:week|open-vraag|-0.2
w:week|waarschuwen|0.96
w:week|moraliseren|-0.99
w:week|argumenteren|-1.93
w:week|ondervragen|1.44
w:week|afleiden|-0.91
w:week|afronding-aankondigen|-0.97
w:week|vervolgafspraak|1.09
w:weekend|ik-boodschap|0.84
w:weekend|interpreteren|-1.0
w:weekend|afleiden|1.0
w:weekend|vervolgafspraak|-0.98
w:weer|ik-boodschap|-0.88
w:weer|samenvatting|-0.87
w:weer|open-vraag|0.13
w:weer|bevelen|-1.0
w:weer|waarschuwen|2.94
w:weer|moraliseren|-0.98
w:weer|adviseren|-1.0
w:weer|argumenteren|-0.77
w:weer|bekritiseren|1.55
w:weer|etiketteren|1.02
w:weer|interpreteren|-0.5
w:weer|ondervragen|0.86
w:weer|afleiden|0.6
w:weer|afronding-aankondigen|-0.98
w:weer|vervolgafspraak|1.81
w:weer|bedanken|-0.83
w:wees|geruststellen|0.64
w:weet|ik-boodschap|1.81
w:weet|jij-boodschap|0.93
w:weet|parafrase|-0.93
w:weet|gevoelsreflectie|-1.67
w:weet|waarschuwen|0.96
w:weet|moraliseren|2.73
w:weet|argumenteren|-0.78
w:weet|bekritiseren|1.8
w:weet|prijzen|0.99
w:weet|etiketteren|0.91
w:weet|interpreteren|-1.75
w:weet|geruststellen|-0.83
w:weg|bevelen|0.92
w:weg|moraliseren|-1.0
w:weg|etiketteren|-0.75
w:wegbleef|samenvatting|-0.65
w:wegblijft|bekritiseren|0.86
w:weggelopen|ik-boodschap|1.0
w:weggelopen|parafrase|-1.0
w:weggelopen|adviseren|-0.99
w:weggelopen|ondervragen|0.99
w:wegkomt|bekritiseren|0.95
w:wegloopt|ondervragen|-0.93
w:wegstopt|waarschuwen|0.91
w:wegzakt|ik-boodschap|0.97
w:wegzetten|bekritiseren|0.94
w:weinig|ik-boodschap|0.97
w:weinig|parafrase|1.86
w:weinig|samenvatting|0.97
w:weinig|open-vraag|-0.7
w:weinig|waarschuwen|-1.99
w:weinig|argumenteren|-0.99
w:weinig|interpreteren|-0.11
w:weinig|geruststellen|-0.94
w:weinig|ondervragen|-0.96
w:weken|ik-boodschap|-0.9
w:weken|jij-boodschap|-0.92
w:weken|samenvatting|0.87
w:weken|open-vraag|-1.76
w:weken|adviseren|0.81
w:weken|argumenteren|1.01
w:weken|bekritiseren|-0.94
w:weken|interpreteren|-0.5
w:weken|afleiden|-0.73
w:weken|afronding-aankondigen|-0.99
w:weken|vervolgafspraak|2.9
w:weken|bedanken|-0.79
w:wel|ik-boodschap|-2.82
w:wel|jij-boodschap|-1.01
w:wel|parafrase|1.0
w:wel|gevoelsreflectie|-2.71
w:wel|samenvatting|-0.22
w:wel|open-vraag|-0.61
w:wel|aanmoediging|-0.99
w:wel|bevelen|-2.85
w:wel|moraliseren|-0.98
w:wel|adviseren|-1.83
w:wel|argumenteren|-1.0
w:wel|bekritiseren|-1.3
w:wel|prijzen|0.84
w:wel|etiketteren|-1.0
w:wel|interpreteren|-1.66
w:wel|geruststellen|1.37
w:wel|afleiden|0.4
w:wel|afronding-aankondigen|1.78
w:wel|vervolgafspraak|-1.95
w:wel|bedanken|1.11
w:weleens|argumenteren|-0.96
w:welk|open-vraag|-1.86
w:welkom|bedanken|-0.97
w:wereld|afleiden|0.95
w:werk|ik-boodschap|-0.72
w:werk|open-vraag|-0.98
w:werk|prijzen|-0.99
w:werken|jij-boodschap|-0.3
w:werkstuk|bevelen|1.82
w:werkt|moraliseren|-0.98
w:werkt|argumenteren|1.82
w:werkweek|ik-boodschap|-1.64
w:werkweek|parafrase|0.82
w:werkweek|bevelen|-0.96
w:weten|jij-boodschap|-0.84
w:weten|parafrase|-0.95
w:weten|gevoelsreflectie|0.98
w:weten|open-vraag|-0.98
w:weten|waarschuwen|-0.99
w:weten|moraliseren|1.97
w:weten|bekritiseren|-0.99
w:weten|ondervragen|-0.3
w:weten|vervolgafspraak|0.67
w:wie|ik-boodschap|-0.93
w:wie|open-vraag|-1.0
w:wie|adviseren|-0.99
w:wie|argumenteren|1.9
w:wie|bekritiseren|-1.93
w:wie|geruststellen|-0.9
w:wie|ondervragen|2.96
w:wie|afleiden|-0.96
w:wifi|adviseren|0.83
w:wij|gevoelsreflectie|-0.84
w:wijkteam|adviseren|0.97
w:wijsneus|jij-boodschap|2.1
w:wijsneus|etiketteren|0.93
w:wijze|geruststellen|-0.83
w:wil|ik-boodschap|-0.91
w:wil|parafrase|-0.91
w:wil|gevoelsreflectie|-1.81
w:wil|samenvatting|1.71
w:wil|open-vraag|2.74
w:wil|bevelen|1.85
w:wil|waarschuwen|-0.98
w:wil|moraliseren|-0.57
w:wil|adviseren|-0.86
w:wil|bekritiseren|-1.0
w:wil|prijzen|0.91
w:wil|interpreteren|1.0
w:wil|geruststellen|-0.95
w:wil|afleiden|1.91
w:wil|afronding-aankondigen|3.72
w:wil|bedanken|0.19
w:wilden|bedanken|1.0
w:willen|samenvatting|0.97
w:willen|open-vraag|-0.93
w:willen|etiketteren|-0.99
w:wilt|jij-boodschap|-1.26
w:wilt|parafrase|-1.9
w:wilt|gevoelsreflectie|0.93
w:wilt|samenvatting|2.0
w:wilt|open-vraag|0.9
w:wilt|waarschuwen|-0.73
w:wilt|argumenteren|-0.94
w:wilt|bekritiseren|-1.92
w:wilt|prijzen|-1.0
w:wilt|interpreteren|0.7
w:wilt|afleiden|-0.95
w:wiskunde|jij-boodschap|-0.98
w:wiskunde|gevoelsreflectie|-0.99
w:wiskunde|bevelen|-0.93
w:wiskunde|adviseren|0.93
w:wiskunde|argumenteren|0.25
w:wiskunde|bekritiseren|-0.98
w:wisselt|interpreteren|-0.96
w:wist|parafrase|1.0
w:wist|samenvatting|0.32
w:wist|open-vraag|-1.0
w:wist|vervolgafspraak|-0.59
w:wit|argumenteren|0.98
w:wit|bekritiseren|-0.98
w:woensdag|gevoelsreflectie|-0.89
w:woensdag|prijzen|0.98
w:woensdag|ondervragen|-1.0
w:woensdag|afronding-aankondigen|-0.99
w:woensdag|vervolgafspraak|0.8
w:woensdag|bedanken|-0.99
w:woorden|parafrase|1.0
w:woorden|samenvatting|-0.11
w:woorden|open-vraag|-1.0
w:woorden|aanmoediging|-0.99
w:woorden|argumenteren|-0.73
w:woorden|geruststellen|-0.87
w:woorden|afronding-aankondigen|-0.96
w:word|ik-boodschap|0.97
w:word|gevoelsreflectie|-0.96
w:word|moraliseren|-0.81
w:worden|jij-boodschap|-0.42
w:worden|argumenteren|0.85
w:worden|bekritiseren|-0.64
w:worden|afronding-aankondigen|1.0
w:wordt|ik-boodschap|-0.1
w:wordt|jij-boodschap|0.89
w:wordt|parafrase|1.08
w:wordt|gevoelsreflectie|1.01
w:wordt|samenvatting|-1.72
w:wordt|waarschuwen|0.91
w:wordt|argumenteren|-1.0
w:wordt|prijzen|-0.93
w:wordt|afronding-aankondigen|-1.0
w:wordt|vervolgafspraak|-1.0
w:yilmaz|moraliseren|-1.0
w:yusuf|parafrase|-0.98
w:zag|jij-boodschap|-0.93
w:zag|gevoelsreflectie|-0.88
w:zakken|ik-boodschap|-0.91
w:zakken|samenvatting|0.91
w:zakken|open-vraag|0.91
w:zakt|ik-boodschap|0.92
w:zakt|jij-boodschap|-0.92
w:zakt|bekritiseren|-0.89
w:zal|geruststellen|0.93
w:zat|open-vraag|1.0
w:zat|moraliseren|-1.0
w:zat|adviseren|-0.99
w:zaterdag|open-vraag|-1.76
w:zaterdag|afleiden|0.96
w:ze|ik-boodschap|-0.81
w:ze|jij-boodschap|-1.02
w:ze|parafrase|0.12
w:ze|gevoelsreflectie|-0.93
w:ze|open-vraag|-0.85
w:ze|aanmoediging|-0.98
w:ze|moraliseren|-2.65
w:ze|argumenteren|0.21
w:ze|bekritiseren|-0.25
w:ze|prijzen|-1.0
w:ze|etiketteren|-0.97
w:ze|interpreteren|0.91
w:ze|geruststellen|-0.53
w:ze|ondervragen|0.27
w:ze|afronding-aankondigen|-0.99
w:ze|vervolgafspraak|0.78
w:zeg|ik-boodschap|-0.72
w:zeg|samenvatting|0.97
w:zeg|waarschuwen|0.99
w:zeg|argumenteren|-0.98
w:zeg|geruststellen|0.86
w:zeg|ondervragen|-0.88
w:zeg|afleiden|0.92
w:zeggen|parafrase|1.0
w:zeggen|gevoelsreflectie|-0.74
w:zeggen|adviseren|0.96
w:zeggen|bekritiseren|-0.93
w:zeggen|prijzen|-1.0
w:zeggen|geruststellen|-0.46
w:zeggen|bedanken|0.88
w:zegt|jij-boodschap|-1.92
w:zegt|parafrase|2.09
w:zegt|gevoelsreflectie|-1.04
w:zegt|samenvatting|-2.61
w:zegt|open-vraag|1.0
w:zegt|aanmoediging|1.84
w:zegt|bevelen|0.12
w:zegt|waarschuwen|-0.99
w:zegt|moraliseren|-0.81
w:zegt|bekritiseren|-0.95
w:zegt|prijzen|-1.0
w:zegt|interpreteren|0.82
w:zegt|geruststellen|0.91
w:zegt|vervolgafspraak|-0.95
w:zei|jij-boodschap|-1.0
w:zeker|bevelen|-0.97
w:zeker|prijzen|0.99
w:zeker|interpreteren|-0.99
w:zelf|ik-boodschap|-0.99
w:zelf|jij-boodschap|2.71
w:zelf|parafrase|1.98
w:zelf|samenvatting|-0.9
w:zelf|open-vraag|0.78
w:zelf|bevelen|0.95
w:zelf|adviseren|0.1
w:zelf|argumenteren|-0.98
w:zelf|bekritiseren|2.75
w:zelf|prijzen|-1.0
w:zelf|interpreteren|0.89
w:zelf|afronding-aankondigen|0.1
w:zelf|vervolgafspraak|-1.87
w:zelf|bedanken|0.99
w:zenuwachtig|gevoelsreflectie|0.9
w:zenuwachtig|samenvatting|-0.9
w:zenuwachtig|geruststellen|1.35
w:zesde|vervolgafspraak|0.99
w:zet|gevoelsreflectie|-0.96
w:zet|samenvatting|0.75
w:zet|moraliseren|-1.0
w:zetten|afronding-aankondigen|0.99
w:zetten|vervolgafspraak|-0.94
w:zich|ik-boodschap|-1.85
w:zich|jij-boodschap|0.97
w:zich|parafrase|-2.66
w:zich|gevoelsreflectie|-0.88
w:zich|samenvatting|0.26
w:zich|open-vraag|-0.26
w:zich|aanmoediging|-1.0
w:zich|waarschuwen|0.91
w:zich|adviseren|-1.06
w:zich|argumenteren|0.97
w:zich|bekritiseren|0.79
w:zich|interpreteren|0.16
w:zich|geruststellen|0.14
w:zich|ondervragen|-1.0
w:zich|afronding-aankondigen|-0.96
w:zich|vervolgafspraak|-0.17
w:zich|bedanken|-1.0
w:zie|parafrase|-0.95
w:zie|gevoelsreflectie|0.92
w:zie|open-vraag|0.85
w:zie|bekritiseren|-1.0
w:zie|geruststellen|0.97
w:zie|afronding-aankondigen|0.91
w:zie|vervolgafspraak|2.88
w:ziek|ik-boodschap|-0.99
w:ziek|adviseren|-0.92
w:ziek|etiketteren|-0.92
w:ziek|vervolgafspraak|-1.92
w:ziekmelding|ik-boodschap|0.96
w:ziekmelding|waarschuwen|-0.96
w:ziekte|parafrase|-1.0
w:ziekte|samenvatting|0.81
w:ziekte|argumenteren|1.0
w:ziekte|interpreteren|-1.0
w:ziekte|afronding-aankondigen|0.97
w:ziekte|bedanken|0.97
w:zien|ik-boodschap|1.87
w:zien|parafrase|0.95
w:zien|samenvatting|-0.84
w:zien|open-vraag|0.95
w:zien|adviseren|-0.83
w:zien|etiketteren|-1.98
w:zien|afronding-aankondigen|-0.98
w:ziens|waarschuwen|-0.97
w:ziet|ik-boodschap|-0.88
w:ziet|jij-boodschap|-0.96
w:ziet|open-vraag|0.99
w:ziet|prijzen|0.99
w:zij|bekritiseren|0.71
w:zij|geruststellen|-0.49
w:zijn|ik-boodschap|1.68
w:zijn|jij-boodschap|-0.1
w:zijn|parafrase|-2.0
w:zijn|gevoelsreflectie|-1.0
w:zijn|samenvatting|1.69
w:zijn|open-vraag|-1.87
w:zijn|aanmoediging|-0.97
w:zijn|bevelen|-2.56
w:zijn|waarschuwen|0.84
w:zijn|adviseren|-0.89
w:zijn|argumenteren|-1.26
w:zijn|bekritiseren|-2.2
w:zijn|etiketteren|-0.85
w:zijn|interpreteren|-0.99
w:zijn|geruststellen|-0.9
w:zijn|afleiden|-1.53
w:zijn|afronding-aankondigen|0.1
w:zijn|vervolgafspraak|-1.88
w:zijn|bedanken|-1.61
w:zin|jij-boodschap|1.49
w:zin|bekritiseren|1.86
w:zin|interpreteren|-0.76
w:zin|geruststellen|-0.93
w:zin|ondervragen|-0.93
w:zit|ik-boodschap|0.81
w:zit|jij-boodschap|1.26
w:zit|parafrase|-0.83
w:zit|gevoelsreflectie|1.0
w:zit|samenvatting|-1.74
w:zit|open-vraag|0.81
w:zit|bevelen|-0.87
w:zit|moraliseren|-0.98
w:zit|argumenteren|-0.99
w:zit|bekritiseren|0.97
w:zit|geruststellen|-1.81
w:zit|ondervragen|0.69
w:zit|afleiden|-1.0
w:zit|afronding-aankondigen|-0.76
w:zit|vervolgafspraak|0.95
w:zit|bedanken|-0.99
w:zitten|ik-boodschap|0.73
w:zitten|gevoelsreflectie|-0.93
w:zitten|samenvatting|0.81
w:zitten|bevelen|2.54
w:zitten|waarschuwen|1.13
w:zitten|bekritiseren|-0.1
w:zitten|prijzen|-0.99
w:zitten|geruststellen|0.21
w:zitten|afronding-aankondigen|0.97
w:zitten|bedanken|0.97
w:zo|ik-boodschap|0.18
w:zo|jij-boodschap|-1.32
w:zo|parafrase|-1.0
w:zo|gevoelsreflectie|-1.95
w:zo|samenvatting|-1.94
w:zo|open-vraag|0.83
w:zo|bevelen|-2.73
w:zo|waarschuwen|-0.9
w:zo|moraliseren|-0.63
w:zo|adviseren|-3.82
w:zo|argumenteren|0.92
w:zo|bekritiseren|-0.63
w:zo|prijzen|0.94
w:zo|etiketteren|1.9
w:zo|geruststellen|-1.86
w:zo|ondervragen|-1.34
w:zo|afleiden|0.22
w:zo|afronding-aankondigen|1.0
w:zo|vervolgafspraak|-0.77
w:zo|bedanken|0.96
w:zo'n|ik-boodschap|-1.0
w:zo'n|jij-boodschap|-0.98
w:zo'n|gevoelsreflectie|-1.0
w:zo'n|open-vraag|-0.99
w:zo'n|bevelen|-1.93
w:zo'n|adviseren|-1.0
w:zo'n|bekritiseren|0.12
w:zo'n|prijzen|3.78
w:zo'n|etiketteren|1.95
w:zo'n|interpreteren|-0.99
w:zoekt|prijzen|-1.0
w:zoekt|interpreteren|1.0
w:zomaar|bekritiseren|0.86
w:zomer|open-vraag|-0.95
w:zomer|afleiden|0.95
w:zomervakantie|samenvatting|-0.97
w:zondag|adviseren|0.99
w:zonde|ik-boodschap|0.91
w:zonde|waarschuwen|-0.99
w:zonde|vervolgafspraak|0.99
w:zonder|samenvatting|-0.65
w:zonder|open-vraag|0.73
w:zonder|argumenteren|1.3
w:zonder|interpreteren|-0.75
w:zoon|ik-boodschap|-0.9
w:zoon|jij-boodschap|0.84
w:zoon|etiketteren|-0.96
w:zorg|bevelen|0.88
w:zorg|bekritiseren|-0.98
w:zorgcommissie|afronding-aankondigen|-0.97
w:zorgcoordinator|samenvatting|-0.88
w:zorgcoordinator|afronding-aankondigen|0.64
w:zorgcoordinator|vervolgafspraak|0.93
w:zorgcoordinator|bedanken|-0.82
w:zorgcoördinator|ik-boodschap|-0.8
w:zorgcoördinator|samenvatting|0.92
w:zorgcoördinator|waarschuwen|-0.99
w:zorgcoördinator|argumenteren|-0.8
w:zorgcoördinator|vervolgafspraak|1.86
w:zorgelijk|open-vraag|0.78
w:zorgen|ik-boodschap|-0.95
w:zorgen|jij-boodschap|-1.9
w:zorgen|samenvatting|-1.0
w:zorgen|open-vraag|0.9
w:zorgen|bevelen|-0.97
w:zorgen|waarschuwen|-0.91
w:zorgen|adviseren|-0.99
w:zorgen|argumenteren|-1.68
w:zorgen|bekritiseren|-0.96
w:zorgen|interpreteren|-0.5
w:zorgen|geruststellen|0.31
w:zorgen|afleiden|-1.0
w:zorgen|afronding-aankondigen|-0.96
w:zorgen|vervolgafspraak|-0.94
w:zorgpunten|argumenteren|-0.85
w:zorgt|bekritiseren|0.99
w:zou|ik-boodschap|-0.13
w:zou|parafrase|0.86
w:zou|gevoelsreflectie|-0.85
w:zou|open-vraag|0.95
w:zou|aanmoediging|-1.0
w:zou|bevelen|-1.0
w:zou|waarschuwen|-1.81
w:zou|moraliseren|0.82
w:zou|adviseren|3.73
w:zou|etiketteren|-1.0
w:zou|afleiden|-0.94
w:zouden|gevoelsreflectie|-0.84
w:zoveel|argumenteren|0.79
w:zoveel|bekritiseren|-0.95
w:zoveel|interpreteren|1.47
w:zoveel|geruststellen|0.25
w:zoë|ik-boodschap|0.81
w:zoë|open-vraag|0.95
w:zoë|vervolgafspraak|0.98
w:zulke|etiketteren|-0.97
w:zulke|geruststellen|-0.97
w:zulke|afleiden|0.97
w:zullen|samenvatting|-0.99
w:zullen|open-vraag|-0.77
w:zullen|waarschuwen|-0.99
w:zullen|afleiden|1.28
w:zullen|vervolgafspraak|1.94
w:zusje|jij-boodschap|-0.47
w:zusje|geruststellen|-0.99
w:zwaar|ik-boodschap|0.99
w:zwaar|parafrase|0.98
w:zwaar|open-vraag|0.16
w:zwaar|moraliseren|-0.93
w:zwaar|interpreteren|-0.86
w:zwaar|geruststellen|-0.66
w:zwaar|afleiden|0.53
w:zware|gevoelsreflectie|1.9
w:zwart|argumenteren|0.98
w:zwart|bekritiseren|-0.98
w:één|ik-boodschap|-0.16
w:één|open-vraag|0.94
w:één|bevelen|-0.36
w:één|waarschuwen|0.99
"""#
}
