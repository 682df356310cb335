// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-13.06
basis|jij-boodschap|-6.52
basis|parafrase|-8.8
basis|gevoelsreflectie|-9.48
basis|samenvatting|-13.84
basis|open-vraag|-15.21
basis|aanmoediging|-3.74
basis|bevelen|-5.76
basis|waarschuwen|-7.6
basis|moraliseren|-5.86
basis|adviseren|-8.34
basis|argumenteren|-8.28
basis|bekritiseren|-7.44
basis|prijzen|-8.7
basis|etiketteren|-6.45
basis|interpreteren|-7.81
basis|geruststellen|-8.42
basis|ondervragen|-6.94
basis|afleiden|-7.9
basis|afronding-aankondigen|-9.35
basis|vervolgafspraak|-13.18
basis|bedanken|-11.37
begin:ach|gevoelsreflectie|-0.82
begin:ach|bevelen|-1.0
begin:ach|waarschuwen|-0.99
begin:ach|moraliseren|-0.98
begin:ach|bekritiseren|-0.95
begin:ach|prijzen|-1.88
begin:ach|geruststellen|-1.83
begin:ach|afleiden|2.83
begin:alles|aanmoediging|-0.96
begin:alles|vervolgafspraak|-0.96
begin:als|ik-boodschap|-1.02
begin:als|jij-boodschap|-2.79
begin:als|parafrase|1.88
begin:als|gevoelsreflectie|-1.0
begin:als|samenvatting|-0.5
begin:als|open-vraag|-0.89
begin:als|aanmoediging|-1.91
begin:als|waarschuwen|1.39
begin:als|moraliseren|0.8
begin:als|adviseren|-1.72
begin:als|argumenteren|-2.73
begin:als|bekritiseren|-2.2
begin:als|prijzen|-1.82
begin:als|interpreteren|-1.0
begin:als|ondervragen|-0.97
begin:als|afleiden|-0.95
begin:als|afronding-aankondigen|-0.99
begin:als|vervolgafspraak|-1.92
begin:bedankt|parafrase|-0.99
begin:bedankt|gevoelsreflectie|-0.77
begin:bedankt|bekritiseren|-1.55
begin:bedankt|afronding-aankondigen|-0.79
begin:bedankt|vervolgafspraak|-0.9
begin:bedankt|bedanken|0.98
begin:begrijp|gevoelsreflectie|-0.99
begin:bij|argumenteren|-0.97
begin:bram|ik-boodschap|-0.89
begin:bram|jij-boodschap|1.08
begin:bram|moraliseren|-0.96
begin:controleert|jij-boodschap|-0.99
begin:controleert|bekritiseren|-0.99
begin:controleert|ondervragen|0.99
begin:daan|gevoelsreflectie|0.99
begin:daan|moraliseren|-0.94
begin:daan|adviseren|-0.99
begin:daan|argumenteren|-0.67
begin:daar|bevelen|-0.92
begin:daar|argumenteren|-0.91
begin:daar|geruststellen|0.54
begin:daar|afleiden|0.95
begin:dank|ik-boodschap|-1.0
begin:dank|gevoelsreflectie|0.77
begin:dank|open-vraag|-1.0
begin:dank|moraliseren|-0.69
begin:dank|bekritiseren|-0.95
begin:dank|prijzen|-0.98
begin:dank|afronding-aankondigen|-1.82
begin:dank|vervolgafspraak|-1.0
begin:dank|bedanken|1.99
begin:dankjewel|afronding-aankondigen|-0.93
begin:dankjewel|vervolgafspraak|-1.0
begin:dankjewel|bedanken|1.0
begin:dat|ik-boodschap|-1.0
begin:dat|jij-boodschap|-0.99
begin:dat|parafrase|-2.93
begin:dat|gevoelsreflectie|2.73
begin:dat|samenvatting|-0.95
begin:dat|open-vraag|-0.91
begin:dat|aanmoediging|-0.97
begin:dat|bevelen|-0.98
begin:dat|moraliseren|-1.88
begin:dat|adviseren|-0.99
begin:dat|argumenteren|0.63
begin:dat|bekritiseren|0.51
begin:dat|prijzen|-0.99
begin:dat|interpreteren|0.98
begin:dat|geruststellen|0.23
begin:dat|afleiden|1.19
begin:dat|bedanken|-0.99
begin:de|ik-boodschap|-1.93
begin:de|jij-boodschap|-0.97
begin:de|bevelen|-0.93
begin:de|adviseren|-0.99
begin:de|argumenteren|1.02
begin:de|bekritiseren|-0.97
begin:de|etiketteren|-0.94
begin:de|interpreteren|-1.0
begin:de|geruststellen|-0.85
begin:de|ondervragen|-1.0
begin:denk|bekritiseren|-0.99
begin:denk|interpreteren|-0.99
begin:die|jij-boodschap|-0.94
begin:die|interpreteren|0.99
begin:die|afleiden|-0.99
begin:dit|waarschuwen|3.45
begin:dit|bekritiseren|1.79
begin:dit|prijzen|-0.99
begin:dit|afleiden|-0.96
begin:doe|etiketteren|0.94
begin:doe|afleiden|-0.99
begin:doet|jij-boodschap|-1.78
begin:doet|bevelen|-0.9
begin:dus|ik-boodschap|-1.83
begin:dus|jij-boodschap|1.82
begin:dus|gevoelsreflectie|-1.55
begin:dus|samenvatting|0.77
begin:dus|open-vraag|-1.01
begin:dus|argumenteren|-0.96
begin:dus|bekritiseren|0.99
begin:dus|etiketteren|-0.86
begin:dus|interpreteren|-0.99
begin:dus|geruststellen|-0.97
begin:dus|afleiden|-0.94
begin:dus|afronding-aankondigen|-1.0
begin:dus|vervolgafspraak|0.92
begin:echt|adviseren|0.87
begin:echt|geruststellen|1.0
begin:een|waarschuwen|0.82
begin:een|moraliseren|1.21
begin:een|prijzen|1.0
begin:een|etiketteren|-0.84
begin:een|geruststellen|-0.96
begin:eerlijk|jij-boodschap|0.94
begin:eerlijk|moraliseren|1.93
begin:eerlijk|vervolgafspraak|-0.85
begin:eigenlijk|jij-boodschap|-1.0
begin:eigenlijk|moraliseren|-1.0
begin:eigenlijk|interpreteren|1.0
begin:en|ik-boodschap|-0.64
begin:en|open-vraag|1.0
begin:en|aanmoediging|-0.93
begin:even|parafrase|-0.89
begin:even|gevoelsreflectie|-0.81
begin:even|samenvatting|0.97
begin:even|argumenteren|-1.67
begin:even|bedanken|0.96
begin:fatsoenlijk|ik-boodschap|-1.0
begin:fatsoenlijk|samenvatting|-1.0
begin:fatsoenlijk|moraliseren|1.0
begin:fatsoenlijk|ondervragen|-1.0
begin:feit|argumenteren|0.96
begin:fenna|bekritiseren|-0.91
begin:fijn|jij-boodschap|0.86
begin:fijn|bekritiseren|0.14
begin:ga|waarschuwen|0.9
begin:gaat|waarschuwen|0.1
begin:gaat|bekritiseren|-0.97
begin:gaat|afleiden|-0.97
begin:geen|bevelen|0.91
begin:geen|geruststellen|0.57
begin:goed|geruststellen|-1.0
begin:goed|afleiden|-0.1
begin:goedemiddag|prijzen|-0.96
begin:goedemiddag|bedanken|-0.92
begin:haal|waarschuwen|-0.95
begin:had|bekritiseren|1.57
begin:haha|afleiden|0.97
begin:handen|bevelen|1.0
begin:heeft|open-vraag|-1.0
begin:heeft|adviseren|0.93
begin:heeft|bekritiseren|-0.9
begin:heeft|geruststellen|-0.98
begin:heel|etiketteren|-0.79
begin:het|samenvatting|-1.94
begin:het|open-vraag|-1.09
begin:het|aanmoediging|-1.0
begin:het|bevelen|-0.94
begin:het|waarschuwen|-1.98
begin:het|moraliseren|1.9
begin:het|adviseren|0.15
begin:het|argumenteren|0.28
begin:het|bekritiseren|-1.84
begin:het|prijzen|-1.0
begin:het|etiketteren|-1.0
begin:het|interpreteren|-0.96
begin:het|geruststellen|-0.78
begin:het|ondervragen|-1.0
begin:het|afleiden|-1.22
begin:het|afronding-aankondigen|-1.0
begin:het|vervolgafspraak|-1.0
begin:het|bedanken|-1.0
begin:hij|ik-boodschap|-1.92
begin:hij|jij-boodschap|-0.64
begin:hij|parafrase|-0.91
begin:hij|bevelen|-0.95
begin:hij|waarschuwen|-0.15
begin:hij|argumenteren|-0.87
begin:hij|bekritiseren|0.12
begin:hij|etiketteren|-0.99
begin:hij|interpreteren|1.99
begin:hij|geruststellen|-0.98
begin:hij|vervolgafspraak|-1.81
begin:hm|aanmoediging|0.95
begin:hmhm|aanmoediging|0.97
begin:hoe|jij-boodschap|0.99
begin:hoe|gevoelsreflectie|-1.97
begin:hoe|samenvatting|-0.97
begin:hoe|open-vraag|1.74
begin:hoe|aanmoediging|-0.99
begin:hoe|ondervragen|0.98
begin:hoe|afleiden|-1.98
begin:hoe|vervolgafspraak|-0.92
begin:hoeveel|adviseren|-0.71
begin:hoi|bevelen|-1.75
begin:hoi|geruststellen|-0.97
begin:hou|bevelen|0.96
begin:hé|afleiden|-0.84
begin:iemand|jij-boodschap|-2.22
begin:iemand|moraliseren|2.63
begin:iemand|bekritiseren|-1.69
begin:ik|ik-boodschap|-2.97
begin:ik|jij-boodschap|-0.32
begin:ik|parafrase|-1.07
begin:ik|gevoelsreflectie|0.14
begin:ik|samenvatting|-1.01
begin:ik|open-vraag|1.69
begin:ik|aanmoediging|-0.57
begin:ik|bevelen|-1.94
begin:ik|waarschuwen|-0.82
begin:ik|moraliseren|-2.0
begin:ik|adviseren|-0.7
begin:ik|argumenteren|0.89
begin:ik|bekritiseren|-1.04
begin:ik|prijzen|-1.0
begin:ik|etiketteren|-0.9
begin:ik|interpreteren|-0.91
begin:ik|geruststellen|1.12
begin:ik|ondervragen|-1.0
begin:ik|afronding-aankondigen|-1.82
begin:ik|vervolgafspraak|-0.69
begin:ik|bedanken|-2.29
begin:in|adviseren|-0.99
begin:in|ondervragen|-0.98
begin:ja|gevoelsreflectie|-1.0
begin:ja|samenvatting|-0.99
begin:ja|open-vraag|-0.99
begin:ja|aanmoediging|1.07
begin:ja|etiketteren|0.91
begin:ja|ondervragen|-0.99
begin:je|ik-boodschap|0.38
begin:je|jij-boodschap|0.54
begin:je|gevoelsreflectie|2.86
begin:je|open-vraag|0.83
begin:je|bevelen|2.59
begin:je|waarschuwen|-0.9
begin:je|moraliseren|-1.92
begin:je|adviseren|-0.87
begin:je|argumenteren|0.98
begin:je|bekritiseren|-0.15
begin:je|etiketteren|-0.87
begin:je|geruststellen|0.95
begin:je|afleiden|0.94
begin:je|afronding-aankondigen|-0.95
begin:je|vervolgafspraak|-0.93
begin:jij|ik-boodschap|-0.99
begin:jij|jij-boodschap|-0.17
begin:jij|gevoelsreflectie|0.66
begin:jij|bevelen|0.95
begin:jij|moraliseren|-1.01
begin:jij|bekritiseren|0.36
begin:jij|prijzen|1.1
begin:jij|etiketteren|-0.83
begin:jij|geruststellen|-0.59
begin:jij|afleiden|-1.0
begin:jij|vervolgafspraak|-0.94
begin:joh|geruststellen|0.68
begin:julian|jij-boodschap|-0.88
begin:julian|bekritiseren|-0.88
begin:jullie|jij-boodschap|1.64
begin:jullie|bevelen|0.81
begin:jullie|moraliseren|-0.98
begin:jullie|argumenteren|-1.0
begin:jullie|bekritiseren|1.56
begin:kees|parafrase|-0.99
begin:kijk|jij-boodschap|-0.88
begin:kijk|moraliseren|-0.9
begin:kijk|argumenteren|2.72
begin:kijk|bekritiseren|-0.95
begin:kijk|geruststellen|-1.0
begin:kijk|vervolgafspraak|-0.9
begin:klinkt|jij-boodschap|-0.85
begin:klinkt|gevoelsreflectie|0.92
begin:klopt|gevoelsreflectie|-0.66
begin:kortom|ik-boodschap|-0.99
begin:kortom|jij-boodschap|0.58
begin:kortom|parafrase|-0.97
begin:kortom|gevoelsreflectie|-0.98
begin:kortom|samenvatting|2.15
begin:kortom|open-vraag|-0.97
begin:kortom|bevelen|-0.93
begin:kortom|waarschuwen|-0.99
begin:kortom|bekritiseren|1.79
begin:kortom|afronding-aankondigen|0.11
begin:kortom|vervolgafspraak|0.9
begin:kortom|bedanken|0.9
begin:kunt|moraliseren|-1.0
begin:kunt|argumenteren|-1.0
begin:laat|bekritiseren|-0.85
begin:laat|geruststellen|-0.88
begin:laat|vervolgafspraak|0.96
begin:laten|jij-boodschap|-0.94
begin:laten|samenvatting|-0.99
begin:laten|geruststellen|-1.0
begin:laten|vervolgafspraak|0.97
begin:laten|bedanken|-0.91
begin:leg|bevelen|0.9
begin:let|bevelen|-0.93
begin:lever|bevelen|1.73
begin:maak|geruststellen|1.91
begin:maak|afleiden|-0.98
begin:maakt|gevoelsreflectie|-0.98
begin:maakt|open-vraag|-1.0
begin:maakt|adviseren|-1.0
begin:maakt|geruststellen|0.86
begin:maakt|afleiden|-1.0
begin:maandag|vervolgafspraak|0.86
begin:maar|jij-boodschap|-0.57
begin:maar|open-vraag|-2.81
begin:maar|bevelen|-1.0
begin:maar|argumenteren|0.97
begin:maar|afleiden|1.87
begin:mag|bedanken|-0.89
begin:mees|afleiden|-0.88
begin:met|parafrase|1.0
begin:met|samenvatting|-0.98
begin:met|open-vraag|-0.98
begin:met|aanmoediging|-0.98
begin:met|waarschuwen|-1.0
begin:met|prijzen|1.65
begin:met|geruststellen|-0.62
begin:met|afleiden|-0.98
begin:mijn|adviseren|0.91
begin:mijn|bekritiseren|-0.99
begin:mijn|vervolgafspraak|0.94
begin:misschien|adviseren|1.0
begin:misschien|argumenteren|-0.94
begin:misschien|prijzen|-0.85
begin:misschien|interpreteren|-0.91
begin:mohammed|jij-boodschap|1.67
begin:mohammed|bekritiseren|0.96
begin:morgen|jij-boodschap|-0.99
begin:nee|bevelen|0.9
begin:nee|argumenteren|0.99
begin:neem|samenvatting|-0.98
begin:neem|aanmoediging|0.98
begin:neem|bevelen|-0.91
begin:neem|waarschuwen|-0.9
begin:niemand|jij-boodschap|-0.5
begin:niemand|geruststellen|1.57
begin:niet|argumenteren|-0.99
begin:niks|bekritiseren|-0.69
begin:nog|samenvatting|-0.94
begin:nog|waarschuwen|0.99
begin:nog|moraliseren|-0.95
begin:nog|geruststellen|-0.89
begin:nog|afleiden|-0.81
begin:nog|bedanken|0.83
begin:nou|ik-boodschap|0.84
begin:nou|argumenteren|-0.84
begin:nou|bekritiseren|3.56
begin:nou|etiketteren|0.92
begin:nou|afleiden|0.98
begin:nou|vervolgafspraak|-0.95
begin:nou|bedanken|-2.69
begin:nu|ik-boodschap|1.84
begin:nu|bedanken|-0.88
begin:och|geruststellen|-0.63
begin:och|afleiden|1.77
begin:och|afronding-aankondigen|-0.98
begin:oké|parafrase|-0.88
begin:oké|samenvatting|-0.92
begin:oké|aanmoediging|0.84
begin:om|interpreteren|-0.85
begin:omdat|open-vraag|-0.9
begin:omdat|afronding-aankondigen|1.0
begin:onderzoek|bekritiseren|-0.99
begin:ons|bedanken|0.93
begin:onze|gevoelsreflectie|-1.0
begin:onze|aanmoediging|-0.66
begin:onze|bevelen|-1.0
begin:onze|geruststellen|-1.0
begin:onze|afronding-aankondigen|1.0
begin:onze|bedanken|-0.96
begin:op|argumenteren|-0.92
begin:opvoeden|argumenteren|-0.94
begin:ouders|bevelen|-0.86
begin:ouders|waarschuwen|-0.78
begin:ouders|moraliseren|0.91
begin:ouders|bekritiseren|-0.83
begin:ouders|interpreteren|-0.96
begin:ouders|bedanken|-0.96
begin:over|samenvatting|-0.85
begin:over|etiketteren|-1.0
begin:over|afleiden|1.86
begin:over|bedanken|-0.85
begin:pak|geruststellen|-0.96
begin:pas|geruststellen|-0.76
begin:probeer|ik-boodschap|-0.83
begin:probeer|interpreteren|-1.0
begin:regels|argumenteren|0.71
begin:respect|moraliseren|1.79
begin:rustig|bevelen|0.99
begin:rustig|etiketteren|-0.99
begin:samengevat|ik-boodschap|-1.0
begin:samengevat|jij-boodschap|0.93
begin:samengevat|samenvatting|1.05
begin:samengevat|open-vraag|-0.99
begin:samengevat|bevelen|-1.0
begin:samengevat|bekritiseren|1.92
begin:samengevat|bedanken|-1.0
begin:samenvattend|samenvatting|1.53
begin:samenvattend|bedanken|-0.89
begin:schrijf|adviseren|0.99
begin:sem|gevoelsreflectie|-1.0
begin:sem|open-vraag|-0.97
begin:sem|adviseren|-1.0
begin:sem|bekritiseren|-1.86
begin:sem|etiketteren|0.89
begin:sinds|ik-boodschap|1.92
begin:sinds|moraliseren|-0.82
begin:sinds|bekritiseren|-0.93
begin:sinds|vervolgafspraak|-0.96
begin:snap|open-vraag|-0.91
begin:stel|etiketteren|1.0
begin:straks|waarschuwen|0.97
begin:stuur|vervolgafspraak|-1.97
begin:telefoon|samenvatting|-0.99
begin:thanks|vervolgafspraak|-0.95
begin:tja|open-vraag|-1.67
begin:tja|bekritiseren|1.64
begin:tja|afleiden|0.99
begin:tja|bedanken|-1.81
begin:toen|ik-boodschap|0.87
begin:toen|gevoelsreflectie|-0.84
begin:toen|samenvatting|-0.97
begin:toen|afleiden|-1.0
begin:toen|vervolgafspraak|-1.0
begin:tot|samenvatting|0.98
begin:tot|open-vraag|0.98
begin:typisch|etiketteren|0.99
begin:u|ik-boodschap|-1.95
begin:u|jij-boodschap|0.26
begin:u|parafrase|0.87
begin:u|samenvatting|-1.7
begin:u|open-vraag|-1.99
begin:u|aanmoediging|-0.1
begin:u|bevelen|-1.64
begin:u|waarschuwen|-1.15
begin:u|adviseren|-1.04
begin:u|argumenteren|-0.89
begin:u|bekritiseren|-0.37
begin:u|prijzen|-0.98
begin:u|etiketteren|-1.05
begin:u|interpreteren|0.7
begin:u|geruststellen|0.61
begin:u|bedanken|-0.99
begin:uit|argumenteren|1.0
begin:uit|interpreteren|-1.0
begin:uw|bekritiseren|-0.93
begin:uw|etiketteren|-1.0
begin:van|moraliseren|0.9
begin:vanaf|bevelen|0.95
begin:vandaag|samenvatting|-0.99
begin:vandaag|afleiden|-0.99
begin:vertel|gevoelsreflectie|-0.99
begin:vertel|afleiden|-0.99
begin:vertelt|aanmoediging|1.0
begin:volgende|afronding-aankondigen|-0.9
begin:volgende|vervolgafspraak|2.75
begin:volgens|bevelen|-0.97
begin:volgens|interpreteren|0.9
begin:volgens|geruststellen|0.78
begin:vorige|waarschuwen|-0.97
begin:waar|gevoelsreflectie|-0.99
begin:waar|samenvatting|-0.98
begin:waarom|jij-boodschap|-0.89
begin:waarom|samenvatting|-1.0
begin:waarom|bevelen|-1.0
begin:waarom|waarschuwen|-1.0
begin:waarom|bekritiseren|-0.61
begin:waarom|prijzen|-1.0
begin:waarom|geruststellen|-1.0
begin:waarom|ondervragen|1.88
begin:waarom|afleiden|-0.91
begin:waarom|vervolgafspraak|-1.0
begin:wanneer|ik-boodschap|1.99
begin:wanneer|open-vraag|1.91
begin:wanneer|waarschuwen|-0.82
begin:wanneer|moraliseren|-0.96
begin:wanneer|argumenteren|-0.97
begin:wanneer|interpreteren|-1.0
begin:wat|jij-boodschap|0.75
begin:wat|parafrase|-0.96
begin:wat|gevoelsreflectie|-1.18
begin:wat|samenvatting|-1.19
begin:wat|open-vraag|0.15
begin:wat|aanmoediging|-0.95
begin:wat|bevelen|-1.94
begin:wat|waarschuwen|-0.88
begin:wat|adviseren|-1.15
begin:wat|argumenteren|-1.0
begin:wat|bekritiseren|1.73
begin:wat|etiketteren|0.98
begin:wat|ondervragen|-1.0
begin:wat|afleiden|-0.95
begin:wat|afronding-aankondigen|-1.0
begin:we|ik-boodschap|-1.91
begin:we|gevoelsreflectie|-0.99
begin:we|samenvatting|0.53
begin:we|open-vraag|-0.82
begin:we|aanmoediging|-0.99
begin:we|waarschuwen|-0.96
begin:we|moraliseren|-0.99
begin:we|bekritiseren|-0.84
begin:we|afleiden|-0.95
begin:we|afronding-aankondigen|0.75
begin:we|vervolgafspraak|-0.83
begin:we|bedanken|0.96
begin:wees|waarschuwen|0.99
begin:wees|afleiden|-0.99
begin:weet|ik-boodschap|1.0
begin:weet|argumenteren|0.81
begin:weet|bekritiseren|0.94
begin:welk|open-vraag|-2.65
begin:welke|ondervragen|-0.91
begin:ze|jij-boodschap|1.61
begin:ze|parafrase|-1.0
begin:ze|waarschuwen|-1.0
begin:ze|moraliseren|-0.93
begin:ze|adviseren|-1.0
begin:ze|argumenteren|-1.96
begin:ze|bekritiseren|-0.88
begin:ze|interpreteren|0.14
begin:zeg|open-vraag|-0.99
begin:zeg|bevelen|0.99
begin:zeg|afleiden|0.99
begin:zegt|aanmoediging|1.51
begin:zegt|bevelen|0.84
begin:zet|bevelen|1.0
begin:zet|moraliseren|-0.99
begin:zet|prijzen|-1.0
begin:zet|interpreteren|-0.99
begin:zet|geruststellen|-0.95
begin:zet|bedanken|-1.0
begin:zij|bekritiseren|0.82
begin:zij|geruststellen|-0.67
begin:zijn|bevelen|-0.9
begin:zit|afleiden|-0.95
begin:zo|moraliseren|0.98
begin:zo|etiketteren|-0.98
begin:zo|ondervragen|-0.97
begin:zo|afronding-aankondigen|0.93
begin:zo'n|jij-boodschap|-0.98
begin:zo'n|waarschuwen|-0.98
begin:zo'n|bekritiseren|0.82
begin:zo'n|prijzen|0.98
begin:zo'n|interpreteren|-0.98
begin:zo'n|ondervragen|-0.99
begin:zorg|bevelen|0.99
begin:zorgt|bevelen|0.98
begin:zou|parafrase|-1.0
begin:zou|open-vraag|1.0
begin:zoveel|geruststellen|0.96
begin:zullen|samenvatting|-0.97
begin:zullen|interpreteren|-1.0
begin:zullen|afronding-aankondigen|-0.96
begin:zullen|bedanken|-0.99
deel:gedrag|ik-boodschap|3.52
deel:gedrag|jij-boodschap|-1.0
deel:gedrag|gevoelsreflectie|-1.74
deel:gedrag|samenvatting|-1.0
deel:gedrag|open-vraag|0.94
deel:gedrag|aanmoediging|-0.99
deel:gedrag|bevelen|-1.93
deel:gedrag|waarschuwen|-1.42
deel:gedrag|moraliseren|-1.96
deel:gedrag|adviseren|-1.73
deel:gedrag|argumenteren|-1.96
deel:gedrag|bekritiseren|-1.8
deel:gedrag|prijzen|-1.0
deel:gedrag|etiketteren|-1.0
deel:gedrag|geruststellen|-0.98
deel:gedrag|ondervragen|-0.97
deel:gedrag|afleiden|-1.0
deel:gedrag|afronding-aankondigen|-0.99
deel:gedrag|vervolgafspraak|-1.74
deel:gedrag|bedanken|-1.88
deel:gevoel|ik-boodschap|8.01
deel:gevoel|jij-boodschap|-1.71
deel:gevoel|parafrase|-1.0
deel:gevoel|gevoelsreflectie|-0.88
deel:gevoel|samenvatting|-1.91
deel:gevoel|open-vraag|-0.93
deel:gevoel|aanmoediging|-0.99
deel:gevoel|bevelen|-0.99
deel:gevoel|waarschuwen|-1.0
deel:gevoel|moraliseren|-1.96
deel:gevoel|adviseren|-1.95
deel:gevoel|argumenteren|-1.0
deel:gevoel|bekritiseren|-1.87
deel:gevoel|prijzen|-1.0
deel:gevoel|etiketteren|-1.0
deel:gevoel|interpreteren|-0.95
deel:gevoel|geruststellen|-0.98
deel:gevoel|ondervragen|-0.97
deel:gevoel|afleiden|-1.0
deel:gevoel|afronding-aankondigen|-0.99
deel:gevoel|vervolgafspraak|-0.77
deel:gevoel|bedanken|-1.88
deel:gevolg|ik-boodschap|3.85
deel:gevolg|gevoelsreflectie|-0.74
deel:gevolg|samenvatting|-1.91
deel:gevolg|open-vraag|-0.12
deel:gevolg|aanmoediging|-0.99
deel:gevolg|bevelen|-0.99
deel:gevolg|waarschuwen|-0.98
deel:gevolg|adviseren|-0.73
deel:gevolg|argumenteren|-0.97
deel:gevolg|bekritiseren|-0.99
deel:gevolg|interpreteren|-1.0
deel:gevolg|geruststellen|-0.98
deel:gevolg|ondervragen|-0.97
familie:afronding|ik-boodschap|-1.04
familie:afronding|jij-boodschap|-0.97
familie:afronding|parafrase|-1.95
familie:afronding|gevoelsreflectie|-0.96
familie:afronding|open-vraag|-2.0
familie:afronding|aanmoediging|-0.66
familie:afronding|waarschuwen|-1.88
familie:afronding|moraliseren|-0.69
familie:afronding|adviseren|-1.85
familie:afronding|bekritiseren|-0.9
familie:afronding|prijzen|-0.98
familie:afronding|interpreteren|-1.89
familie:afronding|geruststellen|-2.0
familie:afronding|ondervragen|-1.0
familie:afronding|afleiden|-2.89
familie:afronding|afronding-aankondigen|5.79
familie:afronding|vervolgafspraak|4.7
familie:afronding|bedanken|5.85
familie:blokkade|ik-boodschap|-7.42
familie:blokkade|jij-boodschap|-1.65
familie:blokkade|parafrase|-5.84
familie:blokkade|gevoelsreflectie|-4.52
familie:blokkade|samenvatting|-6.11
familie:blokkade|open-vraag|-4.91
familie:blokkade|aanmoediging|-2.88
familie:blokkade|waarschuwen|1.68
familie:blokkade|moraliseren|-2.01
familie:blokkade|adviseren|1.03
familie:blokkade|argumenteren|0.71
familie:blokkade|bekritiseren|-0.1
familie:blokkade|etiketteren|-0.92
familie:blokkade|interpreteren|0.92
familie:blokkade|geruststellen|-0.39
familie:blokkade|afleiden|-0.22
familie:blokkade|afronding-aankondigen|-4.86
familie:blokkade|vervolgafspraak|-5.78
familie:blokkade|bedanken|-2.95
familie:ik-boodschap|ik-boodschap|7.4
familie:ik-boodschap|jij-boodschap|-1.0
familie:ik-boodschap|gevoelsreflectie|-0.74
familie:ik-boodschap|samenvatting|-1.91
familie:ik-boodschap|aanmoediging|-0.99
familie:ik-boodschap|bevelen|-0.99
familie:ik-boodschap|waarschuwen|-1.98
familie:ik-boodschap|moraliseren|-1.96
familie:ik-boodschap|adviseren|-1.73
familie:ik-boodschap|argumenteren|-1.96
familie:ik-boodschap|bekritiseren|-0.99
familie:ik-boodschap|prijzen|-1.0
familie:ik-boodschap|etiketteren|-1.0
familie:ik-boodschap|interpreteren|-1.95
familie:ik-boodschap|geruststellen|-0.98
familie:ik-boodschap|ondervragen|-0.97
familie:ik-boodschap|afleiden|-1.0
familie:ik-boodschap|afronding-aankondigen|-0.99
familie:ik-boodschap|vervolgafspraak|-1.74
familie:ik-boodschap|bedanken|-1.88
familie:jij-boodschap|ik-boodschap|-0.91
familie:jij-boodschap|jij-boodschap|10.2
familie:jij-boodschap|parafrase|-0.99
familie:jij-boodschap|gevoelsreflectie|-3.69
familie:jij-boodschap|samenvatting|-1.62
familie:jij-boodschap|aanmoediging|-1.0
familie:jij-boodschap|bevelen|-1.0
familie:jij-boodschap|waarschuwen|-0.2
familie:jij-boodschap|moraliseren|-1.03
familie:jij-boodschap|adviseren|-1.01
familie:jij-boodschap|argumenteren|-1.96
familie:jij-boodschap|bekritiseren|2.98
familie:jij-boodschap|prijzen|-1.95
familie:jij-boodschap|etiketteren|1.91
familie:jij-boodschap|interpreteren|-1.0
familie:jij-boodschap|geruststellen|-2.65
familie:jij-boodschap|ondervragen|-0.99
familie:jij-boodschap|afleiden|-1.93
familie:jij-boodschap|afronding-aankondigen|-0.95
familie:luisteren|ik-boodschap|-4.17
familie:luisteren|jij-boodschap|-1.33
familie:luisteren|parafrase|4.76
familie:luisteren|gevoelsreflectie|4.84
familie:luisteren|samenvatting|3.85
familie:luisteren|open-vraag|5.0
familie:luisteren|aanmoediging|2.74
familie:luisteren|bevelen|-2.83
familie:luisteren|waarschuwen|-2.84
familie:luisteren|moraliseren|-1.99
familie:luisteren|adviseren|-1.6
familie:luisteren|argumenteren|-2.69
familie:luisteren|bekritiseren|-4.06
familie:luisteren|prijzen|-2.77
familie:luisteren|etiketteren|-1.93
familie:luisteren|interpreteren|-2.88
familie:luisteren|geruststellen|-1.59
familie:luisteren|ondervragen|-1.92
familie:luisteren|afronding-aankondigen|-2.83
familie:luisteren|vervolgafspraak|-2.02
familie:luisteren|bedanken|-2.95
p:'niet gezien'|parafrase|-1.0
p:'niet gezien'|bekritiseren|-1.0
p:'niet gezien'|ondervragen|-1.0
p:'ouwe' noemt|ik-boodschap|0.99
p:'s avonds|parafrase|0.98
p:'s avonds|open-vraag|-0.96
p:'s avonds|adviseren|1.95
p:'s avonds|afleiden|-0.94
p:'s nachts|jij-boodschap|0.87
p:'s nachts|parafrase|-0.99
p:'s nachts|adviseren|-0.71
p:1 0|argumenteren|1.0
p:1 en|argumenteren|0.71
p:1 keer|waarschuwen|1.0
p:1 keer|adviseren|-1.0
p:14 maart|samenvatting|0.94
p:14 maart|vervolgafspraak|0.94
p:2 staat|argumenteren|-0.92
p:2 voor|jij-boodschap|-0.88
p:2 voor|argumenteren|0.88
p:2 voor|bekritiseren|-0.95
p:3 afronden|moraliseren|-0.72
p:3 maart|argumenteren|0.9
p:3 voor|geruststellen|-1.0
p:4 8|argumenteren|1.0
p:4 9|jij-boodschap|-0.88
p:4 9|argumenteren|0.88
p:4 9|bekritiseren|-0.95
p:4 daar|argumenteren|0.94
p:4 daar|afleiden|-0.94
p:4 en|argumenteren|-0.92
p:4 gemiddeld|argumenteren|-0.67
p:4 in|afleiden|0.94
p:4 is|argumenteren|0.94
p:4 is|afleiden|-0.94
p:5 2|jij-boodschap|-0.88
p:5 2|argumenteren|0.88
p:5 2|bekritiseren|-0.95
p:5 3|moraliseren|-0.72
p:5 4|argumenteren|-0.67
p:5 5|argumenteren|0.89
p:5 9|argumenteren|-0.86
p:5 wordt|argumenteren|0.89
p:6 4|argumenteren|-0.92
p:6 8|argumenteren|0.97
p:6 kan|moraliseren|-0.72
p:7 1|argumenteren|-0.92
p:7 halen|waarschuwen|-0.98
p:7 halen|prijzen|0.98
p:8 3|geruststellen|-1.0
p:8 ?|afleiden|0.95
p:8 is|argumenteren|1.0
p:9 voor|jij-boodschap|-0.88
p:9 voor|bekritiseren|-0.95
p:? dan|ik-boodschap|-0.99
p:? dan|moraliseren|0.95
p:? dan|prijzen|1.94
p:? dank|bedanken|0.88
p:? dat|bekritiseren|1.61
p:? dat|ondervragen|0.99
p:? elke|jij-boodschap|-0.99
p:? elke|bekritiseren|-0.99
p:? elke|geruststellen|-0.98
p:? elke|ondervragen|0.99
p:? en|jij-boodschap|-0.99
p:? en|open-vraag|-1.98
p:? en|aanmoediging|-0.87
p:? en|adviseren|-0.71
p:? en|ondervragen|1.97
p:? en|afleiden|-0.98
p:? heeft|open-vraag|-0.96
p:? ik|ik-boodschap|0.93
p:? ik|adviseren|0.76
p:? maar|gevoelsreflectie|1.0
p:? maar|open-vraag|1.0
p:? maar|geruststellen|1.0
p:? ook|jij-boodschap|-0.99
p:? ook|adviseren|-0.71
p:? ook|bekritiseren|-0.99
p:? ook|geruststellen|-0.98
p:? ook|ondervragen|0.99
p:? sinds|open-vraag|-0.98
p:? sinds|afleiden|-0.98
p:? waarom|ik-boodschap|-0.89
p:? was|ondervragen|0.98
p:? wat|gevoelsreflectie|0.99
p:? wie|ik-boodschap|-0.89
p:? wie|open-vraag|-0.96
p:? zit|open-vraag|-0.96
p:aan ?|samenvatting|-0.98
p:aan alles|bekritiseren|-1.0
p:aan alles|etiketteren|1.0
p:aan dat|jij-boodschap|-0.97
p:aan dat|gevoelsreflectie|-0.91
p:aan dat|bevelen|-0.9
p:aan dat|bekritiseren|-0.95
p:aan de|parafrase|0.96
p:aan de|gevoelsreflectie|0.98
p:aan de|samenvatting|0.86
p:aan de|open-vraag|0.96
p:aan de|bevelen|0.92
p:aan de|waarschuwen|0.83
p:aan de|bekritiseren|0.11
p:aan de|interpreteren|1.0
p:aan de|geruststellen|-0.67
p:aan de|ondervragen|0.98
p:aan dit|ondervragen|-0.99
p:aan doen|ik-boodschap|-0.94
p:aan doen|argumenteren|0.94
p:aan doet|bekritiseren|-0.81
p:aan een|argumenteren|0.71
p:aan en|jij-boodschap|0.91
p:aan en|samenvatting|-0.91
p:aan en|bekritiseren|0.91
p:aan gedacht|adviseren|0.93
p:aan gewerkt|jij-boodschap|-0.91
p:aan het|bevelen|-0.95
p:aan hoor|aanmoediging|0.76
p:aan je|ik-boodschap|0.99
p:aan je|moraliseren|-0.82
p:aan luuk|etiketteren|1.0
p:aan maken|afronding-aankondigen|0.99
p:aan maken|vervolgafspraak|-0.99
p:aan mevrouw|bevelen|0.95
p:aan nu|aanmoediging|-0.85
p:aan nu|bevelen|0.99
p:aan nu|etiketteren|-0.99
p:aan onze|bedanken|-0.98
p:aan school|bevelen|0.81
p:aan sem|afleiden|-0.91
p:aan te|moraliseren|-0.95
p:aan te|argumenteren|0.28
p:aan te|prijzen|-0.98
p:aan te|interpreteren|-0.84
p:aan te|geruststellen|-0.58
p:aan toevoegen|samenvatting|0.98
p:aan toevoegen|open-vraag|0.98
p:aan vrijdag|samenvatting|0.78
p:aan vrijdag|vervolgafspraak|0.99
p:aan zijn|ik-boodschap|0.93
p:aan zijn|jij-boodschap|0.98
p:aan zijn|samenvatting|-0.65
p:aan zijn|open-vraag|-0.93
p:aan zijn|waarschuwen|0.99
p:aan zijn|bekritiseren|0.98
p:aanbieden aan|bevelen|0.95
p:aangekondigd in|ik-boodschap|-0.75
p:aanpak is|prijzen|0.96
p:aanpakken ?|ik-boodschap|-0.85
p:aanpakken ?|parafrase|-0.93
p:aanpakken ?|samenvatting|0.88
p:aanpakken ?|open-vraag|0.91
p:aansluiting bij|jij-boodschap|-1.0
p:aansluiting bij|waarschuwen|-1.0
p:aansluiting bij|etiketteren|-1.0
p:aansluiting met|waarschuwen|-0.62
p:aansluiting met|bekritiseren|-0.99
p:aantekeningen op|vervolgafspraak|-0.96
p:aanvraag voor|open-vraag|-0.9
p:aardrijkskunde zakt|ik-boodschap|0.98
p:aardrijkskunde zakt|jij-boodschap|-0.98
p:aardrijkskunde zakt|bekritiseren|-0.98
p:absenties pas|afronding-aankondigen|-1.0
p:account ?|open-vraag|-0.98
p:account ?|afleiden|-0.98
p:ach dat|waarschuwen|-0.99
p:ach dat|moraliseren|-0.98
p:ach dat|bekritiseren|-0.95
p:ach dat|geruststellen|-2.15
p:ach dat|afleiden|1.74
p:ach een|gevoelsreflectie|0.84
p:ach een|afleiden|0.94
p:ach elke|geruststellen|0.72
p:ach elke|afleiden|-0.9
p:ach het|geruststellen|0.59
p:ach het|afleiden|0.98
p:ach iedereen|prijzen|-0.94
p:ach iedereen|etiketteren|-0.96
p:ach iedereen|afleiden|0.96
p:ach u|gevoelsreflectie|-0.82
p:ach u|prijzen|-0.94
p:ach u|etiketteren|0.94
p:ach wat|afleiden|-0.95
p:ach zulke|bevelen|-1.0
p:ach zulke|geruststellen|-1.0
p:ach zulke|afleiden|1.0
p:acht bij|bevelen|0.95
p:achter de|bekritiseren|0.9
p:achter zetten|vervolgafspraak|-0.91
p:achteraf hoor|afronding-aankondigen|-1.0
p:achterin de|vervolgafspraak|-0.96
p:achterloopt zullen|vervolgafspraak|0.96
p:af bedankt|samenvatting|0.57
p:af dat|ik-boodschap|-0.92
p:af dat|samenvatting|0.92
p:af dat|vervolgafspraak|0.78
p:af en|samenvatting|-0.78
p:af en|moraliseren|0.99
p:af en|bekritiseren|-0.95
p:af en|geruststellen|-0.96
p:af ik|afronding-aankondigen|1.66
p:af is|gevoelsreflectie|-1.0
p:af maandag|vervolgafspraak|0.99
p:af maandag|bedanken|0.99
p:af te|jij-boodschap|-1.0
p:af te|bevelen|1.0
p:af te|moraliseren|-1.0
p:af te|etiketteren|-1.0
p:af te|interpreteren|-1.0
p:af tot|ik-boodschap|-0.98
p:af tot|waarschuwen|0.98
p:af we|afronding-aankondigen|0.81
p:afdelingsleider nooit|prijzen|-0.82
p:afgaat in|open-vraag|-0.96
p:afgelopen maand|open-vraag|-0.81
p:afgelopen twee|ik-boodschap|0.98
p:afgelopen twee|jij-boodschap|-0.98
p:afgelopen twee|bekritiseren|-0.98
p:afgelopen week|ik-boodschap|0.84
p:afgelopen week|argumenteren|-0.84
p:afgerond naar|argumenteren|0.89
p:afheeft waardoor|open-vraag|0.96
p:afleiding misschien|adviseren|0.99
p:aflopen voor|waarschuwen|0.94
p:afronden de|afronding-aankondigen|0.98
p:afronden hartelijk|bedanken|0.93
p:afronden naar|moraliseren|-0.72
p:afronden over|samenvatting|0.83
p:afronden over|vervolgafspraak|0.9
p:afronden over|bedanken|0.9
p:afsluiten de|vervolgafspraak|-0.97
p:afsluiten voor|afronding-aankondigen|0.95
p:afspraak bij|samenvatting|0.94
p:afspraak gewoon|jij-boodschap|0.98
p:afspraak maken|bedanken|0.88
p:afspraak met|ik-boodschap|0.98
p:afspraak met|argumenteren|-0.9
p:afspraak met|afronding-aankondigen|0.81
p:afspraak met|vervolgafspraak|-0.9
p:afspraken aan|jij-boodschap|0.98
p:afspraken aan|samenvatting|-0.65
p:afspraken aan|bekritiseren|0.98
p:afspraken en|bedanken|-0.88
p:afspraken gehouden|jij-boodschap|0.93
p:afspraken houdt|jij-boodschap|-0.97
p:afspraken houdt|bekritiseren|-0.97
p:afspraken nooit|jij-boodschap|0.89
p:afspraken te|bevelen|0.92
p:afspraken van|bekritiseren|0.97
p:afspreekt dat|adviseren|0.68
p:afspreken ?|ik-boodschap|0.93
p:afspreken ?|adviseren|0.76
p:afspreken ?|afronding-aankondigen|-0.99
p:afspreken ?|bedanken|-0.99
p:afspreken u|samenvatting|0.78
p:afspreken u|vervolgafspraak|0.99
p:afwezig geweest|jij-boodschap|-0.85
p:afwezig moeten|ik-boodschap|0.93
p:afwezig moeten|waarschuwen|-0.83
p:agenda door|adviseren|0.84
p:agenda doorlopen|adviseren|1.0
p:agenda van|moraliseren|0.99
p:akkoord met|gevoelsreflectie|-0.82
p:akkoord met|prijzen|1.0
p:al als|ik-boodschap|0.93
p:al als|waarschuwen|-0.83
p:al drie|ik-boodschap|-1.85
p:al drie|argumenteren|0.97
p:al drie|bekritiseren|0.95
p:al drie|vervolgafspraak|0.96
p:al eens|adviseren|0.93
p:al eens|bekritiseren|-0.9
p:al gezien|afleiden|0.99
p:al in|vervolgafspraak|-0.95
p:al oor|samenvatting|-0.98
p:al oor|aanmoediging|0.98
p:al sinds|moraliseren|-0.99
p:al te|jij-boodschap|0.99
p:al te|ondervragen|-0.99
p:al te|afronding-aankondigen|0.98
p:al twee|argumenteren|1.71
p:al twee|bekritiseren|0.97
p:al vier|vervolgafspraak|-0.68
p:alle afspraken|jij-boodschap|0.98
p:alle afspraken|samenvatting|-0.65
p:alle afspraken|bekritiseren|0.98
p:alle tijd|aanmoediging|0.76
p:allebei boos|afronding-aankondigen|1.0
p:allebei dat|ik-boodschap|-1.0
p:allebei dat|parafrase|-0.97
p:allebei dat|samenvatting|1.97
p:allebei dat|open-vraag|-0.97
p:allebei dat|bevelen|-1.0
p:allebei dat|bedanken|-1.0
p:allebei niks|ik-boodschap|0.98
p:allebei wat|vervolgafspraak|0.84
p:alleen bij|ik-boodschap|1.0
p:alleen dat|gevoelsreflectie|-1.0
p:alleen goed|geruststellen|-0.92
p:alleen in|interpreteren|-0.85
p:alleen maar|bekritiseren|-1.0
p:alleen naar|ik-boodschap|-0.92
p:alleen omdat|parafrase|-0.9
p:alleen omdat|interpreteren|0.98
p:alleen op|ik-boodschap|-0.88
p:alleen voelt|gevoelsreflectie|0.81
p:alleen voelt|bekritiseren|-0.91
p:alleen voor|ik-boodschap|0.62
p:allemaal best|bekritiseren|-0.99
p:allemaal in|afleiden|-0.95
p:allemaal kan|ik-boodschap|0.89
p:allemaal minder|geruststellen|0.99
p:allemaal op|geruststellen|0.92
p:allemaal wel|geruststellen|1.0
p:alles aan|bekritiseren|-0.81
p:alles beter|bekritiseren|1.75
p:alles bij|aanmoediging|-0.96
p:alles bij|vervolgafspraak|-0.96
p:alles de|jij-boodschap|1.0
p:alles de|bekritiseren|1.0
p:alles de|ondervragen|-0.89
p:alles en|ik-boodschap|0.7
p:alles en|gevoelsreflectie|-0.83
p:alles en|samenvatting|-0.7
p:alles en|open-vraag|-0.94
p:alles op|samenvatting|0.95
p:alles op|open-vraag|-0.96
p:alles op|vervolgafspraak|-0.95
p:alles zo|adviseren|-0.83
p:alles zo|afleiden|-0.95
p:als afwezig|ik-boodschap|0.93
p:als afwezig|waarschuwen|-0.83
p:als daan|open-vraag|0.88
p:als daan|vervolgafspraak|0.9
p:als dat|jij-boodschap|1.85
p:als dat|waarschuwen|1.98
p:als dat|bekritiseren|0.72
p:als dat|prijzen|-0.71
p:als dit|ik-boodschap|0.97
p:als dit|jij-boodschap|-1.0
p:als dit|waarschuwen|-0.73
p:als dit|adviseren|-0.96
p:als dit|etiketteren|-1.0
p:als dit|afleiden|-0.95
p:als een|gevoelsreflectie|0.98
p:als een|moraliseren|-0.97
p:als een|etiketteren|0.99
p:als een|bedanken|-0.99
p:als eerste|ik-boodschap|-0.85
p:als eerste|parafrase|-0.93
p:als eerste|samenvatting|0.88
p:als eerste|open-vraag|0.91
p:als er|waarschuwen|0.94
p:als er|vervolgafspraak|0.96
p:als finn|waarschuwen|-0.98
p:als finn|prijzen|0.98
p:als fleur|samenvatting|-0.91
p:als gijs|ik-boodschap|0.93
p:als gijs|waarschuwen|-0.93
p:als gijs|vervolgafspraak|-0.93
p:als het|jij-boodschap|1.85
p:als het|waarschuwen|0.16
p:als het|moraliseren|-0.98
p:als het|geruststellen|0.98
p:als het|ondervragen|-0.99
p:als hij|jij-boodschap|0.14
p:als hij|parafrase|-1.0
p:als hij|samenvatting|-1.0
p:als hij|moraliseren|0.94
p:als hij|adviseren|0.87
p:als iets|argumenteren|-0.94
p:als iets|interpreteren|-1.0
p:als ik|ik-boodschap|-1.72
p:als ik|parafrase|2.88
p:als ik|samenvatting|0.41
p:als ik|aanmoediging|-0.92
p:als ik|bevelen|0.9
p:als ik|waarschuwen|-1.85
p:als ik|adviseren|1.0
p:als ik|argumenteren|-0.9
p:als ik|afronding-aankondigen|-1.0
p:als ik|vervolgafspraak|-2.79
p:als je|ik-boodschap|-0.97
p:als je|gevoelsreflectie|-1.0
p:als je|open-vraag|-0.96
p:als je|aanmoediging|-0.99
p:als je|waarschuwen|4.26
p:als je|moraliseren|-0.98
p:als je|adviseren|0.99
p:als je|argumenteren|0.84
p:als je|prijzen|-0.98
p:als je|ondervragen|-0.97
p:als jij|ik-boodschap|0.95
p:als jij|open-vraag|-0.97
p:als jullie|ik-boodschap|0.97
p:als keuzevak|open-vraag|-1.71
p:als leerling|waarschuwen|-0.99
p:als leerling|moraliseren|0.8
p:als leerling|argumenteren|-0.1
p:als leerling|bekritiseren|-0.8
p:als lotte|ik-boodschap|0.92
p:als lucas|waarschuwen|0.97
p:als mees|open-vraag|-0.87
p:als mila|open-vraag|0.97
p:als moeder|moraliseren|0.95
p:als ouder|gevoelsreflectie|0.91
p:als ouder|waarschuwen|-0.75
p:als ouder|moraliseren|1.0
p:als ouder|adviseren|-1.0
p:als ouder|bekritiseren|0.9
p:als u|ik-boodschap|-0.21
p:als u|jij-boodschap|-0.99
p:als u|bevelen|-0.94
p:als u|waarschuwen|0.76
p:als u|adviseren|0.68
p:als u|bekritiseren|-2.19
p:als u|prijzen|1.0
p:als u|afronding-aankondigen|-0.99
p:als vader|moraliseren|0.99
p:als vader|adviseren|-0.91
p:als verpleegkundige|prijzen|1.65
p:als we|jij-boodschap|-1.89
p:als we|waarschuwen|-0.95
p:als we|bekritiseren|-0.29
p:als we|geruststellen|-1.0
p:als we|ondervragen|0.89
p:als we|vervolgafspraak|0.84
p:als ze|ik-boodschap|-0.92
p:als ze|jij-boodschap|-0.98
p:als zoë|ik-boodschap|1.0
p:als zoë|adviseren|-0.76
p:alsof alles|jij-boodschap|1.0
p:alsof alles|bekritiseren|1.0
p:alsof alles|ondervragen|-0.89
p:alsof er|bekritiseren|0.82
p:alsof er|geruststellen|-0.67
p:alsof het|gevoelsreflectie|0.94
p:alsof het|samenvatting|-0.94
p:alsof je|jij-boodschap|-0.85
p:alsof je|gevoelsreflectie|1.72
p:alsof je|bekritiseren|-0.91
p:alsof u|parafrase|-0.95
p:altijd degene|etiketteren|-0.87
p:altijd pas|jij-boodschap|0.99
p:altijd pas|ondervragen|-0.99
p:altijd vragen|argumenteren|-0.94
p:altijd vragen|interpreteren|-1.0
p:altijd welkom|moraliseren|-0.98
p:altijd welkom|prijzen|-0.98
p:altijd zo|jij-boodschap|-1.03
p:altijd zo|gevoelsreflectie|-0.82
p:altijd zo|waarschuwen|-0.95
p:altijd zo|bekritiseren|-0.37
p:altijd zo|prijzen|1.96
p:altijd zo|bedanken|-0.99
p:amira in|ik-boodschap|0.94
p:amira in|gevoelsreflectie|-0.94
p:ander verhaal|bevelen|-0.98
p:ander verhaal|argumenteren|-0.98
p:ander verhaal|afleiden|0.9
p:andere meiden|parafrase|0.99
p:andere mentor|gevoelsreflectie|-0.84
p:andere moeder|parafrase|0.96
p:andere moeder|prijzen|-0.96
p:andere ouders|jij-boodschap|-0.83
p:andere ouders|prijzen|-0.98
p:andere ouders|interpreteren|0.98
p:andere school|parafrase|0.89
p:andere woorden|parafrase|1.0
p:andere woorden|samenvatting|-0.98
p:andere woorden|aanmoediging|-0.98
p:andere woorden|waarschuwen|-1.0
p:andere woorden|geruststellen|-0.62
p:anderen alles|ik-boodschap|0.7
p:anderen alles|gevoelsreflectie|-0.83
p:anderen alles|samenvatting|-0.7
p:anderen alles|open-vraag|-0.94
p:anderen hun|ik-boodschap|0.95
p:anderen hun|waarschuwen|-0.98
p:anderen me|ik-boodschap|0.99
p:anders even|adviseren|0.99
p:anders hebben|afleiden|0.95
p:anders laat|aanmoediging|-0.95
p:anders laat|waarschuwen|0.95
p:anders moet|jij-boodschap|-0.63
p:anders wordt|waarschuwen|0.83
p:antwoord dan|ik-boodschap|0.98
p:antwoord dan|argumenteren|-0.9
p:antwoord dan|vervolgafspraak|-0.9
p:apart gaat|ik-boodschap|0.7
p:apart gaat|gevoelsreflectie|-0.83
p:apart gaat|samenvatting|-0.7
p:apart gaat|open-vraag|-0.94
p:app je|vervolgafspraak|0.93
p:avond controleren|bekritiseren|-0.97
p:avond doen|adviseren|0.97
p:avond doen|bekritiseren|0.97
p:avond even|bevelen|-0.94
p:avond even|adviseren|-0.83
p:avond even|afleiden|-0.95
p:avond ff|adviseren|1.0
p:avond samen|adviseren|0.84
p:avonds beneden|adviseren|0.96
p:avonds innemen|adviseren|1.0
p:avonds niet|parafrase|0.98
p:avonds op|open-vraag|-0.96
p:avonds thuiskomt|bekritiseren|0.94
p:avonds thuiskomt|afleiden|-0.94
p:avonds weg|bekritiseren|-0.99
p:ayoub achterin|vervolgafspraak|-0.96
p:ayoub is|samenvatting|0.69
p:baalt er|ik-boodschap|-0.56
p:baalt er|gevoelsreflectie|0.66
p:baalt ervan|afleiden|0.94
p:baan ?|afleiden|0.99
p:baart me|bekritiseren|-0.99
p:balen voor|gevoelsreflectie|-0.74
p:bang bent|parafrase|-0.9
p:bang bent|geruststellen|-0.93
p:bang daarom|interpreteren|0.97
p:bang dat|samenvatting|0.94
p:bang dat|geruststellen|0.77
p:bang is|interpreteren|1.0
p:bang om|gevoelsreflectie|0.94
p:bang voor|adviseren|-0.97
p:bas naast|ik-boodschap|0.93
p:basisschool zat|open-vraag|0.73
p:bed ?|open-vraag|-0.96
p:bed moeten|bekritiseren|0.61
p:bed te|bevelen|-0.86
p:bedankt dat|parafrase|-0.99
p:bedankt dat|gevoelsreflectie|-0.77
p:bedankt dat|bekritiseren|-0.61
p:bedankt en|bedanken|0.83
p:bedankt voor|samenvatting|0.57
p:bedankt voor|bekritiseren|2.54
p:bedankt voor|vervolgafspraak|-0.9
p:bedankt voor|bedanken|-0.8
p:bedoelt dat|parafrase|0.81
p:bedoelt dat|samenvatting|-0.94
p:bedoelt dat|bekritiseren|-0.92
p:bedoelt dus|parafrase|0.99
p:bedoelt dus|gevoelsreflectie|-0.99
p:bedoelt eigenlijk|parafrase|0.99
p:bedoelt u|parafrase|-1.0
p:bedoelt u|bekritiseren|-1.0
p:bedoelt u|ondervragen|-1.0
p:bedtijd en|samenvatting|0.78
p:bedtijd en|vervolgafspraak|0.99
p:beetje geschrokken|gevoelsreflectie|1.83
p:beetje heimwee|interpreteren|0.92
p:beetje heimwee|geruststellen|0.9
p:beetje klaar|gevoelsreflectie|-1.0
p:beetje verdrietig|ik-boodschap|0.59
p:beetje voor|ik-boodschap|-1.0
p:beetje voor|gevoelsreflectie|1.0
p:begeleider ook|afronding-aankondigen|-0.9
p:beginnen ?|afleiden|-0.95
p:begint er|jij-boodschap|1.68
p:begint er|bekritiseren|0.89
p:begint mijn|vervolgafspraak|-0.91
p:begint om|interpreteren|0.85
p:begon al|argumenteren|-0.96
p:begon na|parafrase|-0.9
p:begon na|samenvatting|0.9
p:begon pas|parafrase|1.0
p:begon pas|samenvatting|-0.82
p:begon pas|afronding-aankondigen|-1.0
p:begonnen na|open-vraag|-0.97
p:begrijp bent|aanmoediging|-0.92
p:begrijp dat|gevoelsreflectie|0.87
p:begrijp dat|argumenteren|0.94
p:begrijp dat|bekritiseren|0.76
p:begrijp dat|geruststellen|0.41
p:begrijp gaat|samenvatting|-0.95
p:begrijp heeft|ik-boodschap|-1.79
p:begrijp heeft|parafrase|0.95
p:begrijp heeft|prijzen|-0.82
p:begrijp heeft|vervolgafspraak|-0.95
p:begrijp het|aanmoediging|0.97
p:begrijp ik|parafrase|0.97
p:begrijp ik|gevoelsreflectie|-0.99
p:begrijp vindt|open-vraag|0.94
p:begrijp wil|ik-boodschap|-0.93
p:begrijp wil|waarschuwen|-0.85
p:begrijp wilt|gevoelsreflectie|-0.84
p:begrijpen dat|argumenteren|0.97
p:begrijpen hoe|geruststellen|-0.92
p:begripvol dus|bedanken|-0.99
p:behandeld door|gevoelsreflectie|0.72
p:behulpzaam dus|jij-boodschap|-0.92
p:behulpzaam dus|bekritiseren|-0.37
p:behulpzaam weer|bekritiseren|1.73
p:behulpzaam weer|vervolgafspraak|-0.95
p:behulpzaam weer|bedanken|-1.76
p:bel getrokken|bekritiseren|0.95
p:bel ik|ik-boodschap|-0.98
p:bel ik|waarschuwen|1.52
p:bel ik|bedanken|0.96
p:bel je|moraliseren|-0.95
p:bel je|bedanken|-0.96
p:bel u|ik-boodschap|0.93
p:bel u|samenvatting|-0.78
p:bel u|open-vraag|-1.0
p:bel u|bekritiseren|-0.95
p:bel u|geruststellen|-1.0
p:bel u|ondervragen|-1.0
p:bel u|vervolgafspraak|2.74
p:beleid voor|etiketteren|-0.94
p:bellen ?|open-vraag|0.98
p:bellen ?|vervolgafspraak|0.9
p:bellen om|bedanken|-0.89
p:beloningssysteem ?|ondervragen|-0.98
p:belt bij|samenvatting|0.83
p:belt bij|vervolgafspraak|0.9
p:belt bij|bedanken|0.9
p:belt morgen|bevelen|0.93
p:belt morgen|vervolgafspraak|-0.93
p:belt u|jij-boodschap|0.99
p:belt u|ondervragen|-0.99
p:belt u|vervolgafspraak|0.94
p:bemoeien je|bevelen|0.81
p:bemoeit zich|jij-boodschap|0.96
p:bemoeit zich|gevoelsreflectie|-0.96
p:bemoeit zich|bekritiseren|0.76
p:ben benieuwd|open-vraag|0.75
p:ben best|ik-boodschap|0.92
p:ben best|jij-boodschap|-0.92
p:ben best|bekritiseren|-0.92
p:ben bezorgd|ik-boodschap|0.98
p:ben blij|ik-boodschap|0.95
p:ben daar|ik-boodschap|-0.93
p:ben echt|ik-boodschap|0.85
p:ben een|samenvatting|-0.98
p:ben een|aanmoediging|0.98
p:ben er|gevoelsreflectie|-1.0
p:ben je|ik-boodschap|-0.89
p:ben je|parafrase|1.0
p:ben je|samenvatting|-0.87
p:ben je|geruststellen|0.69
p:ben jij|bekritiseren|-0.56
p:ben nog|bevelen|0.9
p:ben teleurgesteld|jij-boodschap|0.89
p:ben teleurgesteld|open-vraag|-0.99
p:ben teleurgesteld|bevelen|-0.99
p:ben u|bedanken|0.8
p:beneden laten|parafrase|0.98
p:beneden te|adviseren|0.96
p:benieuwd naar|open-vraag|0.75
p:bent altijd|jij-boodschap|-1.9
p:bent altijd|gevoelsreflectie|-0.82
p:bent altijd|waarschuwen|-0.95
p:bent altijd|bekritiseren|-0.37
p:bent altijd|prijzen|0.98
p:bent altijd|etiketteren|-0.87
p:bent altijd|bedanken|-0.99
p:bent bang|samenvatting|0.94
p:bent bang|geruststellen|0.77
p:bent boos|parafrase|0.97
p:bent bram|gevoelsreflectie|-1.0
p:bent dat|parafrase|-0.9
p:bent de|parafrase|-0.94
p:bent de|prijzen|-1.0
p:bent denk|interpreteren|0.95
p:bent deze|gevoelsreflectie|-0.92
p:bent deze|open-vraag|0.83
p:bent deze|etiketteren|-0.92
p:bent drie|jij-boodschap|-0.85
p:bent duidelijk|gevoelsreflectie|0.82
p:bent duidelijk|vervolgafspraak|0.95
p:bent dus|gevoelsreflectie|0.77
p:bent echt|jij-boodschap|1.08
p:bent echt|gevoelsreflectie|-0.96
p:bent echt|bevelen|-0.98
p:bent echt|bekritiseren|-0.99
p:bent echt|prijzen|-0.13
p:bent echt|etiketteren|1.82
p:bent echt|geruststellen|-0.59
p:bent een|moraliseren|-0.94
p:bent een|prijzen|1.81
p:bent een|interpreteren|-0.9
p:bent een|geruststellen|-0.64
p:bent er|geruststellen|-0.86
p:bent gekomen|bekritiseren|-0.61
p:bent gekomen|bedanken|0.96
p:bent gekwetst|parafrase|0.96
p:bent gekwetst|prijzen|-0.96
p:bent gewoon|jij-boodschap|0.17
p:bent gewoon|argumenteren|-1.0
p:bent gewoon|bekritiseren|0.84
p:bent gewoon|etiketteren|1.06
p:bent heel|etiketteren|-0.9
p:bent ik|afronding-aankondigen|-0.97
p:bent maar|gevoelsreflectie|0.84
p:bent maar|adviseren|-0.68
p:bent maar|argumenteren|0.94
p:bent maar|geruststellen|1.38
p:bent milan|waarschuwen|0.92
p:bent nooit|bekritiseren|0.32
p:bent oneerlijk|gevoelsreflectie|-0.77
p:bent oneerlijk|bekritiseren|0.88
p:bent ongerust|gevoelsreflectie|0.98
p:bent ongerust|ondervragen|0.98
p:bent ook|jij-boodschap|0.87
p:bent op|bevelen|-0.93
p:bent op|bekritiseren|-0.93
p:bent soms|jij-boodschap|1.39
p:bent soms|etiketteren|0.92
p:bent teleurgesteld|prijzen|-0.99
p:bent toch|ik-boodschap|-0.99
p:bent toch|jij-boodschap|-0.63
p:bent toch|prijzen|1.94
p:bent trots|gevoelsreflectie|0.98
p:bent u|jij-boodschap|-0.14
p:bent u|gevoelsreflectie|1.78
p:bent u|open-vraag|-0.94
p:bent u|aanmoediging|-0.92
p:bent u|bekritiseren|-0.61
p:bent u|etiketteren|0.91
p:bent u|geruststellen|-1.0
p:bent u|ondervragen|0.89
p:bent u|vervolgafspraak|-0.95
p:bent verdrietig|gevoelsreflectie|1.0
p:bent vergeten|parafrase|0.96
p:bent vergeten|open-vraag|0.96
p:bent volgens|prijzen|-0.98
p:bent volgens|interpreteren|0.98
p:bent voor|ik-boodschap|-0.62
p:bent zo'n|parafrase|-0.98
p:bent zo'n|gevoelsreflectie|-0.82
p:bent zo'n|adviseren|-0.15
p:bent zo'n|bekritiseren|-1.0
p:bent zo'n|prijzen|2.01
p:bereikbaar als|bekritiseren|0.32
p:bereiken en|open-vraag|0.88
p:bericht krijgt|argumenteren|0.97
p:bericht van|jij-boodschap|0.91
p:bericht van|bekritiseren|0.91
p:bericht wist|vervolgafspraak|-1.0
p:berichten in|jij-boodschap|1.53
p:berichten in|bekritiseren|1.53
p:beschermt haar|interpreteren|0.95
p:beslissing van|jij-boodschap|-0.99
p:beslissing van|adviseren|-0.99
p:besloten dat|adviseren|-0.99
p:bespreken waar|ik-boodschap|0.93
p:bespreken waar|waarschuwen|-0.93
p:bespreken waar|vervolgafspraak|-0.93
p:bespreken we|samenvatting|0.94
p:bespreken we|afronding-aankondigen|-0.97
p:bespreken we|vervolgafspraak|0.94
p:besproken dan|afronding-aankondigen|0.95
p:besproken het|ik-boodschap|-0.99
p:besproken het|samenvatting|0.99
p:besproken het|afronding-aankondigen|-0.89
p:besproken hoe|open-vraag|-0.82
p:best bezorgd|ik-boodschap|0.92
p:best bezorgd|jij-boodschap|-0.92
p:best bezorgd|bekritiseren|-0.92
p:best dat|jij-boodschap|-0.63
p:best een|bevelen|-0.98
p:best een|prijzen|0.83
p:best eenzaam|aanmoediging|-1.0
p:best elke|adviseren|1.0
p:best lastig|adviseren|-0.95
p:best mee|bekritiseren|-0.99
p:best spannend|bekritiseren|-0.89
p:best verdrietig|ik-boodschap|-0.93
p:best wil|gevoelsreflectie|-0.91
p:best zenuwachtig|gevoelsreflectie|0.99
p:beste aanpak|prijzen|0.96
p:beste bellen|open-vraag|0.98
p:beste gebruiken|open-vraag|-0.94
p:beste is|adviseren|-0.13
p:beste is|prijzen|1.0
p:beste leerling|moraliseren|0.95
p:beste leerling|prijzen|0.95
p:beter dan|etiketteren|0.9
p:beter in|adviseren|-0.99
p:beter kan|bekritiseren|-1.0
p:beter maar|samenvatting|0.95
p:beter moet|parafrase|0.99
p:beter moet|gevoelsreflectie|-0.99
p:beter moeten|etiketteren|-1.0
p:beter plannen|bevelen|0.94
p:beter plannen|geruststellen|0.94
p:beter weet|bekritiseren|1.75
p:betrokken moeder|adviseren|0.84
p:betrokken moeder|prijzen|0.96
p:betrokken moeder|etiketteren|-0.96
p:betrokken moeder|interpreteren|-0.9
p:betrokken vader|parafrase|-0.98
p:betrokken vader|bekritiseren|-1.0
p:bevalt de|afleiden|0.99
p:bevalt het|open-vraag|-1.67
p:bevalt het|afleiden|0.99
p:bevorderen naar|adviseren|-0.96
p:bevorderen zit|argumenteren|0.96
p:bewezen dat|argumenteren|1.0
p:bezig weer|bekritiseren|0.92
p:bezorgd omdat|ik-boodschap|0.98
p:bezorgd ze|ik-boodschap|0.92
p:bezorgd ze|jij-boodschap|-0.92
p:bezorgd ze|bekritiseren|-0.92
p:beëindig dit|afronding-aankondigen|0.93
p:beëindigen ik|vervolgafspraak|0.84
p:bieden als|prijzen|-0.98
p:biedt je|bevelen|0.97
p:biedt je|waarschuwen|-0.8
p:bij de|ik-boodschap|2.71
p:bij de|parafrase|1.0
p:bij de|gevoelsreflectie|-1.82
p:bij de|samenvatting|0.24
p:bij de|open-vraag|-0.98
p:bij de|moraliseren|-1.88
p:bij de|argumenteren|-0.97
p:bij de|geruststellen|-0.58
p:bij de|afleiden|1.95
p:bij elkaar|aanmoediging|-0.96
p:bij elkaar|afleiden|-0.97
p:bij elkaar|afronding-aankondigen|-0.97
p:bij haar|open-vraag|-1.0
p:bij haar|vervolgafspraak|-0.95
p:bij heel|geruststellen|0.57
p:bij hem|afleiden|-0.91
p:bij het|bevelen|0.95
p:bij het|waarschuwen|0.99
p:bij het|geruststellen|-0.99
p:bij het|afleiden|-1.82
p:bij is|ik-boodschap|0.99
p:bij je|ik-boodschap|-0.89
p:bij jullie|open-vraag|0.96
p:bij kan|ik-boodschap|-0.97
p:bij laten|interpreteren|-1.0
p:bij laten|afronding-aankondigen|1.0
p:bij laten|bedanken|0.88
p:bij mij|ik-boodschap|-1.0
p:bij mij|jij-boodschap|-0.47
p:bij mij|waarschuwen|-0.97
p:bij mij|bekritiseren|-0.99
p:bij mij|vervolgafspraak|1.84
p:bij ons|argumenteren|0.89
p:bij op|ik-boodschap|-1.0
p:bij op|samenvatting|-1.0
p:bij op|moraliseren|1.0
p:bij op|ondervragen|-1.0
p:bij pubers|geruststellen|0.59
p:bij scheikunde|jij-boodschap|-1.0
p:bij scheikunde|waarschuwen|-1.71
p:bij scheikunde|etiketteren|-1.0
p:bij te|moraliseren|1.0
p:bij te|argumenteren|-1.0
p:bij wat|gevoelsreflectie|0.92
p:bij wiskunde|gevoelsreflectie|-0.98
p:bij zich|vervolgafspraak|0.9
p:bij ziekte|samenvatting|0.83
p:bij ziekte|vervolgafspraak|0.9
p:bij ziekte|bedanken|0.9
p:bij zijn|samenvatting|-0.92
p:bij zijn|moraliseren|-0.96
p:bij zijn|interpreteren|-0.99
p:bijhoudt dan|adviseren|-0.83
p:bijhoudt dan|afleiden|-0.95
p:bijhoudt en|ik-boodschap|-0.92
p:bijhoudt en|samenvatting|0.92
p:bijles besproken|afronding-aankondigen|0.95
p:bijles daarmee|samenvatting|0.98
p:bijles daarmee|afronding-aankondigen|0.89
p:bijles en|ik-boodschap|-0.99
p:bijles en|samenvatting|1.82
p:bijles en|afronding-aankondigen|-0.89
p:bijles en|vervolgafspraak|0.9
p:bijles en|bedanken|0.9
p:bijles ik|afronding-aankondigen|-0.84
p:bijles krijgt|prijzen|0.98
p:bijles krijgt|vervolgafspraak|0.78
p:bijles te|adviseren|0.93
p:bijles te|afronding-aankondigen|-0.84
p:bijles tot|open-vraag|-1.0
p:bijna door|vervolgafspraak|-0.83
p:bijna niet|ik-boodschap|0.99
p:bijna niet|moraliseren|-0.82
p:bijwerkt kan|ik-boodschap|0.93
p:bijwerkt kan|waarschuwen|-0.93
p:bijwerkt kan|vervolgafspraak|-0.93
p:binnengekregen waardoor|bekritiseren|-0.93
p:binnenkwam wat|ik-boodschap|0.91
p:binnenkwam wat|open-vraag|0.91
p:biologie nog|bekritiseren|-0.93
p:blaadjes maakt|vervolgafspraak|-0.96
p:blauw oog|ik-boodschap|0.91
p:blauw oog|open-vraag|0.91
p:blij dat|ik-boodschap|0.95
p:blijft een|samenvatting|0.95
p:blijft hij|waarschuwen|0.98
p:blijft hij|afleiden|-0.95
p:blijft kan|adviseren|-0.96
p:blijft liggen|open-vraag|-0.96
p:blijft wordt|waarschuwen|0.99
p:blijft zitten|parafrase|-0.9
p:blijft zitten|gevoelsreflectie|0.92
p:blijft zitten|geruststellen|0.77
p:blijkbaar heel|etiketteren|1.81
p:blijkbaar niet|bekritiseren|0.94
p:blijkt dat|argumenteren|1.0
p:blijkt dat|interpreteren|-1.0
p:blijkt gewoon|argumenteren|0.81
p:blijven praten|ik-boodschap|0.98
p:blijven zitten|bekritiseren|-1.0
p:boeken dat|moraliseren|-0.96
p:boeken niet|samenvatting|-1.0
p:boos bent|gevoelsreflectie|0.84
p:boos bent|geruststellen|-0.81
p:boos bent|afleiden|0.94
p:boos omdat|parafrase|0.97
p:boos omdat|gevoelsreflectie|0.84
p:boos worden|afronding-aankondigen|1.0
p:boze gedrag|bekritiseren|-0.43
p:bram dat|afleiden|-0.84
p:bram dus|jij-boodschap|-0.63
p:bram gisteren|ik-boodschap|0.91
p:bram gisteren|open-vraag|0.91
p:bram hou|bevelen|0.93
p:bram ik|gevoelsreflectie|-1.0
p:bram is|ik-boodschap|-0.98
p:bram jij|jij-boodschap|1.08
p:bram nog|bevelen|-0.93
p:bram te|bekritiseren|-0.93
p:bram vergeet|moraliseren|-0.96
p:bram waar|ik-boodschap|-0.89
p:bram wat|open-vraag|-0.91
p:bram wat|afleiden|0.91
p:bram zit|ik-boodschap|0.99
p:bram zit|moraliseren|-0.82
p:breek het|afronding-aankondigen|0.81
p:brief over|ik-boodschap|-1.79
p:brief over|parafrase|0.95
p:broer dat|bevelen|0.99
p:brugklas bij|vervolgafspraak|-0.95
p:brutaal kevin|etiketteren|-0.78
p:buikpijn op|interpreteren|0.99
p:buikpijn op|afleiden|-0.99
p:buiten begeleiden|aanmoediging|-0.95
p:buiten begeleiden|waarschuwen|0.95
p:buiten je|ik-boodschap|0.89
p:buiten je|adviseren|0.72
p:buitengesloten het|parafrase|-0.9
p:buitengesloten het|samenvatting|0.9
p:buitengesloten voelt|bekritiseren|-0.92
p:buitensluiten in|parafrase|0.99
p:bus gaan|ondervragen|-0.94
p:buurman praat|open-vraag|-0.97
p:buurman waardoor|vervolgafspraak|-0.96
p:capuchon af|moraliseren|-0.94
p:chagrijn vandaag|etiketteren|1.82
p:chagrijn vandaag|geruststellen|-0.59
p:checken of|parafrase|0.86
p:cijfer ?|vervolgafspraak|-0.92
p:cijfer dit|afleiden|-0.96
p:cijfer kan|bekritiseren|-0.93
p:cijfer maar|samenvatting|-0.95
p:cijfer nog|ik-boodschap|0.96
p:cijfer te|parafrase|0.93
p:cijfer te|argumenteren|0.93
p:cijfer toe|vervolgafspraak|0.94
p:cijfer voor|ik-boodschap|-0.99
p:cijfers die|gevoelsreflectie|-0.81
p:cijfers en|afleiden|-0.99
p:cijfers en|afronding-aankondigen|0.89
p:cijfers en|bedanken|-0.89
p:cijfers hebben|afleiden|0.92
p:cijfers het|afronding-aankondigen|0.95
p:cijfers hij|samenvatting|0.69
p:cijfers liegen|argumenteren|1.0
p:cijfers nog|vervolgafspraak|-0.99
p:cijfers voor|samenvatting|0.98
p:cijfers voor|open-vraag|0.98
p:cijfers voor|bekritiseren|-0.83
p:cijfers worden|argumenteren|0.53
p:cijfers zakken|ik-boodschap|-0.85
p:cijfers zakken|samenvatting|0.99
p:cijfers zijn|adviseren|-0.99
p:cijfers zijn|argumenteren|-0.7
p:clown van|jij-boodschap|0.14
p:clown van|etiketteren|0.8
p:collega van|vervolgafspraak|0.94
p:communicatie beter|parafrase|0.99
p:communicatie beter|gevoelsreflectie|-0.99
p:communicatie met|afleiden|-0.94
p:concentratie de|argumenteren|0.81
p:concentratie kwijtraken|waarschuwen|-0.98
p:concentratie verlagen|bekritiseren|-0.99
p:conciërge gaat|ik-boodschap|1.0
p:conciërge gaat|open-vraag|-1.0
p:conciërge naar|aanmoediging|-0.95
p:conciërge naar|waarschuwen|0.95
p:consequent geweest|etiketteren|-0.9
p:contact en|bekritiseren|-0.5
p:contact graag|parafrase|0.91
p:contact kunnen|adviseren|1.0
p:contact met|parafrase|-0.99
p:contact met|gevoelsreflectie|-0.81
p:contact met|samenvatting|0.99
p:contact oké|aanmoediging|-0.99
p:contact opneemt|parafrase|0.91
p:contact via|open-vraag|-0.98
p:contact via|afleiden|-0.98
p:contacten met|open-vraag|0.99
p:controleert dat|open-vraag|-0.96
p:controleert over|vervolgafspraak|0.78
p:controleert u|jij-boodschap|-0.99
p:controleert u|bekritiseren|-0.99
p:controleert u|ondervragen|0.99
p:controleert zijn|adviseren|0.97
p:controleert zijn|bekritiseren|0.97
p:daan doe|moraliseren|-0.94
p:daan heeft|argumenteren|-0.67
p:daan in|open-vraag|0.88
p:daan je|gevoelsreflectie|0.99
p:daan jij|adviseren|-0.99
p:daan thuis|open-vraag|-0.93
p:daan zelf|parafrase|0.99
p:daan zijn|vervolgafspraak|0.9
p:daar best|ik-boodschap|-0.93
p:daar een|open-vraag|-0.96
p:daar erg|afleiden|-1.0
p:daar ga|bevelen|-0.92
p:daar ga|afleiden|0.95
p:daar gaat|afleiden|0.97
p:daar grenzen|moraliseren|0.95
p:daar hebben|aanmoediging|-0.9
p:daar hebben|etiketteren|0.9
p:daar heeft|samenvatting|-0.97
p:daar hoeft|moraliseren|-0.95
p:daar hoeft|interpreteren|-0.84
p:daar hoeft|afleiden|0.95
p:daar is|interpreteren|0.9
p:daar kan|ik-boodschap|-0.94
p:daar kan|argumenteren|0.94
p:daar last|etiketteren|-0.79
p:daar maak|ik-boodschap|1.0
p:daar maak|adviseren|-0.76
p:daar maak|vervolgafspraak|-0.96
p:daar maar|geruststellen|-1.0
p:daar maar|afleiden|1.0
p:daar maken|afronding-aankondigen|-0.98
p:daar nog|samenvatting|0.98
p:daar nog|open-vraag|0.98
p:daar nu|gevoelsreflectie|1.0
p:daar nu|bevelen|0.93
p:daar ongerust|gevoelsreflectie|0.94
p:daar schrok|ik-boodschap|0.94
p:daar schrok|gevoelsreflectie|-0.94
p:daar staat|argumenteren|-0.99
p:daar te|interpreteren|-0.97
p:daar thuis|parafrase|-0.88
p:daar thuis|open-vraag|-0.82
p:daar thuis|geruststellen|-0.98
p:daar valt|argumenteren|0.94
p:daar valt|afleiden|-0.94
p:daar wil|argumenteren|-0.91
p:daar zelf|parafrase|0.89
p:daardoor doen|ik-boodschap|0.7
p:daardoor doen|gevoelsreflectie|-0.83
p:daardoor doen|samenvatting|-0.7
p:daardoor doen|open-vraag|-0.94
p:daardoor dom|samenvatting|0.57
p:daardoor veel|open-vraag|0.83
p:daarmee wil|samenvatting|0.98
p:daarmee wil|afronding-aankondigen|0.89
p:daarna ?|aanmoediging|-0.93
p:daarna onrustig|parafrase|-1.0
p:daarna weten|adviseren|-0.86
p:daarom doet|ik-boodschap|-0.93
p:daarom doet|interpreteren|0.97
p:daarom is|jij-boodschap|-1.0
p:daarom is|moraliseren|-1.0
p:daarom niet|parafrase|1.0
p:daarom niet|samenvatting|-0.87
p:daarom zoekt|adviseren|0.99
p:daarover hoe|open-vraag|-0.97
p:daartegenaan ?|jij-boodschap|-0.97
p:daartegenaan ?|open-vraag|0.93
p:daartegenaan ?|bekritiseren|-0.97
p:daarvan ?|ik-boodschap|0.91
p:daarvan ?|afleiden|-0.98
p:daden gevolgen|moraliseren|0.94
p:dag ?|jij-boodschap|-0.99
p:dag ?|bekritiseren|-0.99
p:dag ?|geruststellen|-0.98
p:dag ?|ondervragen|0.99
p:dag op|ik-boodschap|0.95
p:dag op|adviseren|-0.71
p:dag te|bekritiseren|0.99
p:dag verlaagt|argumenteren|0.81
p:dag zijn|bevelen|0.96
p:dag zijn|waarschuwen|-0.82
p:dagen wegbleef|vervolgafspraak|-1.0
p:dagen wegblijft|jij-boodschap|0.95
p:dagen woensdag|ik-boodschap|-0.95
p:dalen en|gevoelsreflectie|-0.81
p:dan ?|parafrase|0.99
p:dan ben|geruststellen|-0.95
p:dan bespreken|afronding-aankondigen|-0.97
p:dan de|etiketteren|0.9
p:dan doet|bekritiseren|-0.99
p:dan doet|geruststellen|-0.67
p:dan gaan|bedanken|-0.9
p:dan gaat|gevoelsreflectie|-0.82
p:dan het|geruststellen|0.99
p:dan hoor|moraliseren|0.95
p:dan hoor|prijzen|0.95
p:dan in|ik-boodschap|0.96
p:dan kan|ik-boodschap|0.98
p:dan kan|argumenteren|-0.9
p:dan kan|afronding-aankondigen|-1.0
p:dan kan|vervolgafspraak|-0.9
p:dan kijken|samenvatting|-0.85
p:dan komt|prijzen|-0.96
p:dan komt|geruststellen|0.66
p:dan kun|ik-boodschap|-0.99
p:dan kun|moraliseren|-0.96
p:dan kun|prijzen|0.99
p:dan lukt|adviseren|-0.83
p:dan lukt|afleiden|-0.95
p:dan met|afronding-aankondigen|-0.76
p:dan normaal|moraliseren|0.99
p:dan over|interpreteren|0.99
p:dan over|geruststellen|-0.99
p:dan raakt|open-vraag|-0.96
p:dan ronden|samenvatting|-0.94
p:dan sluiten|samenvatting|0.57
p:dan sluiten|afronding-aankondigen|0.91
p:dan spreken|afronding-aankondigen|-0.9
p:dan sta|ik-boodschap|0.62
p:dan tekent|jij-boodschap|-0.76
p:dan tekent|vervolgafspraak|-0.95
p:dan thuisgehouden|bekritiseren|0.99
p:dan thuisgehouden|ondervragen|0.99
p:dan vinden|prijzen|0.98
p:dan voel|ik-boodschap|0.97
p:dan wil|afronding-aankondigen|0.95
p:dan zie|samenvatting|-1.0
p:dan zie|afronding-aankondigen|0.97
p:dan zie|vervolgafspraak|0.97
p:dan zou|parafrase|0.98
p:dank je|ik-boodschap|-1.0
p:dank je|samenvatting|-0.96
p:dank je|open-vraag|-1.0
p:dank je|waarschuwen|-0.96
p:dank je|moraliseren|-0.69
p:dank je|bedanken|1.96
p:dank jullie|jij-boodschap|-0.97
p:dank jullie|bekritiseren|-0.97
p:dank u|gevoelsreflectie|0.77
p:dank u|bekritiseren|0.78
p:dank u|prijzen|-0.98
p:dank u|interpreteren|-0.9
p:dank u|afronding-aankondigen|-0.82
p:dank u|vervolgafspraak|-0.95
p:dank u|bedanken|1.94
p:dank voor|vervolgafspraak|0.88
p:dank voor|bedanken|0.93
p:dankbaar dat|bedanken|0.8
p:dankjewel voor|afronding-aankondigen|-0.93
p:dankjewel voor|vervolgafspraak|0.99
p:dankjewel voor|bedanken|0.99
p:dat ?|parafrase|0.96
p:dat ?|gevoelsreflectie|0.99
p:dat ?|samenvatting|0.95
p:dat ?|adviseren|-0.71
p:dat ?|prijzen|-1.0
p:dat account|open-vraag|-0.98
p:dat account|afleiden|-0.98
p:dat advies|etiketteren|-1.0
p:dat alleen|parafrase|-0.9
p:dat als|jij-boodschap|-0.99
p:dat als|bekritiseren|-0.99
p:dat als|ondervragen|0.99
p:dat baart|bekritiseren|-0.99
p:dat bij|open-vraag|0.96
p:dat bij|waarschuwen|0.76
p:dat bij|geruststellen|0.59
p:dat blijft|open-vraag|-0.96
p:dat boze|bekritiseren|-0.43
p:dat bram|ik-boodschap|0.91
p:dat bram|open-vraag|0.91
p:dat daan|open-vraag|-0.93
p:dat de|jij-boodschap|-0.91
p:dat de|parafrase|3.89
p:dat de|gevoelsreflectie|-0.71
p:dat de|open-vraag|-0.99
p:dat de|waarschuwen|-0.98
p:dat de|adviseren|0.68
p:dat de|argumenteren|1.62
p:dat dit|jij-boodschap|-0.63
p:dat dit|gevoelsreflectie|1.0
p:dat dit|argumenteren|-1.0
p:dat dit|prijzen|1.95
p:dat dit|etiketteren|-1.0
p:dat doet|geruststellen|-0.63
p:dat doet|afleiden|1.77
p:dat duidelijk|bevelen|0.91
p:dat een|moraliseren|-0.9
p:dat emma|gevoelsreflectie|-0.99
p:dat er|parafrase|-0.98
p:dat er|interpreteren|0.92
p:dat eva|ik-boodschap|-0.93
p:dat even|afronding-aankondigen|-1.0
p:dat fijn|interpreteren|-0.85
p:dat frustreert|bedanken|-0.88
p:dat gaat|gevoelsreflectie|0.92
p:dat gaat|prijzen|-0.99
p:dat gaat|geruststellen|3.65
p:dat gaat|afleiden|-0.9
p:dat gebeurt|geruststellen|0.83
p:dat gebeurt|afleiden|-0.77
p:dat gedoe|open-vraag|-0.91
p:dat gedoe|geruststellen|-0.96
p:dat gedoe|afleiden|0.91
p:dat geen|bekritiseren|1.87
p:dat gesprek|gevoelsreflectie|0.82
p:dat gesprek|vervolgafspraak|0.95
p:dat goed|parafrase|0.97
p:dat haalt|argumenteren|-0.97
p:dat haalt|geruststellen|0.96
p:dat had|bekritiseren|0.61
p:dat heb|geruststellen|-1.0
p:dat heeft|samenvatting|-0.95
p:dat heeft|argumenteren|0.59
p:dat heel|geruststellen|-0.71
p:dat het|gevoelsreflectie|-0.15
p:dat het|samenvatting|0.94
p:dat het|bekritiseren|0.76
p:dat het|geruststellen|0.96
p:dat het|afronding-aankondigen|0.99
p:dat het|vervolgafspraak|-0.9
p:dat hij|ik-boodschap|-0.97
p:dat hij|jij-boodschap|0.12
p:dat hij|parafrase|1.82
p:dat hij|gevoelsreflectie|-1.82
p:dat hij|samenvatting|0.98
p:dat hij|bevelen|1.88
p:dat hij|waarschuwen|-0.82
p:dat hij|moraliseren|-0.94
p:dat hij|argumenteren|-0.91
p:dat hij|bekritiseren|-0.99
p:dat hij|prijzen|0.98
p:dat hij|geruststellen|-0.76
p:dat hij|vervolgafspraak|-0.22
p:dat hij|bedanken|-1.0
p:dat hoort|ik-boodschap|-1.0
p:dat hoort|samenvatting|-1.0
p:dat hoort|moraliseren|-1.84
p:dat hoort|argumenteren|-0.94
p:dat hoort|interpreteren|-0.84
p:dat hoort|geruststellen|-0.58
p:dat hoort|ondervragen|-1.0
p:dat hoort|afleiden|1.13
p:dat huiswerk|argumenteren|1.0
p:dat huiswerk|interpreteren|-1.0
p:dat ik|ik-boodschap|-1.77
p:dat ik|gevoelsreflectie|-1.0
p:dat ik|samenvatting|0.92
p:dat ik|waarschuwen|0.99
p:dat ik|adviseren|-1.0
p:dat ik|prijzen|-0.99
p:dat ik|afronding-aankondigen|-0.99
p:dat in|bevelen|-0.96
p:dat incident|afleiden|0.94
p:dat is|jij-boodschap|-0.27
p:dat is|bevelen|-0.98
p:dat is|waarschuwen|-0.99
p:dat is|moraliseren|-0.72
p:dat is|argumenteren|-0.88
p:dat is|prijzen|-0.94
p:dat is|geruststellen|1.79
p:dat is|ondervragen|0.99
p:dat is|afleiden|0.13
p:dat jammer|ik-boodschap|0.7
p:dat jammer|gevoelsreflectie|-0.83
p:dat jammer|samenvatting|-0.7
p:dat jammer|open-vraag|-0.94
p:dat jayden|jij-boodschap|-0.97
p:dat jayden|bekritiseren|-0.97
p:dat je|ik-boodschap|-0.35
p:dat je|jij-boodschap|0.95
p:dat je|parafrase|-1.03
p:dat je|gevoelsreflectie|-1.12
p:dat je|samenvatting|-0.7
p:dat je|bevelen|-1.91
p:dat je|waarschuwen|-1.87
p:dat je|moraliseren|-0.68
p:dat je|adviseren|-1.0
p:dat je|bekritiseren|2.11
p:dat je|interpreteren|0.96
p:dat je|ondervragen|-0.97
p:dat je|afronding-aankondigen|-1.0
p:dat je|vervolgafspraak|-0.96
p:dat jesse|parafrase|0.86
p:dat jij|ik-boodschap|-0.92
p:dat jij|jij-boodschap|1.2
p:dat jij|gevoelsreflectie|-1.0
p:dat jij|samenvatting|0.92
p:dat jij|bekritiseren|1.36
p:dat jij|interpreteren|-0.92
p:dat jij|geruststellen|1.57
p:dat jullie|bekritiseren|-0.99
p:dat jullie|bedanken|0.99
p:dat kan|waarschuwen|0.98
p:dat kan|argumenteren|1.0
p:dat klinkt|gevoelsreflectie|2.78
p:dat klinkt|aanmoediging|-1.0
p:dat klinkt|bekritiseren|-0.91
p:dat klinkt|bedanken|-0.99
p:dat klopt|ik-boodschap|-0.75
p:dat klopt|samenvatting|-0.95
p:dat klopt|argumenteren|1.58
p:dat komt|parafrase|-0.93
p:dat komt|samenvatting|0.88
p:dat komt|open-vraag|-1.0
p:dat komt|interpreteren|0.84
p:dat komt|geruststellen|0.78
p:dat kwetst|ik-boodschap|0.99
p:dat laten|bevelen|-0.98
p:dat laten|argumenteren|-0.98
p:dat laten|afleiden|0.9
p:dat leerlingen|argumenteren|1.0
p:dat leerlingen|geruststellen|-0.94
p:dat liegen|moraliseren|1.71
p:dat liegen|argumenteren|-1.5
p:dat lotte|open-vraag|1.0
p:dat lotte|argumenteren|-1.0
p:dat maakt|parafrase|-0.98
p:dat maakt|samenvatting|-0.91
p:dat maakt|open-vraag|1.0
p:dat maakt|waarschuwen|-0.99
p:dat maakt|moraliseren|-0.96
p:dat maakt|argumenteren|-1.0
p:dat mag|geruststellen|-0.85
p:dat merk|bekritiseren|-1.0
p:dat merk|etiketteren|1.0
p:dat mila|afleiden|-1.0
p:dat milan|jij-boodschap|-0.98
p:dat milan|gevoelsreflectie|-0.99
p:dat milan|bekritiseren|-0.98
p:dat moet|parafrase|-1.0
p:dat moet|gevoelsreflectie|1.88
p:dat mohammed|adviseren|-0.73
p:dat niemand|jij-boodschap|-0.99
p:dat niemand|gevoelsreflectie|0.82
p:dat niet|jij-boodschap|0.99
p:dat niet|gevoelsreflectie|0.98
p:dat niet|waarschuwen|-0.18
p:dat niet|bekritiseren|-0.99
p:dat niet|ondervragen|1.98
p:dat niet|afleiden|-0.99
p:dat nieuwe|afleiden|0.99
p:dat nina|ik-boodschap|0.12
p:dat noah|ik-boodschap|0.93
p:dat noah|adviseren|0.76
p:dat nog|bevelen|-0.84
p:dat nog|waarschuwen|0.96
p:dat noor|ik-boodschap|1.0
p:dat noor|open-vraag|-1.0
p:dat nou|afleiden|0.98
p:dat nu|argumenteren|0.53
p:dat ouders|moraliseren|0.98
p:dat overkomt|geruststellen|-1.38
p:dat overkomt|afleiden|0.81
p:dat regelen|afleiden|-0.95
p:dat sara|interpreteren|-0.95
p:dat schermgebruik|argumenteren|0.81
p:dat schermgebruik|bekritiseren|1.0
p:dat sem|open-vraag|0.96
p:dat slaat|argumenteren|0.76
p:dat slaat|bekritiseren|0.97
p:dat sofie|ik-boodschap|-0.96
p:dat soort|afleiden|0.99
p:dat sophie|ik-boodschap|-0.92
p:dat stelt|moraliseren|-0.98
p:dat stijn|geruststellen|-0.98
p:dat telefoons|bekritiseren|-0.99
p:dat thuis|gevoelsreflectie|-1.0
p:dat thuis|open-vraag|1.88
p:dat thuis|argumenteren|-1.0
p:dat tom|interpreteren|0.85
p:dat u|jij-boodschap|0.91
p:dat u|parafrase|-0.99
p:dat u|gevoelsreflectie|1.17
p:dat u|samenvatting|-1.91
p:dat u|open-vraag|-0.93
p:dat u|adviseren|-1.44
p:dat u|argumenteren|0.94
p:dat u|bekritiseren|1.28
p:dat u|interpreteren|-0.9
p:dat u|geruststellen|0.14
p:dat u|afleiden|-1.94
p:dat u|afronding-aankondigen|-0.97
p:dat u|vervolgafspraak|-0.12
p:dat u|bedanken|2.68
p:dat valt|bekritiseren|-0.99
p:dat valt|afleiden|-0.99
p:dat vera|open-vraag|-0.81
p:dat vind|ik-boodschap|3.42
p:dat vind|gevoelsreflectie|-0.74
p:dat vind|open-vraag|0.86
p:dat vind|aanmoediging|-0.99
p:dat vind|adviseren|0.76
p:dat vind|argumenteren|-0.9
p:dat vind|interpreteren|-0.95
p:dat vind|ondervragen|-0.97
p:dat vond|vervolgafspraak|-1.0
p:dat voor|samenvatting|-1.83
p:dat voor|aanmoediging|-0.99
p:dat voortaan|adviseren|0.97
p:dat voortaan|bekritiseren|0.97
p:dat was|jij-boodschap|-0.99
p:dat was|adviseren|-0.99
p:dat was|geruststellen|-0.82
p:dat we|parafrase|-0.98
p:dat we|argumenteren|1.89
p:dat we|prijzen|0.96
p:dat we|afronding-aankondigen|-0.94
p:dat we|vervolgafspraak|-0.97
p:dat weet|moraliseren|0.94
p:dat wel|geruststellen|0.72
p:dat wel|afleiden|-0.9
p:dat werkstuk|bevelen|1.73
p:dat wij|gevoelsreflectie|-0.77
p:dat ze|ik-boodschap|-0.93
p:dat ze|parafrase|0.93
p:dat ze|samenvatting|0.97
p:dat ze|bevelen|0.98
p:dat ze|argumenteren|0.96
p:dat ze|prijzen|0.69
p:dat ze|interpreteren|0.92
p:dat ze|geruststellen|-0.72
p:dat ze|ondervragen|-0.99
p:dat zeg|interpreteren|0.98
p:dat zeg|geruststellen|-0.93
p:dat zegt|parafrase|-0.94
p:dat zegt|interpreteren|0.99
p:dat zegt|geruststellen|-0.99
p:dat zelf|open-vraag|0.83
p:dat zie|gevoelsreflectie|1.0
p:dat zie|geruststellen|-0.98
p:dat zijn|moraliseren|0.94
p:dat zit|ik-boodschap|0.84
p:dat zit|argumenteren|-0.84
p:dat zo|jij-boodschap|1.85
p:dat zo|waarschuwen|1.98
p:dat zo|bekritiseren|0.72
p:dat zo|prijzen|-0.71
p:dat zou|moraliseren|0.95
p:dat zoë|ik-boodschap|0.95
p:datum dan|afronding-aankondigen|-0.76
p:datum dankjewel|vervolgafspraak|0.99
p:datum dankjewel|bedanken|0.99
p:datum met|bedanken|-0.91
p:de aansluiting|jij-boodschap|-1.0
p:de aansluiting|waarschuwen|-1.62
p:de aansluiting|bekritiseren|-0.99
p:de aansluiting|etiketteren|-1.0
p:de aanvraag|open-vraag|-0.9
p:de absenties|samenvatting|-0.99
p:de absenties|afleiden|-0.99
p:de absenties|afronding-aankondigen|-1.0
p:de administratie|ik-boodschap|0.93
p:de administratie|waarschuwen|-0.83
p:de advocaat|bekritiseren|-0.92
p:de advocaat|etiketteren|0.92
p:de afdelingsleider|prijzen|-0.82
p:de afgelopen|ik-boodschap|1.82
p:de afgelopen|jij-boodschap|-0.98
p:de afgelopen|open-vraag|-0.81
p:de afgelopen|argumenteren|-0.84
p:de afgelopen|bekritiseren|-0.98
p:de afspraak|ik-boodschap|0.98
p:de afspraak|argumenteren|-0.9
p:de afspraak|vervolgafspraak|-0.9
p:de afspraken|ik-boodschap|-1.0
p:de afspraken|bevelen|0.92
p:de afspraken|afronding-aankondigen|0.23
p:de afspraken|vervolgafspraak|1.0
p:de agenda|moraliseren|0.99
p:de andere|jij-boodschap|-0.83
p:de andere|parafrase|0.99
p:de andere|prijzen|-0.98
p:de andere|interpreteren|0.98
p:de anderen|ik-boodschap|2.65
p:de anderen|gevoelsreflectie|-0.83
p:de anderen|samenvatting|-0.7
p:de anderen|open-vraag|-0.94
p:de anderen|waarschuwen|-0.98
p:de app|parafrase|0.99
p:de bak|bevelen|1.0
p:de bak|waarschuwen|-1.0
p:de bak|afleiden|-1.0
p:de basisschool|open-vraag|0.73
p:de bedtijd|samenvatting|0.78
p:de bedtijd|vervolgafspraak|0.99
p:de bel|bekritiseren|0.95
p:de berichten|jij-boodschap|1.53
p:de berichten|bekritiseren|1.53
p:de beste|prijzen|0.96
p:de beste|geruststellen|0.76
p:de bijles|ik-boodschap|-0.99
p:de bijles|samenvatting|1.97
p:de bijles|open-vraag|-1.0
p:de bijles|bevelen|1.66
p:de bijles|etiketteren|-0.9
p:de bijles|geruststellen|-0.86
p:de bijles|afronding-aankondigen|-0.72
p:de boer|gevoelsreflectie|0.72
p:de bovenbouw|waarschuwen|-0.62
p:de brief|ik-boodschap|-2.75
p:de brief|parafrase|0.95
p:de brugklas|afleiden|1.0
p:de brugklas|vervolgafspraak|-0.95
p:de bus|ondervragen|-0.94
p:de cijfers|gevoelsreflectie|-0.81
p:de cijfers|samenvatting|0.98
p:de cijfers|open-vraag|0.98
p:de cijfers|argumenteren|0.82
p:de cijfers|vervolgafspraak|-0.99
p:de clown|jij-boodschap|0.14
p:de clown|etiketteren|0.8
p:de communicatie|parafrase|0.99
p:de communicatie|gevoelsreflectie|-0.99
p:de communicatie|afleiden|-0.94
p:de concentratie|argumenteren|0.81
p:de concentratie|bekritiseren|-0.99
p:de conciërge|ik-boodschap|1.0
p:de conciërge|open-vraag|-1.0
p:de conciërge|aanmoediging|-0.95
p:de conciërge|bevelen|-0.93
p:de conciërge|waarschuwen|0.95
p:de contacten|open-vraag|0.99
p:de dag|ik-boodschap|-0.98
p:de dag|waarschuwen|0.98
p:de deadline|ik-boodschap|0.97
p:de debatclub|ik-boodschap|0.88
p:de derde|ik-boodschap|-0.98
p:de deur|ik-boodschap|0.87
p:de deur|parafrase|-1.0
p:de deur|gevoelsreflectie|-0.84
p:de deur|samenvatting|-0.97
p:de directie|waarschuwen|0.76
p:de docent|parafrase|0.96
p:de docent|samenvatting|0.86
p:de docent|moraliseren|0.8
p:de docenten|jij-boodschap|0.71
p:de docenten|moraliseren|-0.93
p:de docenten|bekritiseren|0.93
p:de draad|open-vraag|-0.96
p:de eerste|ik-boodschap|-0.92
p:de eerste|parafrase|-0.94
p:de eerste|argumenteren|-0.96
p:de eerste|bekritiseren|-0.94
p:de eerste|etiketteren|-0.79
p:de eerste|geruststellen|0.92
p:de enige|argumenteren|-1.0
p:de enige|geruststellen|1.0
p:de feiten|bevelen|-1.0
p:de feiten|argumenteren|1.0
p:de feiten|interpreteren|-1.0
p:de feiten|ondervragen|-1.0
p:de fiets|adviseren|0.81
p:de fiets|ondervragen|-1.0
p:de gang|waarschuwen|0.99
p:de gaten|samenvatting|0.83
p:de gaten|adviseren|-0.99
p:de gaten|geruststellen|0.97
p:de gaten|vervolgafspraak|0.9
p:de gaten|bedanken|0.9
p:de grammatica|ik-boodschap|0.99
p:de groep|jij-boodschap|2.34
p:de groepsapp|samenvatting|0.98
p:de groepsapp|open-vraag|0.98
p:de groepsapp|geruststellen|-0.96
p:de groepsopdracht|ik-boodschap|0.7
p:de groepsopdracht|gevoelsreflectie|-0.83
p:de groepsopdracht|samenvatting|-0.7
p:de groepsopdracht|open-vraag|-0.94
p:de grote|aanmoediging|-0.9
p:de grote|etiketteren|0.9
p:de gymdocent|jij-boodschap|-0.97
p:de gymdocent|bekritiseren|-0.97
p:de gymles|ik-boodschap|1.83
p:de gymles|gevoelsreflectie|0.94
p:de hand|open-vraag|0.96
p:de hand|bekritiseren|0.13
p:de hand|geruststellen|-0.67
p:de havo|waarschuwen|1.52
p:de hele|ik-boodschap|-0.13
p:de hele|gevoelsreflectie|-0.84
p:de hele|samenvatting|-0.97
p:de hele|open-vraag|-0.96
p:de hele|bevelen|0.93
p:de hele|argumenteren|0.93
p:de hele|bekritiseren|0.94
p:de hele|etiketteren|0.9
p:de hele|vervolgafspraak|-1.0
p:de herfstvakantie|ik-boodschap|0.92
p:de herfstvakantie|jij-boodschap|-0.92
p:de herfstvakantie|bekritiseren|-1.85
p:de herkansing|ik-boodschap|0.34
p:de hoogte|gevoelsreflectie|0.84
p:de hoogte|waarschuwen|-0.78
p:de hoogte|moraliseren|0.93
p:de hoogte|bekritiseren|-0.93
p:de hoogte|prijzen|1.0
p:de hoogte|vervolgafspraak|-0.87
p:de huisarts|samenvatting|0.94
p:de huisarts|prijzen|-0.96
p:de huisarts|geruststellen|0.66
p:de huisarts|vervolgafspraak|0.94
p:de huiswerkklas|parafrase|-1.96
p:de huiswerkklas|samenvatting|1.71
p:de huiswerkklas|vervolgafspraak|0.96
p:de instructie|ik-boodschap|1.0
p:de instructie|adviseren|-0.76
p:de intern|afronding-aankondigen|-0.9
p:de jaarplanning|moraliseren|-0.99
p:de kampweek|parafrase|-0.9
p:de kampweek|samenvatting|0.9
p:de kans|ik-boodschap|0.89
p:de kantine|parafrase|-0.99
p:de kast|argumenteren|-0.94
p:de klas|ik-boodschap|-1.04
p:de klas|jij-boodschap|-1.35
p:de klas|parafrase|-0.98
p:de klas|samenvatting|-0.97
p:de klas|bevelen|0.91
p:de klas|moraliseren|-0.96
p:de klas|prijzen|1.11
p:de klas|etiketteren|0.8
p:de klas|interpreteren|-0.85
p:de klas|afleiden|-0.95
p:de klas|vervolgafspraak|-0.96
p:de kluisjes|ik-boodschap|1.0
p:de laatste|ik-boodschap|-0.89
p:de laatste|open-vraag|0.96
p:de laatste|waarschuwen|0.99
p:de laatste|prijzen|-0.99
p:de laatste|geruststellen|0.92
p:de laptop|adviseren|0.68
p:de leerplichtambtenaar|ik-boodschap|-1.91
p:de leerplichtambtenaar|waarschuwen|1.0
p:de leerplichtambtenaar|adviseren|-1.0
p:de leraren|adviseren|-0.99
p:de les|ik-boodschap|-0.9
p:de les|jij-boodschap|-0.47
p:de les|samenvatting|-1.97
p:de les|open-vraag|0.91
p:de les|argumenteren|-0.7
p:de les|bekritiseren|-0.93
p:de maat|bekritiseren|0.91
p:de mail|parafrase|-0.82
p:de mail|samenvatting|0.97
p:de mail|prijzen|-0.82
p:de mail|ondervragen|0.91
p:de manier|samenvatting|-0.95
p:de meivakantie|open-vraag|1.0
p:de meivakantie|argumenteren|-1.0
p:de mentor|ik-boodschap|-0.98
p:de mentor|gevoelsreflectie|0.98
p:de mentor|samenvatting|0.99
p:de mentor|bevelen|-0.93
p:de mentor|geruststellen|0.12
p:de mentor|ondervragen|0.98
p:de mentor|afleiden|-0.94
p:de mentor|afronding-aankondigen|-0.94
p:de mentor|bedanken|0.96
p:de moeder|prijzen|-1.0
p:de moeite|jij-boodschap|0.44
p:de musical|samenvatting|-0.97
p:de nabespreking|open-vraag|0.96
p:de nieuwe|ik-boodschap|0.84
p:de nieuwe|argumenteren|-0.84
p:de nieuwe|geruststellen|0.78
p:de nieuwe|afleiden|0.99
p:de normering|parafrase|0.93
p:de normering|argumenteren|0.93
p:de ochtenden|parafrase|-1.0
p:de ochtenden|open-vraag|1.0
p:de oefeningen|gevoelsreflectie|-0.74
p:de opdracht|ik-boodschap|-0.97
p:de opdracht|argumenteren|1.71
p:de opdracht|bekritiseren|0.97
p:de opdracht|geruststellen|-0.97
p:de opdrachten|samenvatting|-1.0
p:de opgaven|vervolgafspraak|0.9
p:de ouderavond|jij-boodschap|0.97
p:de ouderavond|moraliseren|-0.99
p:de oudste|jij-boodschap|-0.94
p:de overgang|open-vraag|0.94
p:de overgangsnormen|ik-boodschap|-0.94
p:de overgangsnormen|argumenteren|0.94
p:de pauze|ik-boodschap|0.14
p:de pauze|gevoelsreflectie|-0.94
p:de pauze|open-vraag|0.96
p:de pesterijen|jij-boodschap|-0.91
p:de pesterijen|samenvatting|0.98
p:de pesterijen|afronding-aankondigen|0.89
p:de planning|samenvatting|-0.65
p:de planning|waarschuwen|-0.99
p:de planning|bekritiseren|0.35
p:de planning|afleiden|-0.93
p:de plusklas|adviseren|0.99
p:de puberteit|moraliseren|-0.95
p:de puberteit|interpreteren|-0.84
p:de puberteit|geruststellen|-0.58
p:de puberteit|afleiden|0.95
p:de pubertijd|moraliseren|-0.93
p:de rapporten|argumenteren|-0.97
p:de regels|waarschuwen|0.83
p:de regels|bekritiseren|-0.83
p:de reistijd|vervolgafspraak|-0.9
p:de ruzie|ik-boodschap|-0.99
p:de ruzie|samenvatting|1.97
p:de ruzie|argumenteren|-0.96
p:de ruzie|afronding-aankondigen|-0.89
p:de scheiding|interpreteren|1.74
p:de school|parafrase|-0.96
p:de school|gevoelsreflectie|1.93
p:de school|samenvatting|-1.7
p:de school|open-vraag|-0.94
p:de school|bevelen|-0.79
p:de school|moraliseren|0.93
p:de school|prijzen|-0.99
p:de school|etiketteren|-0.94
p:de school|interpreteren|0.82
p:de school|geruststellen|-0.99
p:de school|ondervragen|0.97
p:de schoolapp|geruststellen|-0.96
p:de schoolgids|jij-boodschap|-0.57
p:de schoolmaatschappelijk|adviseren|1.0
p:de schoolresultaten|waarschuwen|-0.78
p:de schoolresultaten|bedanken|-0.96
p:de schorsing|ik-boodschap|-0.95
p:de schorsing|gevoelsreflectie|0.77
p:de schorsing|samenvatting|-0.99
p:de schorsing|interpreteren|-0.99
p:de schorsing|vervolgafspraak|-0.99
p:de schuld|jij-boodschap|1.0
p:de schuld|bekritiseren|1.0
p:de schuld|ondervragen|-0.89
p:de sectie|gevoelsreflectie|0.82
p:de sectie|vervolgafspraak|0.95
p:de sfeer|jij-boodschap|0.86
p:de sfeer|samenvatting|0.95
p:de sfeer|bekritiseren|1.07
p:de sfeer|prijzen|-0.71
p:de sfeer|vervolgafspraak|-0.9
p:de slimste|ik-boodschap|-0.99
p:de slimste|bevelen|-0.98
p:de slimste|prijzen|1.82
p:de steek|gevoelsreflectie|0.99
p:de steek|samenvatting|-0.76
p:de straf|parafrase|0.93
p:de straf|gevoelsreflectie|-0.66
p:de studiewijzer|argumenteren|1.71
p:de studiewijzer|bekritiseren|0.97
p:de tafel|ik-boodschap|1.0
p:de tafel|adviseren|-0.76
p:de tandarts|vervolgafspraak|-0.94
p:de tas|ik-boodschap|-0.67
p:de teamleider|gevoelsreflectie|-0.79
p:de teamleider|samenvatting|-0.86
p:de teamleider|open-vraag|-1.0
p:de teamleider|waarschuwen|0.9
p:de teamleider|geruststellen|-1.0
p:de teamleider|afronding-aankondigen|-0.92
p:de telefoon|bekritiseren|-0.99
p:de tijd|samenvatting|-0.98
p:de tijd|aanmoediging|1.9
p:de toets|ik-boodschap|0.18
p:de toets|jij-boodschap|-1.0
p:de toets|parafrase|0.16
p:de toets|gevoelsreflectie|-1.17
p:de toets|open-vraag|-1.03
p:de toets|aanmoediging|-1.0
p:de toets|bevelen|-1.0
p:de toets|waarschuwen|-1.0
p:de toets|moraliseren|-1.0
p:de toets|adviseren|-0.24
p:de toets|bekritiseren|-1.0
p:de toets|prijzen|-1.0
p:de toets|etiketteren|-1.0
p:de toets|interpreteren|-1.0
p:de toets|geruststellen|-1.0
p:de toets|ondervragen|-1.0
p:de toets|afleiden|-1.0
p:de toets|afronding-aankondigen|-1.0
p:de toets|vervolgafspraak|-1.01
p:de toets|bedanken|-1.0
p:de toetsdatum|argumenteren|0.97
p:de toetsen|ik-boodschap|0.99
p:de toetsen|parafrase|-0.93
p:de toetsen|vervolgafspraak|-0.9
p:de toetsstof|adviseren|-0.73
p:de toetsweek|ik-boodschap|0.96
p:de toetsweek|argumenteren|1.64
p:de toetsweek|afleiden|-0.97
p:de tolk|ik-boodschap|-1.05
p:de tolk|parafrase|0.95
p:de training|open-vraag|-0.98
p:de trainingen|ik-boodschap|0.88
p:de tweede|gevoelsreflectie|0.84
p:de tweede|waarschuwen|0.97
p:de tweede|geruststellen|0.96
p:de tweede|afleiden|1.06
p:de uitleg|ik-boodschap|0.75
p:de uitleg|waarschuwen|-0.98
p:de uitleg|vervolgafspraak|-0.96
p:de uitnodiging|gevoelsreflectie|-1.0
p:de uitnodiging|ondervragen|-0.98
p:de vakantie|bevelen|-0.98
p:de vakantie|prijzen|0.83
p:de vakantie|etiketteren|0.96
p:de vakantie|geruststellen|0.99
p:de vakantie|afleiden|0.99
p:de vakdocenten|samenvatting|0.78
p:de vakdocenten|vervolgafspraak|0.99
p:de verbouwing|afleiden|0.97
p:de verhuizing|parafrase|1.0
p:de verhuizing|samenvatting|-0.82
p:de verhuizing|interpreteren|1.0
p:de verhuizing|geruststellen|-0.77
p:de verhuizing|ondervragen|0.97
p:de verhuizing|afronding-aankondigen|-1.0
p:de vertrouwenspersoon|vervolgafspraak|0.95
p:de vierde|moraliseren|0.9
p:de vierde|adviseren|-0.96
p:de vierde|bekritiseren|-0.99
p:de volgende|ik-boodschap|-0.97
p:de volgende|argumenteren|-0.16
p:de volgende|afronding-aankondigen|0.98
p:de volgende|vervolgafspraak|-0.97
p:de vriendengroep|open-vraag|0.94
p:de vries|bevelen|0.95
p:de war|bekritiseren|0.98
p:de wc|ik-boodschap|-0.96
p:de wc|gevoelsreflectie|-0.98
p:de wc|waarschuwen|-0.97
p:de website|argumenteren|-2.52
p:de week|samenvatting|0.78
p:de week|adviseren|0.99
p:de week|etiketteren|-0.84
p:de week|vervolgafspraak|0.99
p:de weg|bevelen|-0.79
p:de wereld|gevoelsreflectie|0.84
p:de wereld|afleiden|0.94
p:de werkweek|ik-boodschap|-1.79
p:de werkweek|parafrase|0.95
p:de woordjes|ik-boodschap|0.99
p:de zes|argumenteren|0.96
p:de ziekmelding|ik-boodschap|0.93
p:de ziekmelding|waarschuwen|-0.83
p:de zorgcommissie|vervolgafspraak|0.88
p:de zorgcoordinator|ik-boodschap|-0.97
p:de zorgcoördinator|ik-boodschap|0.98
p:de zorgcoördinator|samenvatting|0.94
p:de zorgcoördinator|argumenteren|-0.9
p:de zorgcoördinator|afleiden|-0.97
p:de zorgcoördinator|afronding-aankondigen|0.93
p:de zorgcoördinator|vervolgafspraak|1.85
p:deadline te|argumenteren|0.71
p:deadline voor|ik-boodschap|0.97
p:debatclub komt|ik-boodschap|0.88
p:degene die|jij-boodschap|1.67
p:degene die|bekritiseren|0.96
p:degene die|etiketteren|-0.87
p:delen als|open-vraag|0.97
p:denk dat|ik-boodschap|-0.93
p:denk dat|jij-boodschap|0.94
p:denk dat|bekritiseren|1.36
p:denk dat|afronding-aankondigen|0.99
p:denk dat|vervolgafspraak|-0.97
p:denk eerder|interpreteren|0.85
p:denk erom|bekritiseren|-0.99
p:denk erom|interpreteren|-0.99
p:denk ik|ik-boodschap|-1.0
p:denk ik|gevoelsreflectie|1.0
p:denk ik|interpreteren|1.95
p:denk je|parafrase|-0.98
p:denk je|gevoelsreflectie|-0.98
p:denk je|samenvatting|0.98
p:denken altijd|prijzen|0.98
p:denkt dat|bekritiseren|2.74
p:denkt dat|geruststellen|0.98
p:denkt u|samenvatting|-0.98
p:denkt u|ondervragen|-0.99
p:derde klassen|ik-boodschap|-0.98
p:derde uur|ik-boodschap|0.1
p:deur dichtsloeg|ik-boodschap|-0.97
p:deur dichtsloeg|samenvatting|-0.97
p:deur dichtsmeet|ik-boodschap|1.84
p:deur dichtsmeet|parafrase|-1.0
p:deur dichtsmeet|gevoelsreflectie|-0.84
p:deze klas|parafrase|1.0
p:deze klas|waarschuwen|-1.0
p:deze klas|afleiden|-0.88
p:deze leeftijd|bekritiseren|-0.94
p:deze maand|vervolgafspraak|-0.68
p:deze manier|geruststellen|-0.98
p:deze periode|gevoelsreflectie|-0.92
p:deze periode|argumenteren|-0.86
p:deze periode|etiketteren|-0.92
p:deze regeling|gevoelsreflectie|-0.82
p:deze school|geruststellen|1.64
p:deze week|ik-boodschap|-0.98
p:deze week|jij-boodschap|-0.97
p:deze week|gevoelsreflectie|-0.74
p:deze week|samenvatting|-0.97
p:deze week|open-vraag|0.83
p:deze week|waarschuwen|0.99
p:deze week|bekritiseren|-0.93
p:deze zomer|open-vraag|-0.91
p:deze zomer|afleiden|0.91
p:dezelfde vraag|argumenteren|-0.97
p:dicht gaat|adviseren|0.68
p:dichtklapt dat|parafrase|0.99
p:dichtsloeg schrok|ik-boodschap|-0.97
p:dichtsloeg schrok|samenvatting|-0.97
p:dichtsmeet de|parafrase|-1.0
p:dichtsmeet schrok|ik-boodschap|1.84
p:dichtsmeet schrok|gevoelsreflectie|-0.84
p:die 8|geruststellen|-1.0
p:die afspraak|jij-boodschap|0.98
p:die begint|etiketteren|-0.87
p:die buikpijn|interpreteren|0.99
p:die buikpijn|afleiden|-0.99
p:die curlingouders|bekritiseren|-0.96
p:die dalen|gevoelsreflectie|-0.81
p:die dat|parafrase|-0.94
p:die examens|parafrase|-0.99
p:die examens|geruststellen|0.99
p:die gegevens|vervolgafspraak|-0.98
p:die groep|jij-boodschap|-0.85
p:die groep|gevoelsreflectie|0.92
p:die herkansing|geruststellen|1.84
p:die leeftijd|bevelen|-1.0
p:die leeftijd|geruststellen|-1.0
p:die leeftijd|afleiden|1.0
p:die mail|jij-boodschap|-0.94
p:die middag|parafrase|1.0
p:die middag|samenvatting|-0.87
p:die middag|open-vraag|0.99
p:die nieuwe|jij-boodschap|-1.0
p:die nieuwe|moraliseren|-1.0
p:die overal|gevoelsreflectie|-0.82
p:die overal|prijzen|-0.94
p:die overal|etiketteren|0.94
p:die pest|jij-boodschap|1.67
p:die pest|bekritiseren|0.96
p:die playstation|jij-boodschap|0.99
p:die playstation|adviseren|0.99
p:die playstation|bekritiseren|0.99
p:die pushende|bekritiseren|-1.0
p:die pushende|etiketteren|1.0
p:die telefon|bevelen|1.0
p:die telefon|prijzen|-1.0
p:die telefon|bedanken|-1.0
p:die telefoon|parafrase|0.98
p:die telefoon|bevelen|0.9
p:die telefoon|etiketteren|-0.93
p:die u|jij-boodschap|-0.94
p:die van|ik-boodschap|0.92
p:die van|moraliseren|1.0
p:die van|argumenteren|-1.0
p:die veel|argumenteren|1.0
p:die zo|prijzen|1.0
p:die zoveel|geruststellen|-0.94
p:dient hem|jij-boodschap|-1.0
p:dient hem|bevelen|1.0
p:dient hem|moraliseren|-1.0
p:dient hem|etiketteren|-1.0
p:dient hem|interpreteren|-1.0
p:dient zich|bevelen|0.92
p:dingen besproken|ik-boodschap|-0.99
p:dingen besproken|samenvatting|0.99
p:dingen besproken|afronding-aankondigen|-0.89
p:dingen gehad|vervolgafspraak|-0.9
p:dinsdag bedankt|afronding-aankondigen|0.75
p:dinsdag is|samenvatting|-0.92
p:dinsdag naar|parafrase|-0.96
p:dinsdag naar|samenvatting|0.71
p:dinsdag naar|vervolgafspraak|0.96
p:dinsdag om|afronding-aankondigen|-0.99
p:dinsdag om|bedanken|-0.99
p:dipje in|geruststellen|0.96
p:diploma echt|geruststellen|-0.76
p:diploma niet|waarschuwen|0.79
p:diploma straks|jij-boodschap|-0.99
p:diploma straks|geruststellen|0.99
p:discussie meer|bevelen|0.99
p:dit al|ik-boodschap|-0.86
p:dit al|bekritiseren|0.95
p:dit alleen|bekritiseren|-1.0
p:dit anders|jij-boodschap|-0.63
p:dit best|bekritiseren|-0.89
p:dit de|prijzen|0.96
p:dit dit|waarschuwen|-0.88
p:dit durfde|ik-boodschap|-1.0
p:dit durfde|afronding-aankondigen|-1.0
p:dit enorm|jij-boodschap|0.85
p:dit enorm|waarschuwen|0.79
p:dit gaat|afleiden|-1.93
p:dit gesprek|gevoelsreflectie|-1.0
p:dit gesprek|prijzen|-0.98
p:dit gesprek|afronding-aankondigen|0.93
p:dit gesprek|vervolgafspraak|-0.97
p:dit in|argumenteren|-1.0
p:dit in|prijzen|1.0
p:dit in|etiketteren|-1.0
p:dit is|waarschuwen|0.99
p:dit is|bekritiseren|0.88
p:dit is|prijzen|-0.99
p:dit kan|waarschuwen|1.58
p:dit kwartaal|bekritiseren|-0.91
p:dit melden|argumenteren|0.93
p:dit niet|parafrase|-0.98
p:dit niet|bevelen|0.96
p:dit nog|moraliseren|0.94
p:dit omdat|bevelen|-0.97
p:dit omdat|adviseren|-0.98
p:dit ook|ik-boodschap|-0.99
p:dit ook|moraliseren|-0.96
p:dit ook|prijzen|0.99
p:dit ook|bedanken|-0.99
p:dit oppakt|prijzen|0.99
p:dit plan|prijzen|1.0
p:dit plan|ondervragen|-0.99
p:dit soort|bekritiseren|0.91
p:dit te|adviseren|-0.95
p:dit u|gevoelsreflectie|1.0
p:dit vast|jij-boodschap|-0.76
p:dit vast|geruststellen|-0.64
p:dit vast|vervolgafspraak|-0.95
p:dit vertelt|gevoelsreflectie|0.77
p:dit vertelt|vervolgafspraak|-0.9
p:dit vertelt|bedanken|0.99
p:dit zien|geruststellen|0.57
p:dit zo|ik-boodschap|0.97
p:dit zo|jij-boodschap|-1.0
p:dit zo|waarschuwen|-0.73
p:dit zo|adviseren|-0.96
p:dit zo|etiketteren|-1.0
p:dit zo|afleiden|-0.95
p:docent frans|ik-boodschap|-0.92
p:docent frans|parafrase|-0.96
p:docent frans|samenvatting|1.63
p:docent frans|vervolgafspraak|0.96
p:docent moet|moraliseren|0.8
p:docent te|bekritiseren|0.72
p:docent zo|argumenteren|-0.66
p:dochter heeft|ik-boodschap|0.96
p:dochter heeft|bekritiseren|-0.93
p:dochter laat|jij-boodschap|1.0
p:dochter laat|etiketteren|-1.0
p:dochter zit|jij-boodschap|-0.93
p:doe ?|gevoelsreflectie|-1.0
p:doe ?|adviseren|-1.0
p:doe dat|bevelen|-0.84
p:doe dat|waarschuwen|0.96
p:doe die|etiketteren|-0.93
p:doe je|jij-boodschap|-2.22
p:doe je|moraliseren|1.69
p:doe je|argumenteren|-0.94
p:doe je|bekritiseren|-1.69
p:doe niet|bevelen|0.85
p:doe niet|waarschuwen|-0.97
p:doe niet|etiketteren|1.87
p:doe niet|afleiden|-0.99
p:doen ?|open-vraag|-0.91
p:doen ?|afleiden|0.91
p:doen de|ik-boodschap|0.7
p:doen de|gevoelsreflectie|-0.83
p:doen de|samenvatting|-0.7
p:doen de|open-vraag|-0.94
p:doen en|open-vraag|-0.87
p:doen hoe|open-vraag|0.96
p:doen in|bevelen|-0.98
p:doen in|prijzen|0.83
p:doen thuis|waarschuwen|0.99
p:doet alsof|jij-boodschap|1.0
p:doet alsof|bekritiseren|1.0
p:doet alsof|ondervragen|-0.89
p:doet dat|jij-boodschap|-0.99
p:doet dat|bekritiseren|-0.99
p:doet dat|geruststellen|-0.71
p:doet dat|ondervragen|0.99
p:doet dit|bekritiseren|-1.0
p:doet elke|geruststellen|-0.63
p:doet elke|afleiden|1.77
p:doet het|parafrase|-0.91
p:doet hij|bevelen|-0.97
p:doet hij|adviseren|-0.98
p:doet hij|interpreteren|0.97
p:doet ik|geruststellen|-0.92
p:doet me|ik-boodschap|2.0
p:doet me|open-vraag|-1.0
p:doet mee|bevelen|-0.95
p:doet moet|waarschuwen|0.82
p:doet niets|bekritiseren|1.0
p:doet niets|geruststellen|2.58
p:doet ook|bevelen|0.98
p:doet steeds|jij-boodschap|0.94
p:doet steeds|bekritiseren|0.94
p:doet steeds|vervolgafspraak|-0.85
p:doet u|jij-boodschap|-0.86
p:doet u|parafrase|0.99
p:doet u|samenvatting|-0.93
p:doet u|bevelen|-0.9
p:doet u|bekritiseren|-0.37
p:doet vind|ik-boodschap|-0.86
p:doet vind|bekritiseren|0.95
p:doet volgt|moraliseren|0.94
p:doet ze|ik-boodschap|-0.93
p:doet ze|bekritiseren|0.82
p:doet ze|geruststellen|0.11
p:dom en|samenvatting|0.57
p:domme vergissing|geruststellen|-0.96
p:domme vraag|bekritiseren|0.97
p:donderdag na|afronding-aankondigen|0.97
p:donderdag na|vervolgafspraak|0.97
p:donderdag om|ik-boodschap|1.0
p:donderdag om|samenvatting|-0.96
p:donderdag om|waarschuwen|-0.96
p:donderdag om|adviseren|-0.76
p:donderdag om|afronding-aankondigen|0.96
p:donderdag om|vervolgafspraak|0.96
p:donderdag om|bedanken|0.96
p:donderdag samen|adviseren|-0.86
p:donderdag verder|afronding-aankondigen|-0.9
p:donderdag wat|vervolgafspraak|0.88
p:donderdag zo|ik-boodschap|-0.95
p:donderdagmiddag even|vervolgafspraak|0.91
p:door de|ik-boodschap|0.95
p:door de|parafrase|-0.96
p:door de|gevoelsreflectie|0.99
p:door de|samenvatting|-1.7
p:door de|aanmoediging|-0.95
p:door de|etiketteren|0.96
p:door de|interpreteren|0.84
p:door de|geruststellen|-0.77
p:door geraakt|aanmoediging|0.92
p:door je|gevoelsreflectie|0.92
p:door meneer|gevoelsreflectie|0.72
p:door onze|vervolgafspraak|0.15
p:door onze|bedanken|0.99
p:door te|adviseren|0.84
p:door te|etiketteren|-0.84
p:door verrast|ik-boodschap|0.86
p:doordat de|ik-boodschap|-1.0
p:doordat de|jij-boodschap|-1.0
p:doordat de|parafrase|-1.0
p:doordat de|gevoelsreflectie|-1.0
p:doordat de|samenvatting|-1.0
p:doordat de|open-vraag|-1.0
p:doordat de|aanmoediging|-1.0
p:doordat de|bevelen|-1.0
p:doordat de|waarschuwen|-1.0
p:doordat de|moraliseren|-1.0
p:doordat de|adviseren|-1.0
p:doordat de|argumenteren|-1.0
p:doordat de|bekritiseren|-1.0
p:doordat de|prijzen|-1.0
p:doordat de|etiketteren|-1.0
p:doordat de|interpreteren|-1.0
p:doordat de|geruststellen|-1.0
p:doordat de|ondervragen|-1.0
p:doordat de|afleiden|-1.0
p:doordat de|afronding-aankondigen|-1.0
p:doordat de|vervolgafspraak|-1.0
p:doordat de|bedanken|-1.0
p:doordat je|bekritiseren|-0.43
p:doordeweeks in|argumenteren|-0.94
p:doordring en|afronding-aankondigen|-0.99
p:doorgaat bel|ik-boodschap|-0.98
p:doorgaat bel|waarschuwen|1.52
p:doorgaat blijft|waarschuwen|0.98
p:doorgaat blijft|afleiden|-0.95
p:doorgaat haal|ik-boodschap|0.97
p:doorgaat haalt|waarschuwen|0.79
p:doorgaat lig|jij-boodschap|1.85
p:doorgaat lig|waarschuwen|1.0
p:doorgaat lig|bekritiseren|1.7
p:doorgaat lig|prijzen|-0.71
p:doorgaat loop|waarschuwen|-0.71
p:doorgaat mis|jij-boodschap|-1.0
p:doorgaat mis|waarschuwen|-1.0
p:doorgaat mis|etiketteren|-1.0
p:doorgaat mist|waarschuwen|-0.62
p:doorgaat mist|bekritiseren|-0.99
p:doorgeven heb|ik-boodschap|0.93
p:doorgeven heb|waarschuwen|-0.83
p:dossier hier|aanmoediging|-0.52
p:draad kwijt|open-vraag|-0.96
p:draaien in|afronding-aankondigen|0.99
p:dramatisch als|moraliseren|-0.98
p:dramatisch als|geruststellen|0.98
p:dramatisch mevrouw|bevelen|-0.9
p:drie dagen|jij-boodschap|0.95
p:drie dingen|ik-boodschap|-0.99
p:drie dingen|samenvatting|0.99
p:drie dingen|afronding-aankondigen|-0.89
p:drie dingen|vervolgafspraak|-0.9
p:drie jaar|ik-boodschap|-1.0
p:drie keer|ik-boodschap|0.97
p:drie keer|jij-boodschap|-0.41
p:drie keer|open-vraag|-0.81
p:drie keer|bevelen|-0.94
p:drie keer|adviseren|-0.78
p:drie keer|argumenteren|-0.83
p:drie kinderen|jij-boodschap|-0.94
p:drie onvoldoendes|ik-boodschap|0.96
p:drie toetsen|bekritiseren|-0.99
p:drie uur|parafrase|-0.99
p:drie weken|ik-boodschap|0.93
p:drie weken|samenvatting|0.83
p:drie weken|argumenteren|0.97
p:drie weken|afronding-aankondigen|-0.97
p:drie weken|vervolgafspraak|1.87
p:drie weken|bedanken|0.9
p:druk dat|open-vraag|-1.0
p:druk hij|geruststellen|0.86
p:druk is|argumenteren|-0.91
p:druk is|interpreteren|-0.97
p:druk je|bevelen|0.94
p:druk je|geruststellen|0.94
p:druk om|afronding-aankondigen|-0.98
p:duidelijk ?|bevelen|0.91
p:duidelijk door|aanmoediging|0.92
p:duidelijk een|argumenteren|1.0
p:duidelijk hij|bevelen|-1.0
p:duidelijk hij|argumenteren|1.0
p:duidelijk hij|interpreteren|-1.0
p:duidelijk hij|ondervragen|-1.0
p:duidelijk is|argumenteren|-0.94
p:duidelijk is|interpreteren|-1.0
p:duidelijk na|adviseren|-0.78
p:duidelijk na|argumenteren|0.98
p:duidelijk teleurgesteld|gevoelsreflectie|0.82
p:duidelijk teleurgesteld|vervolgafspraak|0.95
p:duidelijk wie|argumenteren|0.97
p:duidelijk zien|bekritiseren|-0.99
p:durfde te|ik-boodschap|-1.0
p:durfde te|afronding-aankondigen|-1.0
p:dus af|ik-boodschap|-0.92
p:dus af|samenvatting|0.92
p:dus bevorderen|argumenteren|0.96
p:dus cijfers|adviseren|-0.99
p:dus dat|parafrase|0.98
p:dus dat|bekritiseren|-0.93
p:dus de|argumenteren|-0.96
p:dus eigenlijk|parafrase|0.99
p:dus eigenlijk|gevoelsreflectie|-0.99
p:dus even|parafrase|-0.9
p:dus even|samenvatting|0.9
p:dus het|parafrase|1.0
p:dus het|samenvatting|-0.82
p:dus het|afleiden|-0.94
p:dus het|afronding-aankondigen|-1.0
p:dus ik|jij-boodschap|-0.98
p:dus ik|gevoelsreflectie|-1.0
p:dus ik|samenvatting|0.94
p:dus ik|bevelen|-1.0
p:dus ik|prijzen|1.97
p:dus ik|geruststellen|-1.0
p:dus ik|afronding-aankondigen|1.0
p:dus ik|vervolgafspraak|1.1
p:dus ik|bedanken|0.94
p:dus je|ik-boodschap|-0.13
p:dus je|open-vraag|0.91
p:dus je|argumenteren|-0.84
p:dus je|geruststellen|-0.97
p:dus jij|jij-boodschap|-0.6
p:dus jij|samenvatting|0.71
p:dus jij|open-vraag|0.96
p:dus jij|bevelen|-0.98
p:dus jij|bekritiseren|-0.37
p:dus jij|prijzen|0.83
p:dus jij|vervolgafspraak|0.96
p:dus om|aanmoediging|-0.96
p:dus om|vervolgafspraak|-0.96
p:dus op|samenvatting|-0.92
p:dus teleurgesteld|gevoelsreflectie|0.77
p:dus tot|parafrase|-0.93
p:dus tot|samenvatting|0.88
p:dus u|jij-boodschap|0.87
p:dus u|gevoelsreflectie|-1.55
p:dus u|samenvatting|-0.86
p:dus u|open-vraag|-0.93
p:dus u|waarschuwen|-0.95
p:dus u|moraliseren|-0.94
p:dus u|bekritiseren|0.99
p:dus u|bedanken|-0.99
p:dus volgens|samenvatting|-0.99
p:dus volgens|open-vraag|-0.97
p:dus volgens|interpreteren|-0.99
p:dus volgens|vervolgafspraak|-0.99
p:dus we|etiketteren|-0.86
p:dus ze|parafrase|0.89
p:dus ze|open-vraag|-0.98
p:dus zijn|ik-boodschap|0.98
p:dus zijn|jij-boodschap|-0.98
p:dus zijn|bekritiseren|-0.98
p:duurt het|moraliseren|0.95
p:dyslexieonderzoek nog|open-vraag|-0.9
p:ech nergens|argumenteren|-0.94
p:echt afsluiten|vervolgafspraak|-0.97
p:echt allemaal|geruststellen|1.0
p:echt boos|parafrase|-1.0
p:echt boos|open-vraag|-1.0
p:echt boos|geruststellen|-1.0
p:echt de|jij-boodschap|0.14
p:echt de|bevelen|-0.98
p:echt de|prijzen|0.83
p:echt een|jij-boodschap|-0.99
p:echt een|aanmoediging|-0.97
p:echt een|adviseren|-0.99
p:echt een|prijzen|-0.96
p:echt een|etiketteren|1.82
p:echt een|geruststellen|-0.59
p:echt een|vervolgafspraak|-0.91
p:echt geen|gevoelsreflectie|1.0
p:echt geen|open-vraag|1.0
p:echt geen|bekritiseren|0.72
p:echt geen|geruststellen|1.0
p:echt geschrokken|ik-boodschap|0.85
p:echt goed|adviseren|-0.68
p:echt hard|bekritiseren|-0.91
p:echt heel|bekritiseren|0.99
p:echt heel|ondervragen|0.99
p:echt het|adviseren|0.87
p:echt het|geruststellen|1.0
p:echt mee|etiketteren|-1.0
p:echt mooi|ik-boodschap|0.92
p:echt niet|gevoelsreflectie|0.92
p:echt niet|waarschuwen|-0.88
p:echt niet|argumenteren|-1.0
p:echt niet|bekritiseren|1.27
p:echt niet|geruststellen|1.77
p:echt niks|geruststellen|-0.96
p:echt ongerust|geruststellen|-0.86
p:echt slecht|waarschuwen|0.94
p:echt tof|ik-boodschap|0.97
p:echt van|ik-boodschap|0.38
p:echt van|gevoelsreflectie|-0.28
p:echt van|bekritiseren|-1.96
p:echt van|etiketteren|1.0
p:echt van|bedanken|-0.99
p:echt ver|bekritiseren|0.91
p:echt verdiend|geruststellen|-1.0
p:echt voor|waarschuwen|-0.99
p:echt wel|geruststellen|2.34
p:echt zijn|bekritiseren|-0.75
p:echt zorgen|ik-boodschap|-0.96
p:echt zorgen|open-vraag|-0.99
p:echt zorgen|geruststellen|-1.29
p:een 1|argumenteren|1.71
p:een 4|jij-boodschap|-0.88
p:een 4|argumenteren|2.76
p:een 4|bekritiseren|-0.95
p:een 4|afleiden|-0.94
p:een 5|jij-boodschap|-0.88
p:een 5|moraliseren|-0.72
p:een 5|argumenteren|0.24
p:een 5|bekritiseren|-0.95
p:een 6|moraliseren|-0.72
p:een 6|argumenteren|0.94
p:een 7|waarschuwen|-0.98
p:een 7|argumenteren|-0.92
p:een 7|prijzen|0.98
p:een afspraak|samenvatting|0.94
p:een ander|bevelen|-0.98
p:een ander|argumenteren|-0.98
p:een ander|afleiden|0.9
p:een andere|parafrase|1.78
p:een andere|gevoelsreflectie|-0.84
p:een andere|prijzen|-0.96
p:een baby|afleiden|-0.95
p:een beetje|ik-boodschap|-0.41
p:een beetje|gevoelsreflectie|1.87
p:een beetje|interpreteren|0.92
p:een beetje|geruststellen|0.9
p:een beloningssysteem|interpreteren|-1.0
p:een beloningssysteem|ondervragen|-0.98
p:een betrokken|interpreteren|-0.9
p:een blauw|ik-boodschap|0.91
p:een blauw|open-vraag|0.91
p:een cijfer|geruststellen|0.56
p:een cijfer|afleiden|-0.98
p:een deadline|argumenteren|0.71
p:een dipje|geruststellen|0.96
p:een docent|moraliseren|0.98
p:een docent|argumenteren|-0.66
p:een docent|bekritiseren|0.72
p:een docent|etiketteren|-0.98
p:een domme|bekritiseren|0.97
p:een domme|geruststellen|-0.96
p:een dramaqueen|etiketteren|0.97
p:een eind|afronding-aankondigen|0.99
p:een eind|vervolgafspraak|-0.99
p:een en|samenvatting|-0.98
p:een en|aanmoediging|0.98
p:een extra|samenvatting|0.98
p:een extra|bevelen|-0.98
p:een extra|prijzen|0.83
p:een feit|geruststellen|-0.94
p:een fijn|bekritiseren|-0.89
p:een fijn|etiketteren|-0.93
p:een fijne|jij-boodschap|-0.76
p:een fijne|vervolgafspraak|-0.95
p:een gemiddelde|argumenteren|1.0
p:een gesprek|jij-boodschap|-1.89
p:een gesprek|samenvatting|-0.86
p:een gesprek|bekritiseren|-0.61
p:een gesprek|geruststellen|-1.0
p:een gesprek|ondervragen|0.89
p:een gesprek|afronding-aankondigen|-0.94
p:een gesprek|vervolgafspraak|0.95
p:een geweldige|moraliseren|-0.94
p:een goed|adviseren|0.84
p:een goede|moraliseren|0.99
p:een goede|etiketteren|-0.84
p:een goede|geruststellen|-0.96
p:een heel|waarschuwen|-0.71
p:een herkansing|parafrase|-0.82
p:een herkansing|samenvatting|0.97
p:een herkansing|argumenteren|-0.97
p:een houding|jij-boodschap|-1.0
p:een houding|open-vraag|-1.0
p:een houding|bevelen|-1.0
p:een houding|argumenteren|-1.0
p:een houding|bekritiseren|1.0
p:een houding|afronding-aankondigen|-1.0
p:een idee|argumenteren|-0.94
p:een keer|ik-boodschap|-0.92
p:een keer|samenvatting|0.69
p:een keer|bevelen|0.9
p:een keer|waarschuwen|0.76
p:een keer|moraliseren|-0.95
p:een keer|bedanken|0.83
p:een kind|moraliseren|0.94
p:een klager|moraliseren|-0.97
p:een kletskous|prijzen|-0.96
p:een kleuter|jij-boodschap|1.39
p:een kleuter|etiketteren|0.92
p:een kleuterachtig|etiketteren|1.81
p:een koekje|geruststellen|-0.96
p:een kopje|afleiden|0.98
p:een kwartier|etiketteren|-0.86
p:een kwestie|geruststellen|0.96
p:een lapzwans|jij-boodschap|1.0
p:een lapzwans|argumenteren|-1.0
p:een lapzwans|etiketteren|1.0
p:een lastpak|argumenteren|-0.87
p:een leerling|waarschuwen|0.82
p:een luilak|bekritiseren|-0.99
p:een luiwammes|gevoelsreflectie|-0.96
p:een maand|afronding-aankondigen|-0.97
p:een maand|vervolgafspraak|1.76
p:een maandje|geruststellen|1.64
p:een mail|argumenteren|-0.9
p:een mail|etiketteren|-0.9
p:een mail|vervolgafspraak|0.11
p:een mooie|samenvatting|-0.97
p:een niet|argumenteren|1.0
p:een nieuw|etiketteren|-0.94
p:een nieuw|afronding-aankondigen|0.85
p:een nieuw|bedanken|-0.95
p:een nieuwe|samenvatting|-0.95
p:een nieuwe|afleiden|-0.95
p:een nieuwe|vervolgafspraak|0.99
p:een nieuwe|bedanken|0.96
p:een onbetrouwbare|bekritiseren|-1.86
p:een onbetrouwbare|etiketteren|0.89
p:een onredelijke|bekritiseren|0.48
p:een ontzettende|jij-boodschap|0.9
p:een onvoldoende|gevoelsreflectie|0.84
p:een onvoldoende|prijzen|-0.94
p:een onvoldoende|etiketteren|-0.96
p:een onvoldoende|afleiden|1.91
p:een onzin|bekritiseren|0.9
p:een onzinnige|bekritiseren|0.99
p:een onzinverhaal|bekritiseren|2.28
p:een onzinverhaal|etiketteren|-0.83
p:een optie|parafrase|-0.99
p:een optie|samenvatting|0.99
p:een paar|geruststellen|0.96
p:een paar|afronding-aankondigen|-0.98
p:een plan|vervolgafspraak|0.96
p:een planning|prijzen|-0.85
p:een probleem|gevoelsreflectie|-0.82
p:een probleem|samenvatting|0.95
p:een probleem|waarschuwen|0.96
p:een probleem|prijzen|-0.94
p:een probleem|etiketteren|0.94
p:een probleem|interpreteren|0.92
p:een puinhoop|gevoelsreflectie|-1.0
p:een puinhoop|adviseren|-1.0
p:een punt|bekritiseren|-1.0
p:een punt|vervolgafspraak|-0.91
p:een rare|ik-boodschap|-0.96
p:een regen|etiketteren|-1.0
p:een rij|gevoelsreflectie|-0.81
p:een rij|samenvatting|0.95
p:een rij|open-vraag|-0.91
p:een rij|vervolgafspraak|-0.95
p:een rotmoment|gevoelsreflectie|0.97
p:een rotmoment|aanmoediging|-0.97
p:een schorsing|waarschuwen|0.99
p:een schorsing|moraliseren|0.94
p:een schorsing|argumenteren|-0.97
p:een schorsing|geruststellen|-0.99
p:een schorsing|afleiden|-0.99
p:een schriftje|adviseren|0.99
p:een schrik|gevoelsreflectie|0.76
p:een schrik|samenvatting|-0.98
p:een schuldige|interpreteren|1.0
p:een slechte|jij-boodschap|-0.99
p:een slechte|adviseren|-0.99
p:een slechte|geruststellen|1.78
p:een slimme|jij-boodschap|-0.63
p:een slimme|prijzen|0.85
p:een slordig|waarschuwen|-0.88
p:een slordige|bekritiseren|-0.91
p:een spreker|ik-boodschap|0.88
p:een sterke|geruststellen|-0.64
p:een strafwerk|waarschuwen|-0.95
p:een stuk|etiketteren|1.82
p:een stuk|geruststellen|-0.59
p:een sukkel|bekritiseren|-0.99
p:een te|argumenteren|0.71
p:een tegenvallend|vervolgafspraak|-0.92
p:een telefoon|open-vraag|-0.96
p:een tijdje|interpreteren|-0.99
p:een timer|moraliseren|-0.99
p:een timer|interpreteren|-0.99
p:een toets|bevelen|-0.95
p:een uitzondering|argumenteren|0.97
p:een uur|bevelen|-0.82
p:een vader|prijzen|1.0
p:een vaste|ik-boodschap|0.93
p:een vaste|waarschuwen|-1.0
p:een vaste|adviseren|1.76
p:een vaste|bekritiseren|-1.0
p:een verantwoordelijkheid|moraliseren|0.98
p:een verband|ik-boodschap|1.0
p:een verband|moraliseren|-1.0
p:een verband|adviseren|-1.0
p:een verband|prijzen|-1.0
p:een verband|bedanken|-1.0
p:een verwend|etiketteren|0.99
p:een voorbeeld|moraliseren|-1.0
p:een voorbeeld|argumenteren|-1.0
p:een voorbeeldfunctie|moraliseren|0.91
p:een vraag|samenvatting|-0.94
p:een vrolijke|etiketteren|-0.87
p:een weekplanner|geruststellen|0.97
p:een weekplanning|ik-boodschap|-0.83
p:een weekplanning|adviseren|1.0
p:een wekker|geruststellen|-0.95
p:een wijsneus|jij-boodschap|2.5
p:een wijsneus|etiketteren|0.91
p:een wijze|prijzen|0.96
p:een zeurpiet|bekritiseren|-0.56
p:een zie|samenvatting|-0.96
p:een zie|waarschuwen|-0.96
p:een zie|afronding-aankondigen|0.96
p:een zie|vervolgafspraak|0.96
p:een zie|bedanken|0.96
p:een zware|gevoelsreflectie|0.98
p:een zware|bedanken|-0.99
p:eenmaal bij|ik-boodschap|-1.0
p:eenmaal bij|samenvatting|-1.0
p:eenmaal bij|interpreteren|-0.84
p:eenmaal bij|geruststellen|-0.58
p:eenmaal bij|ondervragen|-1.0
p:eenmaal bij|afleiden|0.95
p:eenmaal een|moraliseren|0.91
p:eenmaal een|argumenteren|0.94
p:eenmaal een|afleiden|-0.94
p:eenmaal je|bekritiseren|-0.8
p:eenmaal met|afleiden|0.98
p:eenmaal plichten|waarschuwen|-0.99
p:eenmaal plichten|moraliseren|0.8
p:eenmaal plichten|argumenteren|-0.8
p:eenmaal wiskunde|moraliseren|-0.72
p:eenmaal zo|argumenteren|-0.29
p:eens aan|adviseren|0.93
p:eens buiten|ik-boodschap|0.89
p:eens buiten|adviseren|0.72
p:eens contact|adviseren|1.0
p:eens doet|moraliseren|0.94
p:eens een|etiketteren|-0.96
p:eens een|ondervragen|-0.98
p:eens een|afleiden|0.96
p:eens en|bevelen|-0.84
p:eens en|waarschuwen|0.96
p:eens geprobeerd|bekritiseren|-0.9
p:eens het|afleiden|-0.84
p:eens hoe|afleiden|0.99
p:eens komt|jij-boodschap|1.83
p:eens komt|bekritiseren|1.83
p:eens met|prijzen|-0.96
p:eens met|interpreteren|-1.0
p:eens met|geruststellen|0.66
p:eens om|ik-boodschap|-0.83
p:eens op|argumenteren|-0.99
p:eens wat|gevoelsreflectie|-0.99
p:eens wat|afleiden|-0.99
p:eentje met|ik-boodschap|-0.99
p:eenvoudig is|argumenteren|0.96
p:eenzaam voelt|adviseren|-0.98
p:eerder ?|aanmoediging|-0.93
p:eerder aan|gevoelsreflectie|0.98
p:eerder aan|bekritiseren|0.95
p:eerder aan|ondervragen|0.98
p:eerder dat|interpreteren|0.85
p:eerder gemeld|bekritiseren|-0.99
p:eerder had|bekritiseren|0.6
p:eerder moeten|bekritiseren|-2.28
p:eerder naar|bekritiseren|0.61
p:eerder zou|gevoelsreflectie|0.94
p:eerder zou|open-vraag|-0.94
p:eerlijk bent|gevoelsreflectie|-0.77
p:eerlijk bent|open-vraag|-1.0
p:eerlijk bent|bedanken|1.0
p:eerlijk duurt|moraliseren|0.95
p:eerlijk gezegd|ik-boodschap|-0.98
p:eerlijk gezegd|jij-boodschap|0.94
p:eerlijk gezegd|gevoelsreflectie|-1.0
p:eerlijk gezegd|vervolgafspraak|-0.85
p:eerlijk hoort|waarschuwen|-0.9
p:eerlijk over|afronding-aankondigen|-0.97
p:eerlijk te|bevelen|-0.99
p:eerlijk te|moraliseren|0.99
p:eerlijk tegen|parafrase|-0.99
p:eerlijk tegen|gevoelsreflectie|0.99
p:eerlijk tegen|adviseren|0.99
p:eerlijk was|moraliseren|-0.69
p:eerlijk zijn|open-vraag|0.88
p:eerst een|afleiden|0.98
p:eerst even|bevelen|0.9
p:eerst met|parafrase|0.99
p:eerst over|samenvatting|-0.97
p:eerst zijn|adviseren|0.87
p:eerst zitten|geruststellen|-0.81
p:eerste aanpakken|ik-boodschap|-0.85
p:eerste aanpakken|parafrase|-0.93
p:eerste aanpakken|samenvatting|0.88
p:eerste aanpakken|open-vraag|0.91
p:eerste die|parafrase|-0.94
p:eerste en|ik-boodschap|-0.92
p:eerste en|geruststellen|0.92
p:eerste klas|etiketteren|-0.79
p:eerste periode|bekritiseren|-0.94
p:eerste uur|vervolgafspraak|0.86
p:eerste week|argumenteren|-0.96
p:eet weinig|interpreteren|-0.85
p:eigen schooltijd|interpreteren|0.96
p:eigen schooltijd|afleiden|-0.96
p:eigen schuld|bekritiseren|0.89
p:eigen woorden|samenvatting|0.98
p:eigenlijk ?|open-vraag|-0.7
p:eigenlijk ?|afleiden|0.99
p:eigenlijk bang|geruststellen|-0.93
p:eigenlijk dat|parafrase|1.98
p:eigenlijk dat|gevoelsreflectie|-1.94
p:eigenlijk dat|interpreteren|-0.97
p:eigenlijk doen|open-vraag|-0.91
p:eigenlijk doen|afleiden|0.91
p:eigenlijk gewoon|ik-boodschap|-0.93
p:eigenlijk helemaal|afleiden|-0.96
p:eigenlijk met|afleiden|0.95
p:eigenlijk naar|parafrase|0.89
p:eigenlijk schaamt|interpreteren|1.0
p:eigenlijk schuldig|geruststellen|-0.83
p:eigenlijk van|afleiden|0.94
p:eigenlijk vindt|interpreteren|1.0
p:eigenlijk wel|bekritiseren|0.94
p:eigenlijk wel|afleiden|-0.94
p:eigenlijk wil|jij-boodschap|-1.0
p:eigenlijk wil|moraliseren|-1.0
p:eind aan|afronding-aankondigen|0.99
p:eind aan|vervolgafspraak|-0.99
p:eind van|ik-boodschap|-0.98
p:eind van|waarschuwen|0.98
p:einde van|gevoelsreflectie|0.84
p:einde van|afleiden|0.94
p:eindelijk ook|jij-boodschap|1.83
p:eindelijk ook|bekritiseren|1.83
p:elf fouten|parafrase|0.93
p:elf fouten|argumenteren|0.93
p:elf lesuren|jij-boodschap|-1.0
p:elf lesuren|waarschuwen|-1.0
p:elf lesuren|etiketteren|-1.0
p:elkaar genomen|aanmoediging|-0.96
p:elkaar genomen|vervolgafspraak|-0.96
p:elkaar is|moraliseren|0.98
p:elkaar komen|afleiden|-0.97
p:elkaar komen|afronding-aankondigen|-0.97
p:elkaar komen|vervolgafspraak|0.97
p:elkaar op|vervolgafspraak|-0.87
p:elkaar steeds|bedanken|-0.88
p:elkaar vrijdag|afronding-aankondigen|-0.99
p:elkaar vrijdag|vervolgafspraak|0.99
p:elkaar weer|samenvatting|-0.85
p:elke avond|bevelen|-0.94
p:elke avond|adviseren|1.98
p:elke avond|afleiden|-0.95
p:elke dag|ik-boodschap|0.95
p:elke dag|jij-boodschap|-0.99
p:elke dag|bevelen|0.96
p:elke dag|waarschuwen|-0.82
p:elke dag|geruststellen|-0.98
p:elke dag|ondervragen|0.99
p:elke dinsdag|parafrase|-0.96
p:elke dinsdag|samenvatting|0.71
p:elke dinsdag|vervolgafspraak|0.96
p:elke klas|afleiden|0.99
p:elke les|gevoelsreflectie|-1.0
p:elke les|adviseren|-1.0
p:elke ochtend|ik-boodschap|0.89
p:elke ochtend|adviseren|0.72
p:elke puber|geruststellen|0.1
p:elke puber|afleiden|0.87
p:emma thuis|gevoelsreflectie|-0.99
p:emotioneel van|bedanken|0.92
p:en al|samenvatting|-0.98
p:en al|aanmoediging|0.98
p:en als|jij-boodschap|1.85
p:en als|waarschuwen|1.0
p:en als|argumenteren|0.71
p:en als|bekritiseren|1.7
p:en als|prijzen|-0.71
p:en ben|parafrase|1.0
p:en ben|samenvatting|-0.87
p:en contact|aanmoediging|-0.96
p:en contact|vervolgafspraak|-0.96
p:en daar|ik-boodschap|1.0
p:en daar|adviseren|-0.76
p:en daarna|aanmoediging|-0.93
p:en dan|ik-boodschap|1.93
p:en dan|samenvatting|-0.94
p:en dan|bekritiseren|0.82
p:en dan|geruststellen|-0.67
p:en dat|ik-boodschap|3.74
p:en dat|samenvatting|-0.95
p:en dat|open-vraag|2.83
p:en dat|aanmoediging|-0.99
p:en dat|moraliseren|-0.96
p:en dat|argumenteren|-2.14
p:en dat|bekritiseren|-0.99
p:en dat|interpreteren|-0.95
p:en dat|ondervragen|-0.97
p:en dat|vervolgafspraak|-0.21
p:en dat|bedanken|-0.88
p:en de|ik-boodschap|-0.99
p:en de|parafrase|-0.99
p:en de|samenvatting|1.99
p:en de|vervolgafspraak|-0.9
p:en dinsdag|samenvatting|-0.92
p:en donderdag|ik-boodschap|-0.95
p:en een|jij-boodschap|-0.88
p:en een|argumenteren|0.88
p:en een|bekritiseren|-0.95
p:en er|ik-boodschap|0.98
p:en er|argumenteren|-0.9
p:en er|vervolgafspraak|-0.9
p:en ga|bevelen|1.75
p:en haar|ik-boodschap|-0.64
p:en haar|open-vraag|1.94
p:en het|parafrase|-0.9
p:en het|samenvatting|0.9
p:en het|argumenteren|-0.7
p:en hij|parafrase|0.93
p:en hij|samenvatting|0.97
p:en hij|adviseren|-0.99
p:en hij|argumenteren|0.93
p:en hij|bekritiseren|-0.5
p:en hij|interpreteren|-0.85
p:en hoe|ik-boodschap|-0.64
p:en hoe|open-vraag|1.0
p:en hoe|ondervragen|-0.97
p:en iedereen|jij-boodschap|0.91
p:en iedereen|samenvatting|-0.91
p:en iedereen|bekritiseren|0.91
p:en ik|ik-boodschap|3.29
p:en ik|jij-boodschap|0.96
p:en ik|parafrase|-0.96
p:en ik|gevoelsreflectie|-2.63
p:en ik|open-vraag|-0.94
p:en ik|moraliseren|-0.95
p:en ik|bekritiseren|-0.2
p:en ik|afronding-aankondigen|0.84
p:en ik|vervolgafspraak|1.96
p:en je|ik-boodschap|-0.85
p:en je|jij-boodschap|-0.95
p:en je|parafrase|-0.93
p:en je|gevoelsreflectie|-0.94
p:en je|samenvatting|0.94
p:en je|open-vraag|0.91
p:en je|bevelen|-0.8
p:en je|waarschuwen|1.15
p:en je|bekritiseren|-0.83
p:en je|geruststellen|-0.89
p:en je|afronding-aankondigen|-0.95
p:en kijken|afleiden|0.99
p:en laat|waarschuwen|-0.85
p:en laat|adviseren|-0.86
p:en maakt|gevoelsreflectie|0.94
p:en met|ondervragen|0.98
p:en nu|open-vraag|-0.99
p:en nu|bevelen|-0.99
p:en om|ik-boodschap|-0.99
p:en om|gevoelsreflectie|-0.81
p:en om|samenvatting|0.98
p:en ook|ik-boodschap|-0.92
p:en ook|geruststellen|0.92
p:en over|gevoelsreflectie|-0.99
p:en over|samenvatting|0.98
p:en over|moraliseren|-0.99
p:en over|bekritiseren|-0.99
p:en over|afleiden|-0.99
p:en over|bedanken|-0.89
p:en thuis|samenvatting|1.56
p:en thuis|open-vraag|-0.99
p:en toe|moraliseren|0.99
p:en toe|geruststellen|-0.96
p:en toen|jij-boodschap|0.98
p:en toen|samenvatting|-0.65
p:en toen|open-vraag|-0.99
p:en toen|aanmoediging|0.99
p:en toen|bekritiseren|0.98
p:en toen|ondervragen|-0.99
p:en tot|bedanken|0.83
p:en u|ik-boodschap|-1.81
p:en u|jij-boodschap|-0.47
p:en u|parafrase|-1.75
p:en u|gevoelsreflectie|0.82
p:en u|samenvatting|3.62
p:en u|argumenteren|-0.97
p:en u|bekritiseren|0.95
p:en u|vervolgafspraak|2.8
p:en u|bedanken|0.9
p:en verder|open-vraag|-0.91
p:en verder|aanmoediging|0.84
p:en voor|argumenteren|-0.92
p:en waarom|aanmoediging|-0.93
p:en waarom|bekritiseren|0.99
p:en waarom|ondervragen|0.99
p:en was|ik-boodschap|-0.97
p:en was|samenvatting|-0.97
p:en wat|open-vraag|-0.82
p:en weten|adviseren|-0.71
p:en wie|jij-boodschap|-0.99
p:en wie|bekritiseren|-0.99
p:en wie|ondervragen|0.99
p:en wiskunde|open-vraag|-0.91
p:en wist|open-vraag|-0.98
p:en wist|afleiden|-0.98
p:en zijn|jij-boodschap|-0.99
p:en zijn|samenvatting|0.95
p:en zijn|waarschuwen|-0.99
p:en zijn|bekritiseren|-0.63
p:en zijn|vervolgafspraak|-0.95
p:eng vindt|parafrase|-0.99
p:eng vindt|gevoelsreflectie|0.99
p:eng vindt|adviseren|0.99
p:engels belt|vervolgafspraak|0.94
p:engels een|argumenteren|-0.92
p:engels wat|samenvatting|0.98
p:engels wat|open-vraag|0.98
p:enkel bericht|jij-boodschap|0.91
p:enkel bericht|bekritiseren|0.91
p:enkel respect|jij-boodschap|0.71
p:enkel respect|moraliseren|-0.93
p:enkel respect|bekritiseren|0.93
p:enkel verslag|bekritiseren|-0.93
p:enkele huiswerkopdracht|ik-boodschap|0.92
p:enkele huiswerkopdracht|jij-boodschap|-0.92
p:enkele huiswerkopdracht|bekritiseren|-0.92
p:enkele opdracht|ik-boodschap|0.98
p:enkele opdracht|jij-boodschap|-0.98
p:enkele opdracht|bekritiseren|-0.98
p:enorm als|jij-boodschap|0.85
p:enorm als|waarschuwen|0.79
p:er aan|open-vraag|0.96
p:er al|adviseren|0.93
p:er allebei|ik-boodschap|0.98
p:er alles|bekritiseren|-0.81
p:er bent|prijzen|-0.96
p:er bent|bedanken|-0.92
p:er best|gevoelsreflectie|0.99
p:er bij|ik-boodschap|-0.89
p:er de|ik-boodschap|-0.97
p:er door|gevoelsreflectie|0.92
p:er drie|ik-boodschap|0.96
p:er duidelijk|aanmoediging|0.92
p:er echt|ik-boodschap|-0.56
p:er echt|gevoelsreflectie|0.66
p:er echt|etiketteren|-1.0
p:er echt|geruststellen|0.52
p:er echt|bedanken|-0.99
p:er een|ik-boodschap|-0.41
p:er een|gevoelsreflectie|1.92
p:er een|moraliseren|0.94
p:er een|interpreteren|0.92
p:er eerlijk|gevoelsreflectie|-1.0
p:er elke|gevoelsreflectie|-1.0
p:er elke|adviseren|-1.0
p:er gebeurd|parafrase|0.93
p:er gebeurt|waarschuwen|0.92
p:er gebeurt|moraliseren|-0.98
p:er gebeurt|bekritiseren|-0.94
p:er gewoon|jij-boodschap|1.69
p:er gewoon|argumenteren|-0.96
p:er gewoon|bekritiseren|1.36
p:er gewoon|interpreteren|-0.92
p:er gewoon|geruststellen|-0.98
p:er helemaal|parafrase|-0.95
p:er helemaal|aanmoediging|-1.0
p:er iemand|ik-boodschap|0.97
p:er iets|vervolgafspraak|0.96
p:er in|ik-boodschap|0.85
p:er in|afleiden|0.99
p:er komt|ik-boodschap|0.98
p:er komt|argumenteren|-0.9
p:er komt|vervolgafspraak|-0.9
p:er kwaad|adviseren|-0.88
p:er leerlingen|ik-boodschap|-0.67
p:er maar|afleiden|-0.95
p:er moe|ik-boodschap|0.98
p:er moet|parafrase|-0.98
p:er niet|argumenteren|0.96
p:er niets|waarschuwen|0.94
p:er niets|bekritiseren|0.82
p:er niets|geruststellen|-0.67
p:er nog|ik-boodschap|-0.86
p:er nog|bekritiseren|0.95
p:er nooit|jij-boodschap|-1.89
p:er nooit|waarschuwen|-0.99
p:er nooit|bekritiseren|-0.61
p:er nooit|geruststellen|-1.0
p:er nooit|ondervragen|0.89
p:er nou|ik-boodschap|-1.0
p:er nou|samenvatting|-1.0
p:er nou|moraliseren|1.0
p:er nou|ondervragen|-1.0
p:er nu|afronding-aankondigen|0.99
p:er nu|vervolgafspraak|-0.99
p:er onrustig|open-vraag|-0.96
p:er ook|interpreteren|-0.99
p:er ook|vervolgafspraak|0.95
p:er precies|gevoelsreflectie|-0.99
p:er precies|open-vraag|1.0
p:er precies|afleiden|-0.99
p:er ruzie|samenvatting|0.99
p:er ruzie|open-vraag|-0.99
p:er samen|jij-boodschap|-0.91
p:er samen|afronding-aankondigen|-0.94
p:er steeds|ik-boodschap|0.86
p:er straks|ik-boodschap|0.62
p:er thuis|gevoelsreflectie|0.23
p:er thuis|open-vraag|1.0
p:er thuis|bekritiseren|0.88
p:er thuis|geruststellen|1.0
p:er toen|parafrase|1.0
p:er toen|samenvatting|-0.82
p:er toen|afronding-aankondigen|-1.0
p:er twee|samenvatting|0.95
p:er twee|vervolgafspraak|-0.95
p:er vandaag|ik-boodschap|-0.97
p:er vanuit|afronding-aankondigen|-0.94
p:er volgens|parafrase|-0.99
p:er volgens|gevoelsreflectie|-0.92
p:er voor|samenvatting|-0.96
p:er voor|waarschuwen|-0.96
p:er voor|afronding-aankondigen|0.96
p:er voor|vervolgafspraak|0.96
p:er voor|bedanken|0.96
p:er vooral|parafrase|1.0
p:er wakker|geruststellen|0.98
p:er waren|jij-boodschap|-0.97
p:er waren|bekritiseren|-0.97
p:er was|bekritiseren|-0.72
p:er weer|bekritiseren|-0.75
p:er zelf|jij-boodschap|0.8
p:erbij ?|afleiden|-0.97
p:erbij ?|bedanken|0.88
p:erbij ik|gevoelsreflectie|-0.79
p:erbij ik|samenvatting|-0.86
p:erg dan|geruststellen|0.99
p:erg gespannen|bekritiseren|-1.0
p:erg gespannen|vervolgafspraak|-1.0
p:erg hoor|geruststellen|0.83
p:erg hoor|afleiden|-0.77
p:erg jammer|ik-boodschap|-0.85
p:erg van|afleiden|-1.0
p:erom hij|bekritiseren|-0.99
p:erom hij|interpreteren|-0.99
p:erop dat|jij-boodschap|-0.98
p:erop dat|prijzen|0.98
p:erop dus|gevoelsreflectie|-1.0
p:erop dus|bevelen|-1.0
p:erop dus|geruststellen|-1.0
p:erop dus|afronding-aankondigen|1.0
p:erop dus|bedanken|0.93
p:erop neer|samenvatting|-0.97
p:erop neer|bekritiseren|0.99
p:eruit gekomen|samenvatting|0.94
p:eruit gekomen|vervolgafspraak|0.94
p:ervaart u|open-vraag|0.99
p:ervan dat|parafrase|-1.0
p:ervan dat|open-vraag|0.96
p:ervan maar|afleiden|0.94
p:ervan vindt|vervolgafspraak|0.88
p:ervaring als|prijzen|1.65
p:ervoor dat|bevelen|0.98
p:eva in|ik-boodschap|-0.93
p:evalueren we|vervolgafspraak|0.78
p:even bellen|vervolgafspraak|0.9
p:even bellen|bedanken|-0.89
p:even bij|vervolgafspraak|0.98
p:even checken|parafrase|0.86
p:even iets|afleiden|-0.81
p:even inhalen|moraliseren|-0.96
p:even kijken|vervolgafspraak|-1.78
p:even laten|afronding-aankondigen|-1.0
p:even liggen|bevelen|-0.98
p:even liggen|argumenteren|-0.98
p:even liggen|afleiden|0.9
p:even mijn|ik-boodschap|-0.96
p:even mijn|bevelen|0.9
p:even nadenken|aanmoediging|0.97
p:even niet|bevelen|-0.92
p:even op|jij-boodschap|-0.92
p:even op|gevoelsreflectie|-0.81
p:even op|adviseren|0.99
p:even op|bekritiseren|-0.37
p:even op|bedanken|-0.96
p:even over|afleiden|0.95
p:even overhoort|bevelen|-0.94
p:even samen|interpreteren|-0.85
p:even samengevat|parafrase|-0.82
p:even samengevat|samenvatting|0.97
p:even samengevat|argumenteren|-0.97
p:even samenvat|parafrase|-0.99
p:even samenvat|samenvatting|0.99
p:even samenvatten|parafrase|-0.93
p:even samenvatten|bedanken|0.96
p:even samenvattend|argumenteren|-0.7
p:even terug|parafrase|-0.9
p:even terug|samenvatting|0.9
p:even terug|vervolgafspraak|0.91
p:even uitpraten|bevelen|0.97
p:even zijn|adviseren|-0.83
p:even zijn|afleiden|-0.95
p:examen niet|geruststellen|-0.98
p:examenreglement is|argumenteren|0.97
p:examens gewoon|parafrase|-0.99
p:examens gewoon|geruststellen|0.99
p:excuses aan|bevelen|0.97
p:excuses aan|waarschuwen|-0.8
p:excuses aan|prijzen|-0.98
p:excuses aanbieden|bevelen|0.95
p:extra kans|samenvatting|0.98
p:extra opdracht|bevelen|-0.98
p:extra opdracht|prijzen|0.83
p:extra tijd|open-vraag|-0.9
p:extra uitdaging|interpreteren|0.99
p:extra uitdaging|geruststellen|-0.99
p:faalangst hebt|bekritiseren|-0.43
p:fatsoenlijk over|ik-boodschap|-1.0
p:fatsoenlijk over|samenvatting|-1.0
p:fatsoenlijk over|moraliseren|1.0
p:fatsoenlijk over|ondervragen|-1.0
p:feedback meer|open-vraag|0.93
p:feit dat|geruststellen|-0.94
p:feit is|argumenteren|0.96
p:feiten zijn|bevelen|-1.0
p:feiten zijn|argumenteren|1.0
p:feiten zijn|interpreteren|-1.0
p:feiten zijn|ondervragen|-1.0
p:fenna is|bekritiseren|-0.91
p:ff samen|adviseren|1.0
p:fiets komen|adviseren|0.81
p:fiets komen|ondervragen|-1.0
p:fiets ophaalt|bevelen|0.99
p:fijn bedankt|bekritiseren|1.83
p:fijn bedankt|bedanken|-0.93
p:fijn dat|jij-boodschap|0.86
p:fijn dat|bekritiseren|0.14
p:fijn dat|prijzen|-0.96
p:fijn gesprek|bekritiseren|-0.89
p:fijn gesprek|etiketteren|-0.93
p:fijn om|vervolgafspraak|-0.68
p:fijn vandaag|afleiden|0.73
p:fijn vindt|interpreteren|-0.85
p:fijne gesprek|afronding-aankondigen|-0.79
p:fijne ouder|jij-boodschap|-0.76
p:fijne ouder|vervolgafspraak|-0.95
p:fijne ouders|argumenteren|-1.0
p:fijne ouders|prijzen|1.0
p:fijne ouders|etiketteren|-1.0
p:finn kan|waarschuwen|-0.98
p:finn kan|prijzen|0.98
p:flauwgevallen in|ik-boodschap|0.98
p:fleur heeft|samenvatting|0.57
p:fleur met|samenvatting|-0.91
p:frans en|ik-boodschap|-0.99
p:frans over|parafrase|-0.96
p:frans over|samenvatting|0.71
p:frans over|vervolgafspraak|0.96
p:frans praat|ik-boodschap|-0.92
p:frans praat|samenvatting|0.92
p:frans wel|ik-boodschap|0.99
p:frustreert me|bedanken|-0.88
p:frustrerend is|jij-boodschap|-0.99
p:frustrerend is|gevoelsreflectie|0.99
p:ga er|vervolgafspraak|-0.99
p:ga het|vervolgafspraak|0.84
p:ga het|bedanken|-0.98
p:ga ik|bevelen|-0.92
p:ga ik|afleiden|0.95
p:ga je|open-vraag|-0.91
p:ga je|afleiden|0.91
p:ga nu|bevelen|0.98
p:ga nu|bedanken|0.93
p:ga straks|vervolgafspraak|-1.78
p:ga verder|samenvatting|-0.99
p:ga zitten|waarschuwen|0.9
p:ga zitten|geruststellen|-0.97
p:gaan ?|ondervragen|-0.94
p:gaan afronden|gevoelsreflectie|-1.0
p:gaan afronden|bevelen|-1.0
p:gaan afronden|geruststellen|-1.0
p:gaan afronden|vervolgafspraak|-0.83
p:gaan dan|prijzen|-0.96
p:gaan dan|geruststellen|0.66
p:gaan en|gevoelsreflectie|0.94
p:gaan jullie|afleiden|-0.99
p:gaan maar|jij-boodschap|0.98
p:gaan maar|samenvatting|-0.65
p:gaan maar|bekritiseren|0.98
p:gaan praten|ik-boodschap|-0.97
p:gaan praten|adviseren|0.96
p:gaan stoeien|ik-boodschap|0.97
p:gaan we|bedanken|-0.9
p:gaat ?|adviseren|0.68
p:gaat ?|bedanken|-0.89
p:gaat bedankt|bedanken|0.96
p:gaat dank|samenvatting|-0.78
p:gaat dat|open-vraag|0.96
p:gaat dat|bevelen|-0.96
p:gaat dat|geruststellen|0.59
p:gaat dat|afleiden|0.98
p:gaat die|parafrase|-0.99
p:gaat die|geruststellen|0.99
p:gaat echt|gevoelsreflectie|0.92
p:gaat echt|geruststellen|1.76
p:gaat eigenlijk|afleiden|-0.96
p:gaat elke|parafrase|-0.96
p:gaat elke|samenvatting|0.71
p:gaat elke|vervolgafspraak|0.96
p:gaat er|gevoelsreflectie|0.92
p:gaat eruit|geruststellen|-0.89
p:gaat halen|ik-boodschap|0.59
p:gaat halen|geruststellen|-0.98
p:gaat het|parafrase|-0.93
p:gaat het|gevoelsreflectie|-0.22
p:gaat het|samenvatting|0.92
p:gaat het|open-vraag|0.98
p:gaat het|aanmoediging|-0.96
p:gaat het|adviseren|-0.99
p:gaat het|bekritiseren|-0.97
p:gaat het|geruststellen|1.79
p:gaat het|afleiden|0.97
p:gaat het|vervolgafspraak|-0.96
p:gaat het|bedanken|-0.99
p:gaat hier|moraliseren|-0.94
p:gaat hij|open-vraag|-0.96
p:gaat je|bevelen|0.95
p:gaat mee|bevelen|-0.84
p:gaat morgen|bevelen|0.97
p:gaat morgen|waarschuwen|-0.8
p:gaat niet|open-vraag|-0.91
p:gaat niet|geruststellen|-1.0
p:gaat nu|geruststellen|-0.81
p:gaat om|ik-boodschap|-0.99
p:gaat om|jij-boodschap|-0.99
p:gaat om|gevoelsreflectie|-0.81
p:gaat om|open-vraag|-0.96
p:gaat om|waarschuwen|-0.99
p:gaat om|bekritiseren|-0.63
p:gaat over|open-vraag|0.94
p:gaat over|afleiden|-0.96
p:gaat slapen|gevoelsreflectie|-0.99
p:gaat sneller|geruststellen|1.0
p:gaat sofia|vervolgafspraak|-0.92
p:gaat thuis|geruststellen|-0.62
p:gaat tijdens|ik-boodschap|-0.96
p:gaat u|parafrase|1.0
p:gaat u|gevoelsreflectie|0.17
p:gaat u|waarschuwen|0.1
p:gaat vanaf|bevelen|-0.93
p:gaat vanmiddag|bevelen|1.66
p:gaat vanmiddag|etiketteren|-0.9
p:gaat vanmiddag|geruststellen|-0.86
p:gaat vanzelf|interpreteren|0.92
p:gaat vanzelf|geruststellen|0.9
p:gaat vanzelf|afleiden|-0.9
p:gaat vast|interpreteren|-0.99
p:gaat zitten|ik-boodschap|1.7
p:gaat zitten|gevoelsreflectie|-0.83
p:gaat zitten|samenvatting|-0.7
p:gaat zitten|open-vraag|-1.94
p:gaf aan|jij-boodschap|-0.97
p:gaf aan|bevelen|-0.9
p:gaf aan|bekritiseren|-0.97
p:gamen ?|jij-boodschap|0.87
p:gamen ?|parafrase|-0.99
p:gamen ?|samenvatting|-1.0
p:gamen ?|bevelen|-1.0
p:gamen ?|prijzen|-1.0
p:gamen ?|ondervragen|1.0
p:gamen terwijl|moraliseren|0.95
p:gamet als|jij-boodschap|0.99
p:gamet als|adviseren|0.99
p:gamet als|bekritiseren|0.99
p:gang gaan|bevelen|-0.86
p:gangpad staat|ik-boodschap|-0.67
p:gapen misschien|ik-boodschap|0.89
p:gapen misschien|adviseren|0.72
p:gaten hij|samenvatting|0.83
p:gaten hij|vervolgafspraak|0.9
p:gaten hij|bedanken|0.9
p:gaten houden|adviseren|-0.99
p:gebeld ?|bekritiseren|0.99
p:gebeld ?|ondervragen|0.99
p:gebeld hadden|bekritiseren|0.6
p:gebeld heeft|parafrase|0.97
p:gebeld over|parafrase|-0.91
p:gebeld over|samenvatting|-0.99
p:gebeld over|interpreteren|-0.99
p:gebeld over|vervolgafspraak|-0.99
p:gebeurd ?|gevoelsreflectie|1.0
p:gebeurd ?|open-vraag|1.0
p:gebeurd ?|geruststellen|1.0
p:gebeurd hoe|ik-boodschap|0.85
p:gebeurd in|open-vraag|1.0
p:gebeurd is|parafrase|0.93
p:gebeurde er|parafrase|-0.99
p:gebeurde er|gevoelsreflectie|-0.99
p:gebeurde er|afleiden|-0.99
p:gebeuren hoor|geruststellen|0.98
p:gebeurt als|waarschuwen|0.92
p:gebeurt als|moraliseren|-0.98
p:gebeurt als|bekritiseren|-0.94
p:gebeurt iedereen|geruststellen|0.83
p:gebeurt iedereen|afleiden|-0.77
p:gebeurt vooral|parafrase|-0.9
p:gebeurt vooral|samenvatting|0.9
p:gebouw al|afleiden|0.99
p:gebruiken ?|open-vraag|-0.94
p:gecontroleerd ?|geruststellen|-0.98
p:gedaan hebt|interpreteren|-1.0
p:gedaan met|geruststellen|-1.0
p:gedaan noor|prijzen|-0.98
p:gedacht om|adviseren|0.93
p:gedoe in|open-vraag|-0.97
p:gedoe in|geruststellen|-0.96
p:gedoe komt|open-vraag|-0.91
p:gedoe komt|afleiden|0.91
p:gedraagt tegenover|bevelen|-0.97
p:gedraagt zich|etiketteren|0.99
p:gedrag als|waarschuwen|0.99
p:gedrag in|argumenteren|-0.7
p:gedrag van|bekritiseren|-0.43
p:geeft aan|gevoelsreflectie|-0.91
p:geeft aan|bekritiseren|-0.97
p:geen antwoord|ik-boodschap|0.98
p:geen antwoord|argumenteren|-0.9
p:geen antwoord|vervolgafspraak|-0.9
p:geen cijfer|bekritiseren|-0.93
p:geen discussie|bevelen|0.99
p:geen drama|prijzen|-0.94
p:geen enkel|jij-boodschap|1.62
p:geen enkel|moraliseren|-0.93
p:geen enkel|bekritiseren|0.91
p:geen enkele|ik-boodschap|1.9
p:geen enkele|jij-boodschap|-1.9
p:geen enkele|bekritiseren|-1.9
p:geen extra|open-vraag|-0.9
p:geen feedback|open-vraag|0.93
p:geen goede|bekritiseren|1.0
p:geen handige|bekritiseren|0.88
p:geen herkansing|gevoelsreflectie|0.82
p:geen herkansing|argumenteren|0.97
p:geen herkansing|vervolgafspraak|0.95
p:geen idee|jij-boodschap|-0.91
p:geen idee|interpreteren|-1.0
p:geen manier|bekritiseren|0.72
p:geen paniek|geruststellen|0.57
p:geen probleem|prijzen|0.98
p:geen ramp|bekritiseren|-0.95
p:geen rapportcijfer|open-vraag|-0.99
p:geen rapportcijfer|bevelen|-0.99
p:geen telefoons|bevelen|0.91
p:geen toetsen|ik-boodschap|0.86
p:geen voldoende|argumenteren|0.91
p:geen voldoende|geruststellen|-1.0
p:geen voldoendes|argumenteren|0.96
p:geen werk|ondervragen|-0.97
p:geen zin|jij-boodschap|1.69
p:geen zin|gevoelsreflectie|-0.98
p:geen zin|argumenteren|-0.96
p:geen zin|bekritiseren|1.36
p:geen zin|geruststellen|-0.98
p:geen zorgen|ik-boodschap|-0.92
p:geen zorgen|open-vraag|1.0
p:geen zorgen|bevelen|-0.93
p:geen zorgen|adviseren|-1.0
p:geen zorgen|geruststellen|1.97
p:geen zorgen|afleiden|-1.98
p:gegaan ?|ik-boodschap|-0.89
p:gehad de|vervolgafspraak|-0.9
p:gehad dus|ik-boodschap|0.84
p:gehad dus|argumenteren|-0.84
p:gehad hebt|jij-boodschap|-0.85
p:gehad hebt|gevoelsreflectie|0.92
p:gehad over|jij-boodschap|-0.95
p:gehad over|gevoelsreflectie|-0.99
p:gehad over|samenvatting|0.99
p:gehad over|moraliseren|-0.99
p:gehad over|bekritiseren|-1.82
p:gehad over|afronding-aankondigen|-1.79
p:gehoord door|parafrase|-0.96
p:gek voor|argumenteren|-0.74
p:gekeken naar|jij-boodschap|0.98
p:gekeken naar|samenvatting|-0.65
p:gekeken naar|bekritiseren|0.98
p:gekomen bent|interpreteren|-0.9
p:gekomen deze|vervolgafspraak|-0.68
p:gekomen is|samenvatting|0.94
p:gekomen is|vervolgafspraak|0.94
p:gekozen als|open-vraag|-1.71
p:gekregen ?|ondervragen|-0.98
p:gekregen u|parafrase|-0.82
p:gekregen u|samenvatting|0.97
p:gekregen u|argumenteren|-0.97
p:gekwetst omdat|parafrase|0.96
p:gekwetst omdat|prijzen|-0.96
p:gelaten door|gevoelsreflectie|0.99
p:gelaten door|samenvatting|-0.76
p:geldt voor|ik-boodschap|-0.95
p:gelezen ?|ondervragen|0.91
p:gelezen en|jij-boodschap|0.96
p:gelezen en|gevoelsreflectie|-0.96
p:gelezen en|bekritiseren|0.76
p:gelijk en|parafrase|0.93
p:gelijk en|argumenteren|0.93
p:gelukt is|gevoelsreflectie|0.98
p:gemaakt dus|argumenteren|0.96
p:gemaakt maar|ik-boodschap|-0.97
p:gemaakt maar|parafrase|0.96
p:gemaakt maar|open-vraag|0.96
p:gemaakt maar|geruststellen|-0.97
p:gemaild en|jij-boodschap|0.44
p:gemeld ?|gevoelsreflectie|0.98
p:gemeld ?|bekritiseren|-0.99
p:gemeld ?|ondervragen|0.98
p:gemeld en|ik-boodschap|-0.86
p:gemeld en|bekritiseren|0.95
p:gemengde leerweg|adviseren|-0.93
p:gemiddeld een|argumenteren|0.97
p:gemiddeld zo|argumenteren|0.53
p:gemiddelde van|argumenteren|1.0
p:gemiddelde voor|ik-boodschap|0.98
p:gemiddelde voor|jij-boodschap|-0.98
p:gemiddelde voor|bekritiseren|-0.98
p:gemist als|bekritiseren|-0.99
p:gemist en|open-vraag|-0.99
p:gemist en|bevelen|-0.99
p:gemist ik|jij-boodschap|-1.0
p:gemist ik|waarschuwen|-1.0
p:gemist ik|etiketteren|-1.0
p:gemist waardoor|ik-boodschap|0.96
p:gemotiveerd meneer|jij-boodschap|0.59
p:genegeerd voelt|samenvatting|-0.94
p:genoeg daarover|open-vraag|-0.97
p:genomen gaat|aanmoediging|-0.96
p:genomen gaat|vervolgafspraak|-0.96
p:genomen om|jij-boodschap|0.44
p:gepest bent|interpreteren|0.95
p:gepest werd|afleiden|-1.0
p:gepest wordt|interpreteren|0.85
p:gepest wordt|geruststellen|-0.98
p:gepraat over|samenvatting|0.98
p:gepraat over|afronding-aankondigen|0.89
p:geprobeerd om|bekritiseren|-0.9
p:geraakt dat|ik-boodschap|0.91
p:geraakt dat|open-vraag|0.91
p:geraakt neem|aanmoediging|0.92
p:gerust de|aanmoediging|0.92
p:gerust de|geruststellen|0.97
p:gerust een|geruststellen|-0.96
p:gerust wat|adviseren|0.87
p:gerust wat|geruststellen|1.0
p:geschiedenis dat|geruststellen|-1.0
p:geschrokken bent|argumenteren|0.94
p:geschrokken bent|afleiden|-0.94
p:geschrokken bent|bedanken|-0.99
p:geschrokken van|ik-boodschap|0.85
p:gesprek afsluiten|samenvatting|0.98
p:gesprek afsluiten|afronding-aankondigen|0.89
p:gesprek graag|adviseren|-0.99
p:gesprek hier|samenvatting|0.83
p:gesprek hier|afleiden|-0.93
p:gesprek hier|afronding-aankondigen|1.81
p:gesprek hier|bedanken|0.9
p:gesprek hierbij|afronding-aankondigen|0.95
p:gesprek in|gevoelsreflectie|0.82
p:gesprek in|vervolgafspraak|0.95
p:gesprek met|samenvatting|-0.86
p:gesprek met|afronding-aankondigen|-0.94
p:gesprek met|vervolgafspraak|0.95
p:gesprek nu|samenvatting|0.57
p:gesprek nu|vervolgafspraak|-0.13
p:gesprek nu|bedanken|-0.98
p:gesprek opstaat|ik-boodschap|0.78
p:gesprek plannen|jij-boodschap|-1.89
p:gesprek plannen|bekritiseren|-0.61
p:gesprek plannen|geruststellen|-1.0
p:gesprek plannen|ondervragen|0.89
p:gesprek steeds|afronding-aankondigen|-0.99
p:gesprek via|gevoelsreflectie|-1.0
p:gesprek voor|bedanken|-0.88
p:gesprek was|bekritiseren|-0.89
p:gesprek was|etiketteren|-0.93
p:gesprek we|afronding-aankondigen|0.93
p:gesproken ?|open-vraag|-1.0
p:gesproken wat|etiketteren|-1.0
p:gestuurd je|open-vraag|0.83
p:geven van|moraliseren|-1.0
p:geven van|argumenteren|-1.0
p:gevoel dat|geruststellen|-0.98
p:gevoel dat|afronding-aankondigen|-0.99
p:gevoel heeft|gevoelsreflectie|-0.94
p:gevolgen hebben|moraliseren|0.94
p:gewaarschuwd bij|waarschuwen|0.99
p:gewaarschuwd bij|geruststellen|-0.99
p:gewaarschuwd bij|afleiden|-0.99
p:geweest dus|jij-boodschap|-0.98
p:geweest dus|prijzen|0.98
p:geweest ik|parafrase|-1.0
p:geweest ik|aanmoediging|1.0
p:geweest zijn|gevoelsreflectie|0.76
p:geweest zijn|samenvatting|-0.98
p:geweldige inzet|bekritiseren|1.64
p:geweldige inzet|bedanken|-1.81
p:geweldige medewerking|bekritiseren|1.83
p:geweldige medewerking|bedanken|-0.93
p:geweldige moeder|moraliseren|-0.94
p:gewend op|geruststellen|1.64
p:gewerkt dit|bekritiseren|-0.91
p:gewerkt vandaag|afronding-aankondigen|-0.95
p:gewogen gemiddeld|argumenteren|0.53
p:gewond raken|ik-boodschap|0.97
p:gewoon aan|interpreteren|1.0
p:gewoon aan|afleiden|-0.91
p:gewoon aandacht|parafrase|-1.0
p:gewoon aandacht|waarschuwen|-1.0
p:gewoon aandacht|adviseren|-1.0
p:gewoon aandacht|bekritiseren|-1.0
p:gewoon aandacht|interpreteren|1.0
p:gewoon af|moraliseren|0.99
p:gewoon beter|adviseren|-0.99
p:gewoon bewezen|argumenteren|1.0
p:gewoon bij|moraliseren|-0.93
p:gewoon brutaal|etiketteren|-0.78
p:gewoon dat|argumenteren|0.81
p:gewoon doordat|bekritiseren|-0.43
p:gewoon een|jij-boodschap|1.0
p:gewoon een|moraliseren|-0.99
p:gewoon een|argumenteren|-1.87
p:gewoon een|bekritiseren|-1.91
p:gewoon een|etiketteren|1.0
p:gewoon een|geruststellen|0.93
p:gewoon eerder|bekritiseren|0.61
p:gewoon eerlijk|parafrase|-0.99
p:gewoon eerlijk|gevoelsreflectie|0.99
p:gewoon eerlijk|bevelen|-0.99
p:gewoon eerlijk|moraliseren|0.99
p:gewoon eerlijk|adviseren|0.99
p:gewoon elf|parafrase|0.93
p:gewoon elf|argumenteren|0.93
p:gewoon even|afleiden|0.95
p:gewoon geen|jij-boodschap|1.69
p:gewoon geen|argumenteren|-0.96
p:gewoon geen|bekritiseren|1.36
p:gewoon geen|interpreteren|-0.92
p:gewoon geen|geruststellen|-0.98
p:gewoon halen|parafrase|-0.99
p:gewoon halen|geruststellen|0.99
p:gewoon in|jij-boodschap|-0.57
p:gewoon in|samenvatting|-0.95
p:gewoon in|argumenteren|0.59
p:gewoon jaloers|ik-boodschap|-0.93
p:gewoon jaloers|jij-boodschap|-0.83
p:gewoon jaloers|prijzen|-0.98
p:gewoon jaloers|interpreteren|0.98
p:gewoon je|jij-boodschap|1.57
p:gewoon je|samenvatting|-0.57
p:gewoon je|bevelen|-0.93
p:gewoon je|bekritiseren|0.57
p:gewoon laten|jij-boodschap|0.98
p:gewoon leert|parafrase|1.0
p:gewoon leert|gevoelsreflectie|-1.0
p:gewoon lui|etiketteren|0.96
p:gewoon maar|bevelen|-0.86
p:gewoon met|adviseren|0.96
p:gewoon met|ondervragen|-0.94
p:gewoon moe|samenvatting|-0.91
p:gewoon moeilijk|interpreteren|1.0
p:gewoon naar|bevelen|1.66
p:gewoon naar|etiketteren|-0.9
p:gewoon naar|geruststellen|-0.86
p:gewoon niet|jij-boodschap|-2.51
p:gewoon niet|moraliseren|0.69
p:gewoon niet|argumenteren|0.21
p:gewoon niet|bekritiseren|-2.64
p:gewoon niet|etiketteren|-0.99
p:gewoon niet|interpreteren|0.92
p:gewoon nooit|jij-boodschap|0.97
p:gewoon omdat|interpreteren|0.99
p:gewoon omdat|geruststellen|-0.99
p:gewoon onvoldoende|argumenteren|1.0
p:gewoon op|jij-boodschap|-0.99
p:gewoon op|argumenteren|0.14
p:gewoon op|geruststellen|0.99
p:gewoon op|ondervragen|-1.0
p:gewoon schandalig|jij-boodschap|-0.98
p:gewoon schandalig|bekritiseren|0.82
p:gewoon schandalig|interpreteren|-0.98
p:gewoon te|jij-boodschap|-0.87
p:gewoon te|adviseren|0.12
p:gewoon te|etiketteren|0.84
p:gewoon te|interpreteren|-0.96
p:gewoon verwend|jij-boodschap|0.81
p:gewoon wat|prijzen|0.85
p:gewoon weg|bekritiseren|1.0
p:gewoon weg|prijzen|-1.0
p:gewoon wegzetten|jij-boodschap|0.99
p:gewoon wegzetten|adviseren|0.99
p:gewoon wegzetten|bekritiseren|0.99
p:gewoon zo|waarschuwen|-0.98
p:gewoon zo|moraliseren|0.96
p:gewoon zo|interpreteren|-0.96
p:geworden ?|ondervragen|-0.99
p:geworden door|etiketteren|0.96
p:gezegd ?|waarschuwen|-1.0
p:gezegd ?|ondervragen|1.0
p:gezegd dat|interpreteren|-0.92
p:gezegd een|gevoelsreflectie|-1.0
p:gezegd stelt|jij-boodschap|0.94
p:gezegd stelt|bekritiseren|0.94
p:gezegd stelt|vervolgafspraak|-0.85
p:gezegd vind|moraliseren|0.98
p:gezegd vind|bekritiseren|-0.89
p:gezegd zorgen|ik-boodschap|-0.98
p:gezien ?|afleiden|0.99
p:gezien dat|jij-boodschap|-0.98
p:gezien dat|bekritiseren|-0.98
p:gezien' ?|parafrase|-1.0
p:gezien' ?|bekritiseren|-1.0
p:gezien' ?|ondervragen|-1.0
p:gijs zijn|ik-boodschap|0.93
p:gijs zijn|waarschuwen|-0.93
p:gijs zijn|vervolgafspraak|-0.93
p:ging en|vervolgafspraak|-1.0
p:ging het|samenvatting|-0.97
p:gisteren de|ik-boodschap|0.87
p:gisteren de|parafrase|-1.0
p:gisteren de|gevoelsreflectie|-0.84
p:gisteren de|samenvatting|-0.97
p:gisteren een|vervolgafspraak|-0.94
p:gisteren met|ik-boodschap|0.91
p:gisteren met|open-vraag|0.91
p:gisteren niet|ondervragen|0.99
p:gisteren nog|open-vraag|-1.0
p:gisteren uit|ik-boodschap|0.97
p:goed ?|parafrase|0.97
p:goed als|waarschuwen|-0.95
p:goed begrijp|ik-boodschap|-2.72
p:goed begrijp|parafrase|0.95
p:goed begrijp|gevoelsreflectie|-0.84
p:goed begrijp|samenvatting|-0.95
p:goed begrijp|open-vraag|0.94
p:goed begrijp|aanmoediging|-0.92
p:goed begrijp|waarschuwen|-0.85
p:goed begrijp|prijzen|-0.82
p:goed begrijp|vervolgafspraak|-0.95
p:goed begrijpen|geruststellen|-0.92
p:goed bijhoudt|adviseren|-0.83
p:goed bijhoudt|afleiden|-0.95
p:goed dan|bedanken|-0.9
p:goed dat|gevoelsreflectie|-0.99
p:goed dat|bedanken|0.99
p:goed doet|bekritiseren|-0.91
p:goed gaat|afleiden|0.99
p:goed gedaan|geruststellen|-1.0
p:goed gewerkt|afronding-aankondigen|-0.95
p:goed heb|parafrase|0.91
p:goed hebt|bekritiseren|-0.65
p:goed heeft|jij-boodschap|-0.93
p:goed hoe|parafrase|-0.93
p:goed hoe|samenvatting|0.88
p:goed hoe|open-vraag|-1.84
p:goed hoe|geruststellen|0.99
p:goed hoe|afleiden|1.87
p:goed hoor|gevoelsreflectie|1.78
p:goed hoor|geruststellen|0.78
p:goed idee|adviseren|0.84
p:goed iets|afleiden|0.82
p:goed in|parafrase|-0.91
p:goed in|geruststellen|0.97
p:goed is|afronding-aankondigen|0.99
p:goed komen|prijzen|-0.99
p:goed komen|interpreteren|-0.99
p:goed laten|afleiden|-0.93
p:goed maar|geruststellen|-0.62
p:goed mee|prijzen|0.98
p:goed met|adviseren|0.19
p:goed met|bekritiseren|-0.97
p:goed met|afleiden|-0.97
p:goed op|gevoelsreflectie|-0.98
p:goed op|samenvatting|0.98
p:goed op|adviseren|-0.97
p:goed op|prijzen|1.0
p:goed snap|parafrase|1.0
p:goed snap|samenvatting|-0.87
p:goed te|jij-boodschap|0.98
p:goed te|samenvatting|-0.65
p:goed te|bekritiseren|0.98
p:goed verder|afronding-aankondigen|1.0
p:goed volg|parafrase|0.99
p:goede moeder|adviseren|-1.0
p:goede moeder|prijzen|1.0
p:goede ouder|moraliseren|0.99
p:goede ouder|geruststellen|-0.96
p:goede ouder|ondervragen|-0.99
p:goede reactie|bekritiseren|1.0
p:goede tip|etiketteren|-0.84
p:goede voorbeeld|moraliseren|1.0
p:goede voorbeeld|adviseren|-1.91
p:goedemiddag fijn|prijzen|-0.96
p:goedemiddag fijn|bedanken|-0.92
p:graag afsluiten|bedanken|-0.98
p:graag een|parafrase|-0.93
p:graag een|gevoelsreflectie|-0.79
p:graag een|samenvatting|-0.86
p:graag iets|open-vraag|0.97
p:graag mee|ondervragen|-0.99
p:graag willen|adviseren|-0.99
p:graag zien|parafrase|0.91
p:grammatica overslaat|ik-boodschap|0.99
p:grapjes maakt|ik-boodschap|-0.73
p:grapjes maakt|interpreteren|0.96
p:grenzen hoort|moraliseren|0.95
p:grijpen thuis|jij-boodschap|0.99
p:grijpen thuis|adviseren|0.99
p:grijpen thuis|bekritiseren|0.99
p:groep 8|afleiden|0.95
p:groep de|open-vraag|-0.96
p:groepje mag|afleiden|-0.91
p:groepsapp om|samenvatting|0.98
p:groepsapp om|open-vraag|0.98
p:groepsapp stelt|geruststellen|-0.96
p:groepsopdracht steeds|ik-boodschap|0.7
p:groepsopdracht steeds|gevoelsreflectie|-0.83
p:groepsopdracht steeds|samenvatting|-0.7
p:groepsopdracht steeds|open-vraag|-0.94
p:grote held|aanmoediging|-0.9
p:grote held|etiketteren|0.9
p:grote zorgen|geruststellen|-1.0
p:gymdocent gaf|jij-boodschap|-0.97
p:gymdocent gaf|bekritiseren|-0.97
p:gymles is|ik-boodschap|0.85
p:gymles te|gevoelsreflectie|0.94
p:gymtas thuis|open-vraag|-0.87
p:haal de|bekritiseren|-0.99
p:haal hem|waarschuwen|-0.95
p:haal je|ik-boodschap|0.97
p:haalde gemiddeld|argumenteren|0.97
p:haalt die|geruststellen|1.84
p:haalt geen|argumenteren|0.91
p:haalt geen|geruststellen|-1.0
p:haalt het|geruststellen|0.81
p:haalt hij|waarschuwen|0.79
p:haalt hij|geruststellen|0.96
p:haalt lage|samenvatting|0.69
p:haalt wel|etiketteren|-0.96
p:haalt wel|afleiden|0.96
p:haalt weleens|prijzen|-0.94
p:haalt ze|geruststellen|-0.76
p:haar ?|ik-boodschap|0.85
p:haar agenda|adviseren|0.84
p:haar cijfer|ik-boodschap|0.96
p:haar cijfers|samenvatting|0.99
p:haar cijfers|open-vraag|-0.99
p:haar diploma|jij-boodschap|-0.99
p:haar diploma|geruststellen|0.23
p:haar een|ik-boodschap|-0.83
p:haar en|ik-boodschap|-0.64
p:haar en|open-vraag|1.0
p:haar geen|open-vraag|-0.99
p:haar geen|bevelen|-0.99
p:haar hoofd|samenvatting|-0.91
p:haar hoor|geruststellen|-1.0
p:haar huiswerk|jij-boodschap|1.0
p:haar huiswerk|open-vraag|0.97
p:haar huiswerk|etiketteren|-1.0
p:haar in|open-vraag|0.97
p:haar klasgenoten|ik-boodschap|1.0
p:haar klasgenoten|open-vraag|-1.0
p:haar koptelefoon|moraliseren|-0.96
p:haar mentor|vervolgafspraak|-0.95
p:haar naar|ik-boodschap|0.96
p:haar naar|prijzen|-0.96
p:haar naar|geruststellen|0.66
p:haar oude|interpreteren|0.92
p:haar oude|geruststellen|0.9
p:haar slaap|open-vraag|0.94
p:haar spullen|ik-boodschap|0.92
p:haar stiefvader|ik-boodschap|-0.64
p:haar stiefvader|open-vraag|1.0
p:haar telefoon|ik-boodschap|1.0
p:haar telefoon|adviseren|0.19
p:haar toekomst|interpreteren|-0.92
p:haar toetsen|gevoelsreflectie|-0.99
p:haar vriendinnen|ik-boodschap|-0.93
p:haar zeggen|parafrase|-0.99
p:haar zeggen|gevoelsreflectie|0.99
p:haar zeggen|adviseren|0.99
p:haar zo|interpreteren|0.95
p:haar zus|ondervragen|-0.98
p:haar zusje|ik-boodschap|-0.93
p:had als|moraliseren|0.99
p:had gebeld|parafrase|-0.91
p:had gebeld|bekritiseren|0.6
p:had gemaakt|ik-boodschap|-0.97
p:had gemaakt|parafrase|0.96
p:had gemaakt|open-vraag|0.96
p:had gemaakt|geruststellen|-0.97
p:had gewoon|parafrase|0.93
p:had gewoon|argumenteren|0.93
p:had gisteren|vervolgafspraak|-0.94
p:had je|parafrase|1.0
p:had je|samenvatting|-0.87
p:had je|moraliseren|-1.0
p:had je|etiketteren|-1.0
p:had meer|samenvatting|-0.98
p:had meer|aanmoediging|-0.98
p:had u|bekritiseren|-0.1
p:had verwacht|gevoelsreflectie|0.17
p:had verwacht|open-vraag|-0.94
p:hadden we|bekritiseren|0.6
p:haha ja|afleiden|0.97
p:halen als|waarschuwen|-0.98
p:halen als|prijzen|0.98
p:halen let|parafrase|-0.99
p:halen let|geruststellen|0.99
p:half een|samenvatting|-0.96
p:half een|waarschuwen|-0.96
p:half een|afronding-aankondigen|0.96
p:half een|vervolgafspraak|0.96
p:half een|bedanken|0.96
p:half negen|samenvatting|0.83
p:half negen|bevelen|0.98
p:half negen|vervolgafspraak|0.9
p:half negen|bedanken|0.9
p:halverwege het|ik-boodschap|0.78
p:hand ?|open-vraag|0.96
p:hand hoor|bekritiseren|-0.69
p:hand is|bekritiseren|0.82
p:hand is|geruststellen|-0.67
p:handen thuis|bevelen|1.0
p:handige keuze|bekritiseren|0.88
p:hard aan|jij-boodschap|-0.91
p:hard gewerkt|bekritiseren|-0.91
p:hard werkt|gevoelsreflectie|-0.99
p:hartelijk dank|bedanken|0.93
p:havo kosten|waarschuwen|1.52
p:he maar|afleiden|0.97
p:heb alle|aanmoediging|0.76
p:heb geen|interpreteren|-1.0
p:heb gemeld|ik-boodschap|-0.86
p:heb gemeld|bekritiseren|0.95
p:heb gestuurd|bekritiseren|-0.93
p:heb gezien|jij-boodschap|-0.98
p:heb gezien|bekritiseren|-0.98
p:heb het|ik-boodschap|-0.73
p:heb het|aanmoediging|-0.52
p:heb het|argumenteren|0.94
p:heb het|interpreteren|1.96
p:heb ik|ik-boodschap|0.93
p:heb ik|waarschuwen|-1.8
p:heb ik|bekritiseren|-0.93
p:heb ik|afronding-aankondigen|-0.99
p:heb je|samenvatting|-0.99
p:heb je|open-vraag|-0.71
p:heb je|waarschuwen|-0.99
p:heb je|moraliseren|0.8
p:heb je|argumenteren|-0.8
p:heb je|geruststellen|-1.0
p:heb niet|interpreteren|-0.92
p:heb u|jij-boodschap|0.44
p:heb u|etiketteren|-0.9
p:heb uw|jij-boodschap|0.96
p:heb uw|gevoelsreflectie|-0.96
p:heb uw|bekritiseren|0.76
p:heb vindt|parafrase|0.91
p:hebben als|moraliseren|0.94
p:hebben besloten|adviseren|-0.99
p:hebben daar|samenvatting|-0.97
p:hebben daar|etiketteren|-0.79
p:hebben daar|afleiden|0.97
p:hebben de|afronding-aankondigen|0.95
p:hebben een|samenvatting|-0.95
p:hebben een|geruststellen|0.96
p:hebben een|afleiden|-0.95
p:hebben er|jij-boodschap|-0.91
p:hebben geen|jij-boodschap|-0.91
p:hebben gepraat|samenvatting|0.98
p:hebben gepraat|afronding-aankondigen|0.89
p:hebben het|jij-boodschap|-0.95
p:hebben het|gevoelsreflectie|-0.99
p:hebben het|samenvatting|0.99
p:hebben het|waarschuwen|-0.99
p:hebben het|moraliseren|-0.99
p:hebben het|bekritiseren|-1.82
p:hebben het|afronding-aankondigen|-1.79
p:hebben het|vervolgafspraak|-0.9
p:hebben in|vervolgafspraak|-0.96
p:hebben je|jij-boodschap|0.93
p:hebben nu|ik-boodschap|-0.99
p:hebben nu|samenvatting|0.99
p:hebben nu|open-vraag|-0.82
p:hebben nu|moraliseren|0.91
p:hebben nu|afronding-aankondigen|-0.89
p:hebben over|samenvatting|-0.99
p:hebben over|afleiden|-0.99
p:hebben vandaag|etiketteren|-0.86
p:hebben vorige|jij-boodschap|0.98
p:hebben vorige|samenvatting|-0.65
p:hebben vorige|bekritiseren|0.98
p:hebben wat|argumenteren|-0.91
p:hebben wat|afleiden|0.94
p:hebben we|aanmoediging|-0.9
p:hebben we|etiketteren|0.9
p:hebben we|afleiden|0.92
p:hebben ze|bevelen|-1.0
p:hebben ze|geruststellen|-1.0
p:hebben ze|afleiden|1.0
p:hebt bo|bekritiseren|-0.43
p:hebt de|ik-boodschap|0.84
p:hebt de|argumenteren|-0.84
p:hebt deze|gevoelsreflectie|-0.74
p:hebt deze|argumenteren|-0.86
p:hebt echt|bekritiseren|-0.91
p:hebt een|waarschuwen|0.96
p:hebt er|geruststellen|-0.98
p:hebt gedaan|prijzen|-0.98
p:hebt geslagen|waarschuwen|-0.98
p:hebt goed|afronding-aankondigen|-0.95
p:hebt het|bekritiseren|0.98
p:hebt in|interpreteren|0.98
p:hebt je|ik-boodschap|0.97
p:hebt met|jij-boodschap|-0.85
p:hebt met|gevoelsreflectie|0.92
p:hebt morgen|bevelen|-0.95
p:hebt nergens|jij-boodschap|0.91
p:hebt nergens|samenvatting|-0.91
p:hebt nergens|bekritiseren|0.91
p:hebt sinds|jij-boodschap|-1.0
p:hebt sinds|waarschuwen|-1.0
p:hebt sinds|etiketteren|-1.0
p:hebt uitgelachen|ik-boodschap|0.94
p:hebt uitgelachen|gevoelsreflectie|-0.94
p:hebt voorbereid|bekritiseren|1.73
p:heeft aangepakt|jij-boodschap|-0.93
p:heeft begrijp|parafrase|0.97
p:heeft dat|gevoelsreflectie|-0.94
p:heeft dat|geruststellen|0.72
p:heeft dat|afleiden|-0.9
p:heeft de|ik-boodschap|0.96
p:heeft de|parafrase|-0.82
p:heeft de|gevoelsreflectie|-1.0
p:heeft de|samenvatting|0.97
p:heeft de|argumenteren|-0.97
p:heeft de|bekritiseren|0.97
p:heeft die|jij-boodschap|0.98
p:heeft een|etiketteren|-0.94
p:heeft er|argumenteren|-0.96
p:heeft er|bekritiseren|-0.75
p:heeft gebeld|bekritiseren|-0.92
p:heeft geen|jij-boodschap|0.71
p:heeft geen|moraliseren|-0.93
p:heeft geen|bekritiseren|0.93
p:heeft gehouden|gevoelsreflectie|0.84
p:heeft gemaakt|argumenteren|0.96
p:heeft haar|jij-boodschap|-0.99
p:heeft haar|geruststellen|0.99
p:heeft hem|jij-boodschap|-0.65
p:heeft hem|bekritiseren|-0.53
p:heeft het|argumenteren|0.53
p:heeft het|geruststellen|-0.98
p:heeft hij|open-vraag|-0.96
p:heeft hij|waarschuwen|-1.0
p:heeft hij|ondervragen|1.0
p:heeft hoort|moraliseren|-0.96
p:heeft iedereen|samenvatting|-0.95
p:heeft iedereen|argumenteren|0.59
p:heeft in|gevoelsreflectie|-0.98
p:heeft ingeleverd|ik-boodschap|0.98
p:heeft ingeleverd|jij-boodschap|-0.98
p:heeft ingeleverd|bekritiseren|-0.98
p:heeft ingelicht|gevoelsreflectie|0.77
p:heeft kan|waarschuwen|-0.97
p:heeft kan|vervolgafspraak|0.9
p:heeft me|ik-boodschap|0.91
p:heeft me|open-vraag|0.91
p:heeft meer|parafrase|-0.99
p:heeft meer|samenvatting|0.99
p:heeft moeite|samenvatting|0.57
p:heeft moeite|geruststellen|-0.91
p:heeft naar|interpreteren|0.92
p:heeft naar|geruststellen|0.9
p:heeft niemand|samenvatting|-0.99
p:heeft niemand|interpreteren|-0.99
p:heeft niemand|vervolgafspraak|-0.99
p:heeft nooit|jij-boodschap|0.44
p:heeft noor|vervolgafspraak|-0.95
p:heeft nu|bekritiseren|-0.99
p:heeft ondernomen|jij-boodschap|1.0
p:heeft ondernomen|bekritiseren|1.0
p:heeft ondernomen|ondervragen|-0.89
p:heeft op|jij-boodschap|0.91
p:heeft op|bekritiseren|0.91
p:heeft opgelet|bekritiseren|1.72
p:heeft overal|jij-boodschap|0.93
p:heeft overal|samenvatting|-0.93
p:heeft overal|bekritiseren|1.44
p:heeft sinds|ik-boodschap|0.92
p:heeft sinds|jij-boodschap|-0.92
p:heeft sinds|bekritiseren|-0.92
p:heeft teruggebeld|jij-boodschap|-0.99
p:heeft teruggebeld|gevoelsreflectie|0.99
p:heeft ties|open-vraag|0.99
p:heeft twee|open-vraag|-0.99
p:heeft twee|bevelen|-0.99
p:heeft u|ik-boodschap|-1.79
p:heeft u|parafrase|0.95
p:heeft u|gevoelsreflectie|0.98
p:heeft u|open-vraag|-1.0
p:heeft u|aanmoediging|-0.95
p:heeft u|bekritiseren|-0.9
p:heeft u|prijzen|-0.82
p:heeft u|geruststellen|-0.98
p:heeft u|ondervragen|1.97
p:heeft u|afleiden|0.99
p:heeft u|vervolgafspraak|-1.0
p:heeft veel|jij-boodschap|-0.97
p:heeft veertien|argumenteren|1.0
p:heeft veertien|interpreteren|-1.0
p:heeft veertien|ondervragen|-1.0
p:heeft voor|argumenteren|-0.67
p:heeft weinig|samenvatting|0.69
p:heeft ze|samenvatting|-0.97
p:heeft ze|open-vraag|-0.98
p:heeft ze|afleiden|-0.98
p:heeft zich|bekritiseren|-0.93
p:heel alleen|gevoelsreflectie|0.81
p:heel alleen|bekritiseren|-0.91
p:heel behulpzaam|bekritiseren|1.73
p:heel behulpzaam|vervolgafspraak|-0.95
p:heel behulpzaam|bedanken|-1.76
p:heel consequent|etiketteren|-0.9
p:heel duidelijk|argumenteren|1.0
p:heel goed|geruststellen|-0.71
p:heel grappig|etiketteren|1.0
p:heel hoofdstuk|waarschuwen|-0.71
p:heel machteloos|gevoelsreflectie|0.91
p:heel normaal|bekritiseren|-0.94
p:heel normaal|geruststellen|0.96
p:heel onbeleefd|bevelen|-0.97
p:heel onhandig|bekritiseren|0.99
p:heel onhandig|ondervragen|0.99
p:heel simpel|argumenteren|0.91
p:heel slim|etiketteren|1.81
p:heel veel|ik-boodschap|0.96
p:heel veel|etiketteren|-0.79
p:heel veel|geruststellen|0.57
p:heel verdrietig|parafrase|-1.0
p:heel verdrietig|aanmoediging|1.0
p:heen ?|gevoelsreflectie|0.92
p:heen dus|vervolgafspraak|0.15
p:heen dus|bedanken|0.99
p:heen praat|waarschuwen|-0.98
p:heft zich|waarschuwen|-0.99
p:heimwee heeft|interpreteren|0.92
p:heimwee heeft|geruststellen|0.9
p:hek afzet|bevelen|0.95
p:held weer|aanmoediging|-0.9
p:held weer|etiketteren|0.9
p:hele groep|open-vraag|-0.96
p:hele klas|ik-boodschap|0.87
p:hele klas|gevoelsreflectie|-0.84
p:hele klas|samenvatting|-0.97
p:hele klas|argumenteren|0.93
p:hele probleem|waarschuwen|-0.99
p:hele project|bekritiseren|0.98
p:hele sectie|etiketteren|0.9
p:hele tijd|ik-boodschap|-0.99
p:hele tijd|bevelen|0.93
p:hele tijd|bekritiseren|0.94
p:hele verhaal|jij-boodschap|0.59
p:hele week|vervolgafspraak|-1.0
p:helemaal beter|bekritiseren|-0.81
p:helemaal beter|geruststellen|-0.94
p:helemaal dichtklapt|parafrase|0.99
p:helemaal gehad|jij-boodschap|-0.85
p:helemaal gehad|gevoelsreflectie|0.92
p:helemaal gewend|geruststellen|1.64
p:helemaal kapot|aanmoediging|-1.0
p:helemaal klaar|parafrase|-0.95
p:helemaal niet|afleiden|-0.96
p:helemaal oké|jij-boodschap|0.95
p:helpen en|open-vraag|0.97
p:helpen met|prijzen|0.11
p:helpen met|etiketteren|-0.96
p:helpen om|gevoelsreflectie|-0.74
p:helpen om|adviseren|1.0
p:helpt vaak|adviseren|0.99
p:hem ?|parafrase|1.0
p:hem ?|gevoelsreflectie|0.76
p:hem ?|samenvatting|-1.8
p:hem ?|afronding-aankondigen|-1.0
p:hem ?|bedanken|-0.99
p:hem af|ik-boodschap|-0.98
p:hem af|waarschuwen|0.98
p:hem afspreekt|adviseren|0.68
p:hem als|waarschuwen|0.94
p:hem bespreken|ik-boodschap|0.93
p:hem bespreken|waarschuwen|-0.93
p:hem bespreken|vervolgafspraak|-0.93
p:hem dan|bekritiseren|0.99
p:hem dan|ondervragen|0.99
p:hem de|adviseren|0.99
p:hem een|waarschuwen|-0.95
p:hem een|interpreteren|-0.99
p:hem een|vervolgafspraak|0.96
p:hem elke|bevelen|-0.94
p:hem geen|open-vraag|0.93
p:hem gerust|adviseren|0.87
p:hem gerust|geruststellen|1.0
p:hem gewoon|adviseren|-0.78
p:hem gewoon|argumenteren|0.98
p:hem gewoon|prijzen|0.85
p:hem gisteren|open-vraag|-1.0
p:hem goed|geruststellen|0.97
p:hem helpen|prijzen|0.96
p:hem helpen|etiketteren|-0.96
p:hem in|bevelen|0.9
p:hem in|afleiden|-0.91
p:hem kunnen|prijzen|-0.85
p:hem laten|adviseren|-0.84
p:hem los|interpreteren|1.0
p:hem maar|bevelen|0.84
p:hem maar|bekritiseren|-0.85
p:hem mee|gevoelsreflectie|-0.74
p:hem mee|waarschuwen|-0.9
p:hem minder|adviseren|0.91
p:hem morgen|jij-boodschap|-1.0
p:hem morgen|bevelen|1.0
p:hem morgen|moraliseren|-1.0
p:hem morgen|argumenteren|-0.84
p:hem morgen|etiketteren|-1.0
p:hem morgen|interpreteren|-1.0
p:hem naar|adviseren|-0.86
p:hem niet|ik-boodschap|-0.97
p:hem niet|adviseren|-0.15
p:hem niet|bekritiseren|0.61
p:hem niet|geruststellen|-0.97
p:hem niet|ondervragen|-1.94
p:hem nog|bevelen|0.9
p:hem om|bevelen|0.95
p:hem over|bedanken|0.96
p:hem overal|jij-boodschap|-0.65
p:hem overal|bekritiseren|-0.53
p:hem straks|waarschuwen|1.52
p:hem te|bekritiseren|-0.79
p:hem thuis|bevelen|-0.86
p:hem thuis|interpreteren|0.99
p:hem thuis|geruststellen|-0.99
p:hem tot|moraliseren|0.95
p:hem u|adviseren|0.87
p:hem u|geruststellen|1.0
p:hem vandaag|waarschuwen|-0.95
p:hem voor|bekritiseren|-0.93
p:hem wat|moraliseren|-1.0
p:hem wat|adviseren|1.0
p:hem wat|prijzen|-0.85
p:hem wat|interpreteren|-0.91
p:hem wat|vervolgafspraak|-1.0
p:hem zo|samenvatting|-1.0
p:hem zo|open-vraag|0.94
p:hem zo|bevelen|-1.0
p:hem zo|prijzen|-1.0
p:hem zo|ondervragen|1.0
p:herfstvakantie geen|ik-boodschap|0.92
p:herfstvakantie geen|jij-boodschap|-0.92
p:herfstvakantie geen|bekritiseren|-0.92
p:herfstvakantie heb|bekritiseren|-0.93
p:herkansing en|gevoelsreflectie|0.82
p:herkansing en|vervolgafspraak|0.95
p:herkansing gemist|ik-boodschap|0.96
p:herkansing heus|geruststellen|1.84
p:herkansing voor|parafrase|-0.82
p:herkansing voor|samenvatting|0.97
p:herkansing voor|argumenteren|-0.97
p:het aan|parafrase|0.96
p:het aan|samenvatting|0.86
p:het advies|adviseren|-0.93
p:het al|jij-boodschap|0.99
p:het al|ondervragen|-0.99
p:het altijd|argumenteren|-0.94
p:het altijd|interpreteren|-1.0
p:het anders|adviseren|0.99
p:het begon|afronding-aankondigen|-1.0
p:het beste|adviseren|-0.13
p:het beste|prijzen|1.0
p:het bij|parafrase|1.0
p:het bij|gevoelsreflectie|-1.0
p:het blijkbaar|bekritiseren|0.94
p:het cijfer|parafrase|0.93
p:het cijfer|samenvatting|-0.95
p:het cijfer|argumenteren|0.93
p:het cijfer|afleiden|-0.96
p:het cijfer|vervolgafspraak|0.94
p:het contact|parafrase|0.91
p:het contact|gevoelsreflectie|-0.81
p:het daar|interpreteren|-0.97
p:het daar|geruststellen|-1.0
p:het daar|afleiden|1.0
p:het dat|jij-boodschap|0.99
p:het dat|gevoelsreflectie|-0.66
p:het dat|afleiden|-0.99
p:het dat|bedanken|0.96
p:het derde|ik-boodschap|0.1
p:het deze|samenvatting|-0.97
p:het doet|ik-boodschap|2.0
p:het doet|open-vraag|-1.0
p:het dossier|aanmoediging|-0.52
p:het dus|aanmoediging|-0.96
p:het dus|vervolgafspraak|-0.96
p:het dyslexieonderzoek|open-vraag|-0.9
p:het echt|ik-boodschap|1.89
p:het een|argumenteren|-0.94
p:het eens|interpreteren|-1.0
p:het eerst|samenvatting|-0.97
p:het eerste|vervolgafspraak|0.86
p:het eigenlijk|afleiden|0.95
p:het eind|ik-boodschap|-0.98
p:het eind|waarschuwen|0.98
p:het einde|gevoelsreflectie|0.84
p:het einde|afleiden|0.94
p:het eng|parafrase|-0.99
p:het eng|gevoelsreflectie|0.99
p:het eng|adviseren|0.99
p:het erg|ik-boodschap|-0.85
p:het erop|samenvatting|-0.97
p:het erop|bekritiseren|0.99
p:het even|parafrase|-0.99
p:het even|samenvatting|0.99
p:het even|interpreteren|-0.85
p:het examenreglement|argumenteren|0.97
p:het fijn|vervolgafspraak|-0.68
p:het fijne|afronding-aankondigen|-0.79
p:het frustrerend|jij-boodschap|-0.99
p:het frustrerend|gevoelsreflectie|0.99
p:het gaat|ik-boodschap|-0.98
p:het gaat|jij-boodschap|-0.99
p:het gaat|gevoelsreflectie|-0.81
p:het gaat|waarschuwen|-0.99
p:het gaat|bekritiseren|-0.63
p:het gaat|geruststellen|-1.62
p:het gaat|ondervragen|-1.0
p:het gaat|vervolgafspraak|1.96
p:het gangpad|ik-boodschap|-0.67
p:het gebeurt|parafrase|-0.9
p:het gebeurt|samenvatting|0.9
p:het gedoe|open-vraag|-0.97
p:het gedrag|argumenteren|-0.7
p:het gehad|afronding-aankondigen|-0.84
p:het gelukt|gevoelsreflectie|0.98
p:het gesprek|ik-boodschap|0.78
p:het gesprek|samenvatting|1.59
p:het gesprek|adviseren|-0.99
p:het gesprek|afleiden|-0.93
p:het gesprek|afronding-aankondigen|1.72
p:het gesprek|vervolgafspraak|0.77
p:het gesprek|bedanken|-0.95
p:het gevoel|gevoelsreflectie|-0.94
p:het gevoel|geruststellen|-0.98
p:het gevoel|afronding-aankondigen|-0.99
p:het gewoon|parafrase|-0.99
p:het gewoon|gevoelsreflectie|0.99
p:het gewoon|adviseren|0.99
p:het gewoon|interpreteren|1.0
p:het gewoon|afleiden|0.95
p:het goed|parafrase|1.0
p:het goed|gevoelsreflectie|-1.03
p:het goed|samenvatting|-0.54
p:het goed|bekritiseren|-0.9
p:het goed|afleiden|-0.97
p:het goed|afronding-aankondigen|0.99
p:het goede|moraliseren|1.0
p:het goede|adviseren|-1.91
p:het goedkomt|geruststellen|0.96
p:het groepje|afleiden|-0.91
p:het hebben|samenvatting|-0.99
p:het hebben|afleiden|-0.99
p:het heeft|ik-boodschap|0.91
p:het heeft|open-vraag|0.91
p:het hek|bevelen|0.95
p:het hele|jij-boodschap|0.59
p:het hele|waarschuwen|-0.99
p:het hele|bekritiseren|0.98
p:het helemaal|jij-boodschap|0.1
p:het helemaal|gevoelsreflectie|0.92
p:het helpt|adviseren|0.99
p:het hier|argumenteren|0.94
p:het hier|interpreteren|-1.0
p:het hier|afronding-aankondigen|3.81
p:het hierbij|afronding-aankondigen|0.98
p:het hoort|waarschuwen|-0.98
p:het hoort|moraliseren|0.96
p:het hoort|interpreteren|-0.96
p:het huiswerk|parafrase|0.96
p:het huiswerk|samenvatting|1.53
p:het huiswerk|open-vraag|0.97
p:het huiswerk|waarschuwen|0.99
p:het huiswerk|moraliseren|-0.99
p:het huiswerk|interpreteren|-0.99
p:het idee|ik-boodschap|-0.73
p:het idee|interpreteren|1.96
p:het in|ik-boodschap|-2.88
p:het in|jij-boodschap|-0.99
p:het in|argumenteren|0.94
p:het incident|gevoelsreflectie|-0.77
p:het interesseert|jij-boodschap|0.99
p:het is|moraliseren|1.04
p:het is|bekritiseren|-0.84
p:het is|geruststellen|-0.32
p:het jaar|adviseren|-0.99
p:het jammer|moraliseren|-0.94
p:het jammer|geruststellen|-0.76
p:het kamp|afleiden|0.94
p:het kan|adviseren|1.0
p:het klinkt|gevoelsreflectie|0.94
p:het klinkt|samenvatting|-0.94
p:het komt|ik-boodschap|-1.0
p:het komt|jij-boodschap|-1.0
p:het komt|parafrase|-1.0
p:het komt|samenvatting|-1.0
p:het komt|aanmoediging|-1.0
p:het komt|bevelen|-1.0
p:het komt|waarschuwen|-1.0
p:het komt|moraliseren|-1.0
p:het komt|adviseren|-0.81
p:het komt|argumenteren|-1.0
p:het komt|bekritiseren|-1.0
p:het komt|prijzen|-1.0
p:het komt|etiketteren|-1.0
p:het komt|interpreteren|-1.0
p:het komt|geruststellen|2.13
p:het komt|ondervragen|-1.0
p:het komt|afleiden|-1.83
p:het komt|afronding-aankondigen|-1.0
p:het komt|vervolgafspraak|-1.0
p:het komt|bedanken|-1.0
p:het kort|adviseren|-0.99
p:het kunnen|bekritiseren|0.6
p:het langst|moraliseren|0.95
p:het lastig|jij-boodschap|0.96
p:het lastig|gevoelsreflectie|-0.96
p:het lastig|bekritiseren|0.76
p:het lastig|afronding-aankondigen|-1.0
p:het laten|waarschuwen|-0.99
p:het later|afleiden|0.92
p:het leven|bevelen|-0.96
p:het liever|afleiden|0.94
p:het ligt|interpreteren|1.0
p:het lijkt|moraliseren|-0.98
p:het lijkt|geruststellen|1.97
p:het lokaal|ik-boodschap|0.97
p:het luchtig|afronding-aankondigen|-0.94
p:het maar|jij-boodschap|-0.94
p:het maar|aanmoediging|1.51
p:het meedenken|bedanken|0.99
p:het meest|gevoelsreflectie|-0.99
p:het melden|ik-boodschap|-0.92
p:het met|open-vraag|-1.79
p:het met|afleiden|0.97
p:het met|vervolgafspraak|-1.0
p:het mij|vervolgafspraak|0.96
p:het minder|adviseren|-0.99
p:het minste|moraliseren|0.98
p:het mis|argumenteren|0.53
p:het niet|ik-boodschap|-0.73
p:het niet|samenvatting|-0.95
p:het niet|moraliseren|-0.99
p:het niet|interpreteren|0.96
p:het nieuwe|open-vraag|-1.67
p:het nieuwe|afleiden|0.99
p:het nog|samenvatting|0.69
p:het normaal|bekritiseren|0.99
p:het nu|ik-boodschap|0.85
p:het nu|jij-boodschap|-0.95
p:het nu|gevoelsreflectie|-0.23
p:het nu|samenvatting|-0.77
p:het nu|bevelen|0.81
p:het nu|moraliseren|-0.99
p:het nu|argumenteren|-0.91
p:het nu|bekritiseren|-1.82
p:het nu|afronding-aankondigen|-0.95
p:het nu|vervolgafspraak|-0.9
p:het nu|bedanken|-0.99
p:het om|samenvatting|0.98
p:het om|open-vraag|0.98
p:het onrustig|ik-boodschap|-0.67
p:het onrustig|parafrase|-0.93
p:het ook|argumenteren|0.84
p:het op|parafrase|0.9
p:het op|open-vraag|-0.99
p:het over|vervolgafspraak|-0.96
p:het pesten|gevoelsreflectie|-0.81
p:het pesten|vervolgafspraak|-0.95
p:het positief|afleiden|0.99
p:het prima|jij-boodschap|0.87
p:het prima|parafrase|-0.99
p:het prima|geruststellen|1.79
p:het probleem|interpreteren|1.72
p:het probleem|afleiden|-0.94
p:het programma|afleiden|-0.82
p:het project|bevelen|-0.95
p:het protocol|argumenteren|-0.61
p:het pta|samenvatting|-0.95
p:het pta|argumenteren|1.59
p:het pta|afleiden|-0.95
p:het randje|bekritiseren|-0.99
p:het randje|interpreteren|-0.99
p:het rapport|ik-boodschap|0.96
p:het rapport|argumenteren|-0.92
p:het redelijk|parafrase|-0.93
p:het redelijk|samenvatting|0.88
p:het reglement|adviseren|-0.78
p:het reglement|argumenteren|0.98
p:het rooster|argumenteren|-0.99
p:het samenvat|parafrase|0.98
p:het samenvat|gevoelsreflectie|-0.94
p:het samenvat|samenvatting|0.29
p:het schoolreisje|open-vraag|-0.97
p:het slapen|argumenteren|0.81
p:het slim|adviseren|0.96
p:het snap|parafrase|0.86
p:het somber|parafrase|-1.0
p:het somber|waarschuwen|1.0
p:het spannend|gevoelsreflectie|0.99
p:het staat|jij-boodschap|-0.57
p:het staat|samenvatting|-0.95
p:het staat|argumenteren|0.59
p:het staat|afleiden|-0.95
p:het te|gevoelsreflectie|-0.94
p:het te|samenvatting|0.94
p:het te|interpreteren|0.99
p:het te|geruststellen|-0.99
p:het team|ik-boodschap|0.88
p:het tegenovergestelde|jij-boodschap|0.94
p:het tegenovergestelde|bekritiseren|0.94
p:het tegenovergestelde|vervolgafspraak|-0.85
p:het tenminste|afleiden|0.97
p:het thuis|gevoelsreflectie|0.94
p:het thuis|samenvatting|-0.94
p:het thuis|argumenteren|-0.91
p:het thuis|interpreteren|0.82
p:het thuis|geruststellen|-0.92
p:het toch|ik-boodschap|0.59
p:het toch|bedanken|0.92
p:het toen|open-vraag|0.73
p:het tweede|vervolgafspraak|0.98
p:het u|gevoelsreflectie|0.77
p:het u|adviseren|-0.86
p:het u|vervolgafspraak|-0.9
p:het valt|ik-boodschap|-0.99
p:het valt|geruststellen|1.0
p:het vast|waarschuwen|-0.95
p:het vast|geruststellen|0.66
p:het vast|afleiden|-0.95
p:het verschil|parafrase|-0.96
p:het verschil|gevoelsreflectie|-0.98
p:het verschil|samenvatting|0.98
p:het verzuim|ik-boodschap|-0.99
p:het verzuim|samenvatting|0.99
p:het verzuim|argumenteren|-0.7
p:het via|parafrase|0.96
p:het via|prijzen|-0.96
p:het vol|gevoelsreflectie|0.98
p:het volgende|waarschuwen|0.99
p:het volgende|geruststellen|-0.99
p:het volgens|gevoelsreflectie|-0.98
p:het volgens|open-vraag|0.99
p:het weekend|ik-boodschap|0.93
p:het weekend|jij-boodschap|-0.99
p:het weekend|waarschuwen|-0.93
p:het weekend|bekritiseren|-0.99
p:het weekend|geruststellen|-0.98
p:het weekend|vervolgafspraak|-0.93
p:het weer|argumenteren|-0.91
p:het weer|afleiden|0.73
p:het wel|open-vraag|0.97
p:het wel|geruststellen|0.81
p:het werk|adviseren|0.99
p:het zeg|waarschuwen|0.99
p:het zeg|prijzen|-0.99
p:het zelf|interpreteren|1.0
p:het zesde|afronding-aankondigen|0.97
p:het zesde|vervolgafspraak|0.97
p:het zo|jij-boodschap|0.85
p:het zo|waarschuwen|0.16
p:het zonde|ik-boodschap|0.89
p:het zwaarst|open-vraag|0.94
p:hetzelfde punt|ik-boodschap|0.98
p:heus niet|moraliseren|-0.98
p:heus niet|geruststellen|0.98
p:heus wel|geruststellen|0.97
p:heus wel|afleiden|-0.99
p:hielp die|ik-boodschap|0.92
p:hier af|afronding-aankondigen|1.72
p:hier af|vervolgafspraak|-0.99
p:hier afronden|samenvatting|0.83
p:hier afronden|afleiden|-0.93
p:hier afronden|afronding-aankondigen|1.0
p:hier afronden|vervolgafspraak|0.9
p:hier afronden|bedanken|0.9
p:hier de|bekritiseren|0.94
p:hier een|moraliseren|0.98
p:hier emotioneel|bedanken|0.92
p:hier gewoon|jij-boodschap|1.57
p:hier gewoon|samenvatting|-0.57
p:hier gewoon|bevelen|-0.93
p:hier gewoon|bekritiseren|0.57
p:hier laten|afronding-aankondigen|1.81
p:hier laten|vervolgafspraak|0.97
p:hier laten|bedanken|-0.95
p:hier moeten|vervolgafspraak|-0.97
p:hier niet|prijzen|0.96
p:hier niet|afronding-aankondigen|-0.98
p:hier nou|bevelen|0.96
p:hier nu|vervolgafspraak|-0.91
p:hier onzeker|gevoelsreflectie|0.96
p:hier stoppen|afronding-aankondigen|1.0
p:hier stoppen|bedanken|-0.91
p:hier voor|interpreteren|-1.0
p:hier voor|afronding-aankondigen|1.0
p:hier voor|bedanken|0.88
p:hier zeker|moraliseren|-0.94
p:hier zelf|jij-boodschap|-0.71
p:hier zelf|gevoelsreflectie|-0.88
p:hier zo|afronding-aankondigen|-0.97
p:hier zwart|argumenteren|0.94
p:hierbij afsluiten|afronding-aankondigen|0.95
p:hierbij laten|afronding-aankondigen|0.98
p:hierover ?|vervolgafspraak|-0.96
p:hij 's|parafrase|0.98
p:hij 's|open-vraag|-0.96
p:hij 's|bekritiseren|0.94
p:hij 's|afleiden|-0.94
p:hij achterloopt|vervolgafspraak|0.96
p:hij afleiding|adviseren|0.99
p:hij allemaal|ik-boodschap|0.89
p:hij bang|interpreteren|1.0
p:hij begint|jij-boodschap|1.68
p:hij begint|bekritiseren|0.89
p:hij beter|bekritiseren|-1.0
p:hij bij|samenvatting|-0.92
p:hij bij|open-vraag|0.96
p:hij bij|waarschuwen|-0.97
p:hij bijles|vervolgafspraak|0.78
p:hij blijft|parafrase|-0.9
p:hij daar|open-vraag|-0.96
p:hij dat|waarschuwen|-1.0
p:hij dat|ondervragen|1.0
p:hij de|samenvatting|-1.0
p:hij de|bekritiseren|-0.99
p:hij dit|bevelen|-0.97
p:hij dit|moraliseren|0.94
p:hij dit|adviseren|-0.98
p:hij doet|parafrase|-0.91
p:hij doet|bevelen|-0.95
p:hij een|gevoelsreflectie|-0.84
p:hij een|samenvatting|0.98
p:hij eerst|adviseren|0.87
p:hij eet|interpreteren|-0.85
p:hij eigenlijk|afleiden|0.94
p:hij elke|bekritiseren|0.99
p:hij gamet|jij-boodschap|0.99
p:hij gamet|adviseren|0.99
p:hij gamet|bekritiseren|0.99
p:hij geen|gevoelsreflectie|-0.98
p:hij geen|argumenteren|0.96
p:hij gepest|geruststellen|-0.98
p:hij geschorst|waarschuwen|0.83
p:hij gewoon|jij-boodschap|-1.0
p:hij gewoon|moraliseren|-1.0
p:hij gewoon|etiketteren|0.96
p:hij gisteren|ik-boodschap|-0.97
p:hij gisteren|samenvatting|-0.97
p:hij haalt|samenvatting|0.69
p:hij haalt|geruststellen|0.86
p:hij had|parafrase|0.93
p:hij had|argumenteren|0.93
p:hij heeft|jij-boodschap|-0.97
p:hij heeft|samenvatting|0.69
p:hij heeft|argumenteren|1.0
p:hij heeft|bekritiseren|-1.73
p:hij heeft|interpreteren|-1.0
p:hij heeft|geruststellen|-0.91
p:hij heeft|ondervragen|-1.0
p:hij het|moraliseren|-0.94
p:hij het|bekritiseren|-0.91
p:hij het|geruststellen|-0.76
p:hij hulp|waarschuwen|-0.97
p:hij in|samenvatting|-1.0
p:hij in|geruststellen|0.96
p:hij is|ik-boodschap|-0.92
p:hij is|jij-boodschap|-1.35
p:hij is|argumenteren|-0.87
p:hij is|bekritiseren|-1.89
p:hij is|interpreteren|0.97
p:hij komt|vervolgafspraak|-1.81
p:hij kreeg|gevoelsreflectie|0.82
p:hij kreeg|vervolgafspraak|0.95
p:hij krijgt|samenvatting|0.83
p:hij krijgt|vervolgafspraak|0.9
p:hij krijgt|bedanken|0.9
p:hij lapt|jij-boodschap|0.98
p:hij lapt|samenvatting|-0.65
p:hij lapt|bekritiseren|0.98
p:hij lui|interpreteren|-0.92
p:hij luistert|etiketteren|-0.99
p:hij mist|samenvatting|0.97
p:hij moe|jij-boodschap|-0.75
p:hij moet|waarschuwen|0.83
p:hij moet|geruststellen|0.98
p:hij naar|open-vraag|-0.96
p:hij naar|adviseren|0.99
p:hij nauwelijks|ik-boodschap|0.93
p:hij niet|parafrase|-1.0
p:hij niet|waarschuwen|1.97
p:hij niks|interpreteren|0.97
p:hij nog|open-vraag|0.73
p:hij nog|waarschuwen|1.0
p:hij nog|adviseren|-1.0
p:hij nog|interpreteren|0.9
p:hij nu|bekritiseren|0.89
p:hij om|jij-boodschap|0.87
p:hij om|parafrase|-0.99
p:hij op|jij-boodschap|-0.91
p:hij op|bevelen|0.99
p:hij op|vervolgafspraak|-1.0
p:hij saboteert|bekritiseren|0.99
p:hij slaapt|samenvatting|0.97
p:hij slaapt|adviseren|-0.99
p:hij slaapt|interpreteren|-0.85
p:hij speelt|waarschuwen|-0.98
p:hij staat|ik-boodschap|0.93
p:hij staat|waarschuwen|-0.93
p:hij staat|bekritiseren|-0.99
p:hij staat|interpreteren|-0.99
p:hij staat|vervolgafspraak|-0.93
p:hij steeds|jij-boodschap|-1.0
p:hij steeds|moraliseren|-1.0
p:hij steeds|ondervragen|0.94
p:hij stelt|bekritiseren|1.87
p:hij strafwerk|argumenteren|-1.0
p:hij strafwerk|prijzen|-1.0
p:hij thuis|parafrase|1.92
p:hij thuis|bekritiseren|-0.97
p:hij thuis|interpreteren|-0.97
p:hij toch|moraliseren|0.95
p:hij van|waarschuwen|0.99
p:hij vanaf|bevelen|0.96
p:hij vanaf|waarschuwen|-0.82
p:hij veel|vervolgafspraak|-0.96
p:hij verveelt|interpreteren|0.99
p:hij verveelt|geruststellen|-0.99
p:hij voelt|parafrase|-0.87
p:hij voelt|samenvatting|1.87
p:hij voelt|waarschuwen|-1.0
p:hij volgend|waarschuwen|0.97
p:hij was|bevelen|-1.0
p:hij was|interpreteren|-1.0
p:hij weer|ik-boodschap|-1.0
p:hij weer|samenvatting|1.0
p:hij weer|bevelen|-1.0
p:hij weer|bekritiseren|-0.94
p:hij weer|bedanken|-1.0
p:hij wil|waarschuwen|-0.98
p:hij wil|bekritiseren|-0.5
p:hij wil|prijzen|0.98
p:hij wil|interpreteren|1.0
p:hij woensdag|prijzen|0.98
p:hij wordt|parafrase|0.98
p:hij wordt|samenvatting|-1.63
p:hij zegt|interpreteren|-0.85
p:hij zelf|interpreteren|0.85
p:hij zich|parafrase|0.81
p:hij zich|bevelen|-0.13
p:hij zich|adviseren|-0.98
p:hij zich|etiketteren|-0.96
p:hij zich|interpreteren|1.0
p:hij zijn|waarschuwen|0.79
p:hij zijn|argumenteren|-1.0
p:hij zijn|prijzen|-1.0
p:hij zit|ik-boodschap|-1.0
p:hij zitten|waarschuwen|0.98
p:hij zitten|afleiden|-0.95
p:hij zo|jij-boodschap|-0.85
p:hij zo|argumenteren|-0.97
p:hij zo|etiketteren|-0.96
p:hm en|aanmoediging|0.95
p:hm hm|aanmoediging|0.95
p:hmhm ik|aanmoediging|0.97
p:hockeymoeder reactie|etiketteren|0.99
p:hoe bevalt|open-vraag|-1.67
p:hoe bevalt|afleiden|1.98
p:hoe dat|parafrase|-0.93
p:hoe dat|samenvatting|0.88
p:hoe de|parafrase|-1.0
p:hoe de|samenvatting|0.78
p:hoe de|open-vraag|1.0
p:hoe de|vervolgafspraak|0.99
p:hoe denkt|parafrase|0.89
p:hoe en|gevoelsreflectie|-0.94
p:hoe en|samenvatting|0.94
p:hoe ervaart|open-vraag|0.99
p:hoe gaan|afleiden|-0.99
p:hoe gaat|gevoelsreflectie|1.76
p:hoe gaat|samenvatting|-0.98
p:hoe gaat|open-vraag|0.96
p:hoe gaat|afleiden|0.97
p:hoe gaat|vervolgafspraak|-0.92
p:hoe gaat|bedanken|-0.99
p:hoe ging|samenvatting|-0.97
p:hoe het|ik-boodschap|-0.98
p:hoe het|parafrase|-0.96
p:hoe het|open-vraag|-0.82
p:hoe het|geruststellen|-0.92
p:hoe het|ondervragen|-1.0
p:hoe het|vervolgafspraak|0.97
p:hoe houdt|gevoelsreflectie|0.98
p:hoe is|ik-boodschap|0.21
p:hoe is|open-vraag|2.88
p:hoe is|argumenteren|-1.0
p:hoe is|afleiden|0.95
p:hoe kan|jij-boodschap|0.99
p:hoe kan|afleiden|-0.99
p:hoe kevin|ik-boodschap|0.92
p:hoe kijkt|jij-boodschap|-0.97
p:hoe kijkt|open-vraag|0.93
p:hoe kijkt|bekritiseren|-0.97
p:hoe komt|gevoelsreflectie|-0.98
p:hoe komt|open-vraag|0.99
p:hoe kwam|parafrase|0.96
p:hoe kwam|open-vraag|0.96
p:hoe laat|open-vraag|-0.96
p:hoe laat|bekritiseren|0.94
p:hoe laat|ondervragen|0.98
p:hoe laat|afleiden|-0.94
p:hoe merkt|gevoelsreflectie|-1.0
p:hoe trots|jij-boodschap|-0.91
p:hoe voel|afleiden|-0.88
p:hoe was|open-vraag|-2.11
p:hoe was|aanmoediging|-0.99
p:hoe was|geruststellen|0.99
p:hoe was|ondervragen|-0.97
p:hoe was|afleiden|1.87
p:hoe zie|open-vraag|0.83
p:hoe zou|parafrase|0.91
p:hoeft nergens|adviseren|-0.97
p:hoeft niet|jij-boodschap|-0.99
p:hoeft niet|geruststellen|0.99
p:hoeft u|moraliseren|-0.95
p:hoeft u|interpreteren|-0.84
p:hoeft u|afleiden|0.95
p:hoeft zich|geruststellen|0.59
p:hoeveel uur|adviseren|-0.71
p:hoi ga|bevelen|-1.75
p:hoi ga|geruststellen|-0.97
p:hoofd op|samenvatting|-0.91
p:hoofdstuk achter|waarschuwen|-0.71
p:hoogte heeft|gevoelsreflectie|0.84
p:hoogte is|prijzen|1.0
p:hoogte te|waarschuwen|-0.78
p:hoogte te|moraliseren|0.93
p:hoogte te|bekritiseren|-0.93
p:hoogte te|bedanken|-0.96
p:hoogte volgende|bedanken|0.96
p:hoor bent|gevoelsreflectie|0.84
p:hoor daar|aanmoediging|-0.9
p:hoor daar|etiketteren|0.9
p:hoor dat|gevoelsreflectie|1.94
p:hoor dat|geruststellen|0.54
p:hoor dat|afleiden|-0.77
p:hoor ik|parafrase|-0.96
p:hoor ik|gevoelsreflectie|0.98
p:hoor ik|aanmoediging|0.76
p:hoor ik|bevelen|-0.91
p:hoor ik|geruststellen|-1.0
p:hoor ik|ondervragen|0.98
p:hoor is|gevoelsreflectie|0.94
p:hoor is|open-vraag|-1.98
p:hoor je|moraliseren|0.95
p:hoor je|argumenteren|0.71
p:hoor je|prijzen|0.95
p:hoor u|gevoelsreflectie|-0.93
p:hoor u|aanmoediging|0.93
p:hoor verdriet|aanmoediging|-0.98
p:hoor want|afronding-aankondigen|-1.0
p:hoor wij|adviseren|-0.97
p:hoor zeggen|parafrase|1.0
p:hoor zeggen|gevoelsreflectie|-1.0
p:hoorde dat|afleiden|-1.0
p:hoort als|moraliseren|1.0
p:hoort als|adviseren|-1.0
p:hoort bij|moraliseren|-0.96
p:hoort bij|afleiden|0.17
p:hoort dan|bekritiseren|-1.8
p:hoort er|ik-boodschap|-1.0
p:hoort er|samenvatting|-1.0
p:hoort er|moraliseren|1.0
p:hoort er|ondervragen|-1.0
p:hoort gewoon|bevelen|-0.99
p:hoort gewoon|waarschuwen|-0.98
p:hoort gewoon|moraliseren|1.02
p:hoort gewoon|interpreteren|-0.96
p:hoort je|jij-boodschap|-0.87
p:hoort je|adviseren|-0.87
p:hoort je|prijzen|-0.98
p:hoort nu|moraliseren|-0.95
p:hoort nu|argumenteren|-0.94
p:hoort nu|interpreteren|-0.84
p:hoort nu|geruststellen|-0.58
p:hoort nu|afleiden|0.95
p:hoort te|waarschuwen|-0.9
p:hoort te|moraliseren|0.95
p:hoort u|bekritiseren|0.9
p:hoort ze|moraliseren|-0.96
p:hoort zijn|waarschuwen|0.82
p:horen de|bekritiseren|-0.83
p:horen gewoon|interpreteren|-0.96
p:horen hoe|ik-boodschap|0.93
p:horen hoe|samenvatting|-0.78
p:horen hoe|ondervragen|-1.0
p:horen hoe|vervolgafspraak|1.0
p:horen hun|bevelen|-0.86
p:horen op|waarschuwen|-0.78
p:horen op|bedanken|-0.96
p:hou daar|bevelen|0.93
p:hou hier|bevelen|0.96
p:houd de|bedanken|0.96
p:houd ik|argumenteren|-0.97
p:houden anders|waarschuwen|0.83
p:houden contact|aanmoediging|-0.99
p:houden elkaar|vervolgafspraak|-0.87
p:houden en|afleiden|0.99
p:houden niet|moraliseren|1.0
p:houden niet|argumenteren|-1.0
p:houden zijn|samenvatting|0.83
p:houden zijn|vervolgafspraak|0.9
p:houden zijn|bedanken|0.9
p:houdt hem|geruststellen|0.97
p:houdt hoe|jij-boodschap|-0.97
p:houdt hoe|bekritiseren|-0.97
p:houdt mist|ik-boodschap|1.0
p:houdt mist|adviseren|-0.76
p:houdt u|gevoelsreflectie|0.98
p:huilend op|waarschuwen|-0.97
p:huis eigenlijk|open-vraag|-1.67
p:huis eigenlijk|afleiden|0.99
p:huis fietst|ik-boodschap|-0.92
p:huis uit|moraliseren|0.8
p:huisarts gaan|ik-boodschap|-0.97
p:huisarts gaan|prijzen|-0.96
p:huisarts gaan|geruststellen|0.66
p:huisarts op|samenvatting|0.94
p:huisarts op|vervolgafspraak|0.94
p:huiswerk ?|jij-boodschap|-0.99
p:huiswerk ?|bekritiseren|-0.99
p:huiswerk ?|ondervragen|0.99
p:huiswerk bij|moraliseren|1.0
p:huiswerk bij|argumenteren|-1.0
p:huiswerk blijft|samenvatting|0.95
p:huiswerk dat|open-vraag|-0.96
p:huiswerk de|open-vraag|0.96
p:huiswerk de|adviseren|-0.73
p:huiswerk deze|jij-boodschap|-0.97
p:huiswerk deze|waarschuwen|0.99
p:huiswerk gecontroleerd|geruststellen|-0.98
p:huiswerk gewoon|jij-boodschap|-0.87
p:huiswerk gewoon|adviseren|-0.87
p:huiswerk helpt|argumenteren|1.0
p:huiswerk helpt|interpreteren|-1.0
p:huiswerk maakt|bevelen|0.96
p:huiswerk maakt|waarschuwen|-0.82
p:huiswerk maakt|moraliseren|0.99
p:huiswerk maakt|adviseren|0.87
p:huiswerk niet|ik-boodschap|0.87
p:huiswerk niet|open-vraag|0.97
p:huiswerk niet|adviseren|0.76
p:huiswerk niet|argumenteren|-0.84
p:huiswerk niet|vervolgafspraak|0.96
p:huiswerk nooit|adviseren|0.97
p:huiswerk nooit|bekritiseren|0.97
p:huiswerk regelmatig|bevelen|-0.9
p:huiswerk steeds|jij-boodschap|1.0
p:huiswerk steeds|etiketteren|-1.0
p:huiswerk te|waarschuwen|0.82
p:huiswerk te|adviseren|-0.83
p:huiswerk te|afleiden|-0.95
p:huiswerk thuis|open-vraag|0.97
p:huiswerk uren|samenvatting|0.57
p:huiswerk wel|parafrase|0.96
p:huiswerk wel|open-vraag|0.96
p:huiswerk zit|open-vraag|-0.93
p:huiswerkklas en|parafrase|-0.96
p:huiswerkklas en|samenvatting|0.71
p:huiswerkklas en|vervolgafspraak|0.96
p:huiswerkklas is|parafrase|-0.99
p:huiswerkklas is|samenvatting|0.99
p:huiswerkopdracht ingelevert|ik-boodschap|0.92
p:huiswerkopdracht ingelevert|jij-boodschap|-0.92
p:huiswerkopdracht ingelevert|bekritiseren|-0.92
p:huiswerktijd afspreken|ik-boodschap|0.93
p:huiswerktijd afspreken|waarschuwen|-1.0
p:huiswerktijd afspreken|adviseren|1.76
p:huiswerktijd afspreken|bekritiseren|-1.0
p:hulp nodig|waarschuwen|-0.97
p:hulp nodig|prijzen|0.69
p:hun concentratie|waarschuwen|-0.98
p:hun kind|bevelen|-0.86
p:hun kinderen|interpreteren|-0.96
p:hun vraag|ik-boodschap|0.95
p:hysterisch en|bevelen|1.75
p:hè ?|gevoelsreflectie|0.66
p:hè met|etiketteren|-1.0
p:hé bram|afleiden|-0.84
p:idee dat|ik-boodschap|-0.73
p:idee dat|interpreteren|1.96
p:idee hoe|jij-boodschap|-0.91
p:idee om|adviseren|0.84
p:idee om|argumenteren|-0.94
p:idee waar|interpreteren|-1.0
p:ideeën heeft|ondervragen|-0.91
p:iedereen een|argumenteren|0.97
p:iedereen gekregen|samenvatting|-0.95
p:iedereen gekregen|argumenteren|0.59
p:iedereen haalt|prijzen|-0.94
p:iedereen haalt|etiketteren|-0.96
p:iedereen haalt|afleiden|0.96
p:iedereen is|jij-boodschap|0.91
p:iedereen is|samenvatting|-0.91
p:iedereen is|bekritiseren|0.91
p:iedereen wel|geruststellen|-1.32
p:iemand gewond|ik-boodschap|0.97
p:iemand hebt|waarschuwen|-0.98
p:iemand pijn|prijzen|-0.98
p:iemand uitlachen|moraliseren|0.94
p:iemand uitschelden|jij-boodschap|-2.22
p:iemand uitschelden|moraliseren|1.69
p:iemand uitschelden|bekritiseren|-1.69
p:iets aan|waarschuwen|0.99
p:iets anders|afleiden|0.96
p:iets heeft|jij-boodschap|1.0
p:iets heeft|bekritiseren|1.0
p:iets heeft|ondervragen|-0.89
p:iets is|vervolgafspraak|0.96
p:iets leukers|jij-boodschap|-0.94
p:iets met|open-vraag|0.97
p:iets niet|argumenteren|-0.94
p:iets niet|interpreteren|-1.0
p:iets uitleg|adviseren|-0.99
p:iets van|samenvatting|-0.97
p:iets van|bekritiseren|0.99
p:iets van|etiketteren|-0.93
p:iets verkeerd|bekritiseren|-0.93
p:iets verkeerd|geruststellen|-0.92
p:ik aan|bevelen|-0.79
p:ik alles|samenvatting|0.95
p:ik alles|open-vraag|-0.96
p:ik alles|vervolgafspraak|-0.95
p:ik app|vervolgafspraak|0.93
p:ik balen|gevoelsreflectie|-0.74
p:ik begrijp|gevoelsreflectie|0.87
p:ik begrijp|aanmoediging|0.97
p:ik begrijp|argumenteren|0.94
p:ik begrijp|bekritiseren|0.76
p:ik begrijp|geruststellen|0.41
p:ik bel|ik-boodschap|0.93
p:ik bel|samenvatting|-0.78
p:ik bel|open-vraag|-1.0
p:ik bel|moraliseren|-0.95
p:ik bel|bekritiseren|-0.95
p:ik bel|geruststellen|-1.0
p:ik bel|ondervragen|-1.0
p:ik bel|vervolgafspraak|2.74
p:ik bel|bedanken|-0.96
p:ik ben|ik-boodschap|2.77
p:ik ben|gevoelsreflectie|-1.0
p:ik ben|samenvatting|-0.98
p:ik ben|open-vraag|-0.24
p:ik ben|aanmoediging|0.98
p:ik ben|bekritiseren|-0.92
p:ik ben|bedanken|0.8
p:ik beëindig|afronding-aankondigen|0.93
p:ik bram|ik-boodschap|-0.56
p:ik bram|bekritiseren|-0.93
p:ik breek|afronding-aankondigen|0.81
p:ik daar|afleiden|-1.0
p:ik dan|samenvatting|-1.0
p:ik dat|ik-boodschap|0.93
p:ik dat|parafrase|0.97
p:ik dat|bevelen|0.95
p:ik dat|waarschuwen|-0.21
p:ik dat|moraliseren|0.98
p:ik de|ik-boodschap|-1.81
p:ik de|parafrase|0.95
p:ik de|waarschuwen|1.0
p:ik de|adviseren|-1.0
p:ik de|argumenteren|-0.9
p:ik de|afronding-aankondigen|-1.9
p:ik de|vervolgafspraak|-1.89
p:ik denk|ik-boodschap|-0.93
p:ik denk|jij-boodschap|0.94
p:ik denk|bekritiseren|1.36
p:ik denk|interpreteren|0.85
p:ik denk|afronding-aankondigen|0.99
p:ik denk|vervolgafspraak|-0.97
p:ik die|jij-boodschap|0.99
p:ik die|parafrase|0.98
p:ik die|adviseren|0.99
p:ik die|bekritiseren|0.99
p:ik dit|ik-boodschap|-0.86
p:ik doe|gevoelsreflectie|-1.0
p:ik doe|adviseren|-1.0
p:ik drie|argumenteren|-0.97
p:ik echt|ik-boodschap|0.94
p:ik echt|gevoelsreflectie|-0.94
p:ik een|waarschuwen|-1.0
p:ik een|adviseren|1.0
p:ik een|argumenteren|-0.9
p:ik een|bekritiseren|-1.0
p:ik een|vervolgafspraak|-0.9
p:ik eens|ik-boodschap|-0.97
p:ik en|open-vraag|-0.91
p:ik eng|vervolgafspraak|-1.0
p:ik ga|vervolgafspraak|-1.94
p:ik geen|ondervragen|-0.97
p:ik haar|ik-boodschap|0.96
p:ik haar|bevelen|-0.99
p:ik had|bekritiseren|-2.28
p:ik heb|ik-boodschap|-0.75
p:ik heb|jij-boodschap|0.43
p:ik heb|gevoelsreflectie|-0.96
p:ik heb|aanmoediging|0.24
p:ik heb|argumenteren|0.94
p:ik heb|bekritiseren|-0.22
p:ik heb|etiketteren|-0.9
p:ik hem|ik-boodschap|-0.98
p:ik hem|open-vraag|0.94
p:ik hem|bevelen|1.8
p:ik hem|waarschuwen|0.98
p:ik hem|adviseren|-0.96
p:ik hem|bekritiseren|-0.93
p:ik hem|prijzen|0.85
p:ik het|ik-boodschap|-0.92
p:ik het|parafrase|1.75
p:ik het|gevoelsreflectie|-0.99
p:ik het|samenvatting|0.4
p:ik het|open-vraag|-0.94
p:ik het|waarschuwen|1.99
p:ik het|argumenteren|-0.91
p:ik het|prijzen|-0.99
p:ik het|afronding-aankondigen|0.84
p:ik hoor|gevoelsreflectie|1.01
p:ik hoor|open-vraag|-0.93
p:ik hoor|geruststellen|-0.3
p:ik hoorde|afleiden|-1.0
p:ik houd|bedanken|0.96
p:ik iets|adviseren|-0.99
p:ik jammer|ik-boodschap|1.82
p:ik jammer|adviseren|0.76
p:ik jammer|interpreteren|-0.95
p:ik jammer|afronding-aankondigen|1.0
p:ik je|ik-boodschap|-1.91
p:ik je|samenvatting|-0.96
p:ik je|waarschuwen|-0.29
p:ik je|afronding-aankondigen|1.93
p:ik je|vervolgafspraak|2.78
p:ik je|bedanken|0.96
p:ik julia|open-vraag|-0.9
p:ik jullie|jij-boodschap|0.99
p:ik jullie|adviseren|0.99
p:ik jullie|bekritiseren|0.99
p:ik kan|ik-boodschap|-0.62
p:ik kan|adviseren|-0.88
p:ik kijk|adviseren|-0.86
p:ik kim|waarschuwen|-0.97
p:ik lastig|ik-boodschap|0.98
p:ik lastig|open-vraag|-0.81
p:ik lastig|argumenteren|-0.9
p:ik lastig|ondervragen|-0.97
p:ik lastig|afronding-aankondigen|-0.99
p:ik lastig|vervolgafspraak|-0.9
p:ik luister|parafrase|-1.0
p:ik luister|aanmoediging|1.0
p:ik maak|ik-boodschap|-0.92
p:ik maak|jij-boodschap|-1.0
p:ik maak|waarschuwen|-1.0
p:ik maak|adviseren|0.72
p:ik maak|etiketteren|-1.0
p:ik maak|geruststellen|-0.98
p:ik maak|vervolgafspraak|0.28
p:ik maandag|ik-boodschap|0.93
p:ik maandag|waarschuwen|-0.93
p:ik maandag|vervolgafspraak|-0.93
p:ik maar|gevoelsreflectie|1.9
p:ik maar|geruststellen|0.77
p:ik maar|ondervragen|0.98
p:ik mail|afronding-aankondigen|0.22
p:ik mail|vervolgafspraak|0.88
p:ik mail|bedanken|-0.91
p:ik me|ik-boodschap|1.97
p:ik me|adviseren|-0.76
p:ik me|vervolgafspraak|-0.96
p:ik merk|ik-boodschap|-0.93
p:ik merk|open-vraag|1.0
p:ik merk|argumenteren|-1.0
p:ik merk|bekritiseren|-0.81
p:ik merk|interpreteren|-0.95
p:ik merk|bedanken|0.92
p:ik met|ik-boodschap|-0.92
p:ik met|samenvatting|0.92
p:ik minder|argumenteren|-0.97
p:ik mo|ik-boodschap|0.93
p:ik mo|waarschuwen|-0.83
p:ik moeilijk|aanmoediging|-0.99
p:ik moet|afronding-aankondigen|1.0
p:ik moet|vervolgafspraak|-0.91
p:ik naar|ik-boodschap|0.62
p:ik niet|samenvatting|-0.91
p:ik niet|open-vraag|-0.97
p:ik niet|aanmoediging|-0.99
p:ik niet|interpreteren|-1.0
p:ik niet|geruststellen|-0.85
p:ik niet|afronding-aankondigen|-1.99
p:ik nu|bevelen|-0.92
p:ik nu|afleiden|0.95
p:ik ook|ik-boodschap|0.9
p:ik ook|gevoelsreflectie|-0.84
p:ik ook|argumenteren|0.94
p:ik overleg|samenvatting|0.94
p:ik overleg|vervolgafspraak|0.94
p:ik plan|gevoelsreflectie|0.82
p:ik plan|afronding-aankondigen|-1.86
p:ik plan|vervolgafspraak|0.95
p:ik praat|parafrase|-0.96
p:ik praat|samenvatting|0.71
p:ik praat|vervolgafspraak|0.96
p:ik regel|gevoelsreflectie|-0.79
p:ik regel|samenvatting|-0.86
p:ik reken|jij-boodschap|-0.98
p:ik reken|prijzen|0.98
p:ik schrok|ik-boodschap|1.0
p:ik schrok|parafrase|-1.0
p:ik schrok|open-vraag|0.96
p:ik schrok|moraliseren|-1.0
p:ik schrok|adviseren|-1.0
p:ik schrok|prijzen|-1.0
p:ik schrok|bedanken|-1.0
p:ik sluit|vervolgafspraak|0.99
p:ik sluit|bedanken|0.99
p:ik snap|parafrase|-0.99
p:ik snap|gevoelsreflectie|0.99
p:ik snap|adviseren|1.27
p:ik snap|geruststellen|0.13
p:ik spreek|samenvatting|0.78
p:ik spreek|vervolgafspraak|0.99
p:ik stuur|ik-boodschap|-1.0
p:ik stuur|waarschuwen|0.9
p:ik stuur|vervolgafspraak|1.0
p:ik stuur|bedanken|-0.95
p:ik tegelijk|ik-boodschap|0.75
p:ik typerend|ik-boodschap|-0.86
p:ik typerend|bekritiseren|0.95
p:ik u|ik-boodschap|-0.97
p:ik u|jij-boodschap|-0.96
p:ik u|parafrase|1.03
p:ik u|gevoelsreflectie|-1.0
p:ik u|samenvatting|-0.17
p:ik u|open-vraag|1.93
p:ik u|aanmoediging|-1.87
p:ik u|waarschuwen|0.93
p:ik u|adviseren|1.0
p:ik u|bekritiseren|-1.0
p:ik u|bedanken|1.06
p:ik van|open-vraag|-1.0
p:ik van|bekritiseren|-0.93
p:ik verwacht|bevelen|0.96
p:ik verwacht|waarschuwen|-0.82
p:ik vind|ik-boodschap|0.75
p:ik vind|gevoelsreflectie|-0.83
p:ik vind|samenvatting|-0.7
p:ik vind|open-vraag|-0.94
p:ik vind|bevelen|-0.97
p:ik vind|adviseren|-0.95
p:ik vind|bekritiseren|1.89
p:ik vind|afronding-aankondigen|-1.0
p:ik vind|vervolgafspraak|-0.68
p:ik voel|ik-boodschap|-0.97
p:ik voel|bevelen|-0.99
p:ik vond|ik-boodschap|1.89
p:ik vond|bekritiseren|0.88
p:ik vraag|ik-boodschap|-0.97
p:ik vraag|bevelen|0.98
p:ik waardeer|bedanken|0.96
p:ik wacht|bevelen|-0.91
p:ik weet|prijzen|0.99
p:ik weet|geruststellen|0.96
p:ik wil|gevoelsreflectie|-1.0
p:ik wil|samenvatting|0.83
p:ik wil|open-vraag|1.85
p:ik wil|bevelen|0.96
p:ik wil|geruststellen|-1.92
p:ik wil|afronding-aankondigen|1.84
p:ik wil|bedanken|-1.03
p:ik word|ik-boodschap|1.57
p:ik word|gevoelsreflectie|-0.88
p:ik word|samenvatting|-1.0
p:ik word|open-vraag|-0.96
p:ik zag|ik-boodschap|0.12
p:ik zag|bevelen|-0.94
p:ik zag|moraliseren|-1.0
p:ik zag|adviseren|-1.0
p:ik zag|prijzen|-1.0
p:ik zag|bedanken|-1.0
p:ik zeg|gevoelsreflectie|-1.0
p:ik zeg|samenvatting|0.69
p:ik zeg|bekritiseren|-0.93
p:ik zeg|geruststellen|0.86
p:ik zie|ik-boodschap|0.7
p:ik zie|samenvatting|-0.7
p:ik zie|geruststellen|0.98
p:ik zie|afronding-aankondigen|-0.97
p:ik zie|vervolgafspraak|-0.88
p:ik zie|bedanken|-0.96
p:ik zijn|jij-boodschap|-0.96
p:ik zijn|parafrase|-0.96
p:ik zit|jij-boodschap|-0.71
p:ik zo|geruststellen|-0.98
p:ik zonde|vervolgafspraak|0.9
p:ik zorgelijk|open-vraag|0.83
p:ik zou|moraliseren|-1.0
p:ik zou|adviseren|0.97
p:ik zou|vervolgafspraak|-1.0
p:ik zwaar|ik-boodschap|0.96
p:in 2b|jij-boodschap|-0.93
p:in als|jij-boodschap|0.99
p:in als|adviseren|0.99
p:in als|bekritiseren|0.99
p:in dat|bekritiseren|-1.0
p:in dat|prijzen|1.65
p:in dat|geruststellen|-0.98
p:in dat|afleiden|-0.95
p:in de|jij-boodschap|0.28
p:in de|parafrase|-0.98
p:in de|gevoelsreflectie|0.88
p:in de|open-vraag|1.86
p:in de|bevelen|1.12
p:in de|adviseren|-0.99
p:in de|bekritiseren|1.09
p:in de|prijzen|-0.87
p:in de|etiketteren|-0.79
p:in de|afleiden|0.89
p:in de|bedanken|0.9
p:in deze|parafrase|1.0
p:in deze|waarschuwen|-1.0
p:in deze|afleiden|-0.88
p:in een|adviseren|0.99
p:in een|geruststellen|0.96
p:in elke|afleiden|0.99
p:in groep|afleiden|0.95
p:in hebben|moraliseren|0.98
p:in hebt|jij-boodschap|1.69
p:in hebt|bekritiseren|1.36
p:in hebt|interpreteren|-0.92
p:in het|ik-boodschap|2.22
p:in het|jij-boodschap|-0.99
p:in het|samenvatting|-0.95
p:in het|bevelen|-0.96
p:in het|waarschuwen|-0.93
p:in het|adviseren|-0.99
p:in het|argumenteren|0.59
p:in het|bekritiseren|-0.99
p:in het|geruststellen|-0.98
p:in het|ondervragen|0.99
p:in het|afleiden|-1.86
p:in het|vervolgafspraak|-0.93
p:in hoe|afleiden|0.95
p:in je|ik-boodschap|-0.13
p:in je|jij-boodschap|0.89
p:in je|samenvatting|-0.99
p:in jouw|adviseren|0.96
p:in lokaal|vervolgafspraak|0.86
p:in m'n|jij-boodschap|-0.71
p:in magister|ik-boodschap|0.23
p:in magister|jij-boodschap|0.55
p:in magister|bekritiseren|0.55
p:in met|afronding-aankondigen|-0.92
p:in mijn|samenvatting|0.98
p:in orde|argumenteren|-1.0
p:in orde|prijzen|1.0
p:in orde|etiketteren|-1.0
p:in plaats|ik-boodschap|1.0
p:in plaats|open-vraag|-1.0
p:in plaats|adviseren|-0.93
p:in plaats|vervolgafspraak|-0.96
p:in rondjes|afronding-aankondigen|0.99
p:in samen|afronding-aankondigen|0.93
p:in school|ik-boodschap|-1.0
p:in school|gevoelsreflectie|-0.98
p:in school|samenvatting|1.0
p:in school|bevelen|-1.0
p:in school|bedanken|-1.0
p:in september|argumenteren|0.99
p:in taal|interpreteren|-0.96
p:in uw|aanmoediging|-0.98
p:in voor|gevoelsreflectie|0.82
p:in voor|vervolgafspraak|0.95
p:in welke|ondervragen|-0.98
p:in zonder|jij-boodschap|-0.99
p:incident op|afleiden|0.94
p:incident volgt|waarschuwen|0.99
p:incident volgt|geruststellen|-0.99
p:incident volgt|afleiden|-0.99
p:incident zouden|gevoelsreflectie|-0.77
p:informatie van|jij-boodschap|-0.91
p:informatie verwacht|samenvatting|-0.98
p:informatie verwacht|aanmoediging|-0.98
p:ingeleverd dus|ik-boodschap|0.98
p:ingeleverd dus|jij-boodschap|-0.98
p:ingeleverd dus|bekritiseren|-0.98
p:ingeleverd ik|ik-boodschap|0.97
p:ingeleverd werkstuk|argumenteren|1.71
p:ingelicht over|ondervragen|0.97
p:ingewikkelder dan|geruststellen|-0.95
p:ingezet dat|waarschuwen|-0.99
p:ingrijpen en|aanmoediging|-0.99
p:inhalen en|ik-boodschap|0.96
p:inhalen toch|moraliseren|-0.96
p:inlevert kan|open-vraag|0.93
p:inlevert krijgt|argumenteren|-1.0
p:inlevert krijgt|prijzen|-1.0
p:inlevert mag|waarschuwen|0.97
p:instagram om|gevoelsreflectie|-0.81
p:instructie en|ik-boodschap|1.0
p:instructie en|adviseren|-0.76
p:interesse toont|bekritiseren|-0.84
p:interesseert u|jij-boodschap|0.99
p:intern begeleider|afronding-aankondigen|-0.9
p:iris de|waarschuwen|-0.62
p:iris in|moraliseren|-0.96
p:is ?|jij-boodschap|0.99
p:is ?|ondervragen|-0.99
p:is ?|vervolgafspraak|0.96
p:is al|argumenteren|0.99
p:is allemaal|geruststellen|0.99
p:is als|adviseren|0.87
p:is als|prijzen|1.0
p:is bang|interpreteren|0.97
p:is beter|samenvatting|0.95
p:is dat|jij-boodschap|-0.99
p:is dat|parafrase|1.9
p:is dat|open-vraag|-0.91
p:is dat|bevelen|0.91
p:is de|jij-boodschap|-0.94
p:is de|waarschuwen|0.99
p:is de|prijzen|-0.99
p:is de|etiketteren|0.8
p:is degene|jij-boodschap|1.67
p:is degene|bekritiseren|0.96
p:is deze|ik-boodschap|-0.98
p:is dit|waarschuwen|-0.88
p:is duidelijk|adviseren|-0.78
p:is duidelijk|argumenteren|1.95
p:is echt|jij-boodschap|-0.94
p:is echt|argumenteren|-1.0
p:is echt|bekritiseren|2.22
p:is echt|geruststellen|1.0
p:is echt|ondervragen|0.99
p:is een|jij-boodschap|0.9
p:is een|parafrase|-0.99
p:is een|samenvatting|0.99
p:is een|bevelen|-0.98
p:is een|bekritiseren|-0.39
p:is een|afleiden|0.9
p:is en|open-vraag|1.0
p:is en|argumenteren|-1.0
p:is er|samenvatting|0.99
p:is er|open-vraag|1.01
p:is er|geruststellen|1.0
p:is fijn|jij-boodschap|-0.86
p:is fijn|bekritiseren|-0.9
p:is flauwgevallen|ik-boodschap|0.98
p:is gebeurd|ik-boodschap|0.85
p:is gekomen|vervolgafspraak|-0.68
p:is gewoon|jij-boodschap|0.42
p:is gewoon|argumenteren|0.46
p:is gewoon|bekritiseren|-1.09
p:is gewoon|interpreteren|-0.98
p:is gewoon|geruststellen|-0.94
p:is geworden|etiketteren|0.96
p:is geworden|ondervragen|-0.99
p:is heel|argumenteren|1.91
p:is heel|bekritiseren|-0.94
p:is heel|geruststellen|0.96
p:is het|ik-boodschap|0.85
p:is het|jij-boodschap|0.59
p:is het|parafrase|-0.93
p:is het|open-vraag|-0.97
p:is het|waarschuwen|-0.99
p:is het|moraliseren|0.98
p:is het|adviseren|1.94
p:is het|argumenteren|-0.89
p:is het|geruststellen|-1.0
p:is het|afleiden|0.95
p:is heus|moraliseren|-0.98
p:is heus|geruststellen|0.98
p:is hij|jij-boodschap|-1.0
p:is hij|samenvatting|-0.92
p:is hij|moraliseren|-1.0
p:is hij|interpreteren|0.9
p:is ingewikkelder|geruststellen|-0.95
p:is jouw|moraliseren|1.0
p:is jouw|argumenteren|-1.0
p:is kader|adviseren|-0.93
p:is logisch|argumenteren|0.84
p:is maar|jij-boodschap|0.96
p:is maar|gevoelsreflectie|-0.96
p:is maar|argumenteren|-0.97
p:is maar|bekritiseren|0.76
p:is maar|geruststellen|0.56
p:is maar|afleiden|-0.98
p:is mag|argumenteren|-0.94
p:is mag|interpreteren|-1.0
p:is misschien|interpreteren|0.99
p:is misschien|geruststellen|-0.99
p:is moe|samenvatting|0.69
p:is nemen|ik-boodschap|0.99
p:is niet|ik-boodschap|-0.92
p:is niet|moraliseren|0.99
p:is niet|interpreteren|0.97
p:is niet|geruststellen|0.84
p:is niet|afleiden|-0.77
p:is nooit|jij-boodschap|-0.86
p:is nooit|bekritiseren|-0.9
p:is nou|moraliseren|-0.72
p:is nou|argumenteren|0.94
p:is nou|bekritiseren|0.17
p:is nou|afleiden|-0.94
p:is nu|argumenteren|0.65
p:is of|samenvatting|-0.91
p:is om|adviseren|0.91
p:is om|etiketteren|-0.84
p:is om|interpreteren|1.0
p:is om|afronding-aankondigen|0.99
p:is om|vervolgafspraak|-0.99
p:is ondertekend|open-vraag|-0.9
p:is ook|afleiden|0.73
p:is op|ik-boodschap|-0.93
p:is op|argumenteren|0.9
p:is over|geruststellen|0.78
p:is sophie|gevoelsreflectie|0.94
p:is t|ik-boodschap|-0.64
p:is t|open-vraag|1.0
p:is tegen|jij-boodschap|0.91
p:is tegen|samenvatting|-0.91
p:is tegen|bekritiseren|0.91
p:is terwijl|jij-boodschap|1.0
p:is terwijl|bekritiseren|1.0
p:is terwijl|ondervragen|-0.89
p:is toch|gevoelsreflectie|0.84
p:is toch|moraliseren|-0.9
p:is toch|argumenteren|-0.74
p:is toch|bekritiseren|-0.95
p:is toch|prijzen|-0.94
p:is toch|geruststellen|-0.97
p:is toch|afleiden|1.91
p:is twee|ik-boodschap|-0.75
p:is uw|moraliseren|0.93
p:is verplaatst|afleiden|-0.81
p:is volgende|afleiden|0.82
p:is voor|parafrase|0.93
p:is voor|argumenteren|0.93
p:is vooral|afleiden|-0.94
p:is weer|bekritiseren|-0.81
p:is weer|geruststellen|-0.94
p:is weggelopen|open-vraag|-0.81
p:is zie|gevoelsreflectie|0.98
p:is zwak|interpreteren|-0.96
p:ja ?|open-vraag|-0.99
p:ja ?|aanmoediging|0.99
p:ja ?|ondervragen|-0.99
p:ja ga|samenvatting|-0.99
p:ja hoor|aanmoediging|-0.9
p:ja hoor|etiketteren|0.9
p:ja ja|etiketteren|0.9
p:ja meneer|etiketteren|0.9
p:ja precies|aanmoediging|-0.83
p:ja pubers|afleiden|0.97
p:ja vertel|aanmoediging|1.82
p:ja vertel|etiketteren|-0.9
p:ja vertelt|gevoelsreflectie|-1.0
p:ja zo|afleiden|0.98
p:jaar bij|ik-boodschap|-1.0
p:jaar over|adviseren|-0.99
p:jaar weer|waarschuwen|0.97
p:jaloers is|ik-boodschap|-0.93
p:jaloers op|jij-boodschap|-0.83
p:jaloers op|prijzen|-0.98
p:jaloers op|interpreteren|0.98
p:jammer ik|afronding-aankondigen|1.0
p:jammer misschien|ik-boodschap|0.93
p:jammer misschien|adviseren|0.76
p:jammer vond|moraliseren|-0.94
p:jammer vond|geruststellen|-0.76
p:jammer voor|ik-boodschap|0.7
p:jammer voor|gevoelsreflectie|-0.83
p:jammer voor|samenvatting|-0.7
p:jammer voor|open-vraag|-0.94
p:jammer want|open-vraag|0.97
p:januari elf|jij-boodschap|-1.0
p:januari elf|waarschuwen|-1.0
p:januari elf|etiketteren|-1.0
p:jayden zich|jij-boodschap|-0.97
p:jayden zich|bekritiseren|-0.97
p:jayden zitten|ik-boodschap|-0.93
p:jayden zitten|waarschuwen|-0.85
p:je ?|ik-boodschap|-0.89
p:je ?|gevoelsreflectie|-0.98
p:je ?|samenvatting|0.98
p:je aan|argumenteren|0.71
p:je aan|bekritiseren|-1.0
p:je aan|etiketteren|1.0
p:je aantekeningen|vervolgafspraak|-0.96
p:je afspraken|jij-boodschap|0.89
p:je alleen|interpreteren|0.98
p:je als|ik-boodschap|-0.85
p:je als|open-vraag|0.91
p:je amira|ik-boodschap|0.94
p:je amira|gevoelsreflectie|-0.94
p:je baalt|ik-boodschap|-0.56
p:je baalt|afleiden|0.94
p:je bedoelt|parafrase|0.99
p:je belt|bevelen|0.93
p:je belt|vervolgafspraak|-0.93
p:je bent|jij-boodschap|2.41
p:je bent|gevoelsreflectie|-0.92
p:je bent|samenvatting|0.94
p:je bent|open-vraag|0.83
p:je bent|argumenteren|-1.0
p:je bent|bekritiseren|-0.15
p:je bent|prijzen|0.99
p:je bent|etiketteren|1.85
p:je bent|geruststellen|0.77
p:je best|gevoelsreflectie|-0.91
p:je best|moraliseren|0.94
p:je beter|moraliseren|-1.0
p:je beter|etiketteren|-1.0
p:je biedt|bevelen|0.97
p:je biedt|waarschuwen|-0.8
p:je bij|ik-boodschap|0.7
p:je bij|gevoelsreflectie|-1.81
p:je bij|samenvatting|-0.7
p:je bij|open-vraag|-0.94
p:je bij|waarschuwen|-0.71
p:je bij|afleiden|-0.91
p:je bij|vervolgafspraak|0.86
p:je bijna|ik-boodschap|0.99
p:je bijna|moraliseren|-0.82
p:je blijft|gevoelsreflectie|0.92
p:je blijft|geruststellen|0.77
p:je boos|geruststellen|-0.81
p:je broer|bevelen|0.99
p:je buitensluiten|parafrase|0.99
p:je buurman|open-vraag|-0.97
p:je capuchon|moraliseren|-0.94
p:je cijfer|ik-boodschap|-0.99
p:je cijfers|ik-boodschap|-0.85
p:je cijfers|open-vraag|0.91
p:je cijfers|bekritiseren|-0.83
p:je daarom|parafrase|1.0
p:je daarom|samenvatting|-0.87
p:je dat|ik-boodschap|-1.0
p:je dat|open-vraag|-1.0
p:je dat|waarschuwen|0.82
p:je dat|afronding-aankondigen|-1.0
p:je dat|bedanken|1.0
p:je de|jij-boodschap|-1.0
p:je de|gevoelsreflectie|-0.74
p:je de|waarschuwen|-1.0
p:je de|argumenteren|0.97
p:je de|etiketteren|-1.0
p:je de|geruststellen|-0.97
p:je deze|open-vraag|-0.91
p:je deze|afleiden|0.91
p:je die|parafrase|1.0
p:je die|samenvatting|-0.87
p:je dit|ik-boodschap|-0.99
p:je dit|moraliseren|-0.96
p:je dit|prijzen|1.98
p:je docent|ik-boodschap|-0.92
p:je docent|parafrase|-0.96
p:je docent|samenvatting|1.63
p:je docent|vervolgafspraak|0.96
p:je docenten|waarschuwen|-0.9
p:je dochter|ik-boodschap|0.96
p:je doet|bevelen|0.98
p:je donderdag|afronding-aankondigen|0.97
p:je donderdag|vervolgafspraak|0.97
p:je echt|geruststellen|-1.0
p:je een|argumenteren|0.89
p:je eentje|ik-boodschap|-0.99
p:je eerlijk|waarschuwen|-0.9
p:je eigenlijk|geruststellen|-0.93
p:je er|ik-boodschap|-1.0
p:je er|gevoelsreflectie|1.0
p:je er|geruststellen|0.98
p:je eruit|jij-boodschap|1.85
p:je eruit|waarschuwen|1.0
p:je eruit|bekritiseren|1.7
p:je eruit|prijzen|-0.71
p:je excuses|bevelen|1.92
p:je excuses|waarschuwen|-0.8
p:je excuses|prijzen|-0.98
p:je faalangst|bekritiseren|-0.43
p:je gaat|parafrase|-0.99
p:je gaat|bevelen|1.79
p:je gaat|waarschuwen|-0.8
p:je gaat|etiketteren|-0.9
p:je gaat|geruststellen|0.22
p:je geeft|gevoelsreflectie|-0.91
p:je geen|bevelen|-0.93
p:je geen|interpreteren|0.98
p:je geen|afleiden|-0.98
p:je gekozen|open-vraag|-1.71
p:je geweldige|bekritiseren|1.64
p:je geweldige|bedanken|-1.81
p:je gewoon|jij-boodschap|-3.1
p:je gewoon|moraliseren|1.69
p:je gewoon|argumenteren|0.88
p:je gewoon|bekritiseren|-2.64
p:je ging|vervolgafspraak|-1.0
p:je gisteren|ik-boodschap|2.8
p:je gisteren|parafrase|-1.0
p:je gisteren|gevoelsreflectie|-0.84
p:je gisteren|ondervragen|0.99
p:je goed|ik-boodschap|-0.93
p:je goed|waarschuwen|-0.85
p:je goed|bekritiseren|-0.65
p:je groepsgenoten|bevelen|-0.97
p:je haalt|geruststellen|1.78
p:je hebt|ik-boodschap|1.81
p:je hebt|jij-boodschap|-1.0
p:je hebt|gevoelsreflectie|-0.74
p:je hebt|argumenteren|-1.7
p:je hebt|etiketteren|-1.0
p:je hebt|geruststellen|-0.98
p:je hebt|afronding-aankondigen|-0.95
p:je heel|gevoelsreflectie|0.81
p:je heel|bevelen|-0.97
p:je heel|bekritiseren|-0.91
p:je heen|gevoelsreflectie|0.92
p:je helemaal|geruststellen|1.64
p:je helpen|gevoelsreflectie|-0.74
p:je hem|ik-boodschap|-0.97
p:je hem|geruststellen|-0.97
p:je het|jij-boodschap|-1.84
p:je het|parafrase|-1.03
p:je het|gevoelsreflectie|2.9
p:je het|open-vraag|0.96
p:je het|adviseren|1.0
p:je het|argumenteren|-0.1
p:je het|interpreteren|0.96
p:je hier|gevoelsreflectie|0.96
p:je hoort|jij-boodschap|-0.87
p:je hoort|bevelen|-0.99
p:je hoort|moraliseren|0.99
p:je hoort|adviseren|-0.87
p:je hoort|prijzen|-0.98
p:je huiswerk|ik-boodschap|0.84
p:je huiswerk|jij-boodschap|-0.87
p:je huiswerk|moraliseren|1.99
p:je huiswerk|adviseren|-0.87
p:je huiswerk|argumenteren|-1.84
p:je iemand|waarschuwen|-0.98
p:je iemand|prijzen|-0.98
p:je in|ik-boodschap|1.85
p:je in|open-vraag|0.96
p:je in|afleiden|-0.88
p:je je|ik-boodschap|0.9
p:je je|jij-boodschap|0.89
p:je je|gevoelsreflectie|0.81
p:je je|bevelen|-0.97
p:je je|waarschuwen|0.98
p:je je|moraliseren|1.94
p:je je|adviseren|0.72
p:je je|argumenteren|0.71
p:je je|bekritiseren|0.82
p:je je|prijzen|0.95
p:je je|interpreteren|-1.0
p:je je|vervolgafspraak|-0.96
p:je kamer|ik-boodschap|0.89
p:je kamer|adviseren|0.72
p:je kijkt|gevoelsreflectie|2.75
p:je klaarzetten|ondervragen|-0.97
p:je klasgenoten|ik-boodschap|-1.0
p:je klasgenoten|samenvatting|-1.0
p:je klasgenoten|moraliseren|1.0
p:je klasgenoten|ondervragen|-1.0
p:je komt|jij-boodschap|0.89
p:je komt|geruststellen|0.98
p:je laptop|ik-boodschap|0.99
p:je liever|ik-boodschap|-0.93
p:je liever|waarschuwen|-0.85
p:je lijkt|gevoelsreflectie|0.99
p:je me|ondervragen|-0.97
p:je me|afronding-aankondigen|-1.0
p:je meer|moraliseren|0.9
p:je meldt|bevelen|-0.93
p:je mist|ik-boodschap|-0.85
p:je mist|open-vraag|0.83
p:je moeder|moraliseren|1.0
p:je moeder|argumenteren|-1.0
p:je moeder|afronding-aankondigen|0.97
p:je moeder|vervolgafspraak|0.97
p:je moet|geruststellen|0.94
p:je naar|waarschuwen|0.9
p:je naast|ik-boodschap|0.99
p:je naast|moraliseren|-0.82
p:je neemt|moraliseren|-0.99
p:je niet|jij-boodschap|0.93
p:je niet|gevoelsreflectie|0.66
p:je niet|aanmoediging|-0.99
p:je niet|bevelen|0.94
p:je niet|moraliseren|1.92
p:je niet|argumenteren|0.84
p:je niet|geruststellen|0.94
p:je niet|afleiden|-0.91
p:je nodig|samenvatting|-0.99
p:je nodig|open-vraag|0.99
p:je nou|waarschuwen|-0.99
p:je nou|moraliseren|0.8
p:je nou|argumenteren|-0.8
p:je nu|gevoelsreflectie|-1.0
p:je nu|waarschuwen|1.0
p:je ogen|bevelen|0.93
p:je om|bevelen|-0.93
p:je omdat|geruststellen|-0.93
p:je oneerlijk|gevoelsreflectie|0.72
p:je ook|moraliseren|0.95
p:je ook|prijzen|0.95
p:je oortjes|ik-boodschap|-0.99
p:je op|moraliseren|0.96
p:je op|adviseren|0.99
p:je op|interpreteren|-0.96
p:je op|geruststellen|-0.95
p:je opdrachten|ik-boodschap|0.99
p:je opdrachten|moraliseren|-0.82
p:je oude|ik-boodschap|-0.85
p:je oude|open-vraag|0.91
p:je ouders|bevelen|-0.99
p:je ouders|adviseren|-0.71
p:je overal|bevelen|0.81
p:je overal|bekritiseren|0.99
p:je per|adviseren|-0.71
p:je plannen|jij-boodschap|-0.95
p:je plannen|afronding-aankondigen|-0.95
p:je planner|samenvatting|0.92
p:je planning|gevoelsreflectie|-0.99
p:je planning|samenvatting|0.99
p:je planning|moraliseren|-0.99
p:je planning|bekritiseren|-0.99
p:je plicht|bekritiseren|-0.8
p:je pols|ik-boodschap|1.0
p:je pols|moraliseren|-1.0
p:je pols|adviseren|-1.0
p:je pols|prijzen|-1.0
p:je pols|bedanken|-1.0
p:je pws|ik-boodschap|0.97
p:je rapport|open-vraag|0.96
p:je rekenmachine|gevoelsreflectie|-0.74
p:je samen|argumenteren|-0.94
p:je schaamt|ik-boodschap|-1.0
p:je schaamt|gevoelsreflectie|1.0
p:je schrift|interpreteren|-1.0
p:je slaap|ik-boodschap|0.89
p:je slaap|adviseren|0.72
p:je slaapt|ik-boodschap|-0.85
p:je slecht|bekritiseren|2.38
p:je snapt|ik-boodschap|0.84
p:je snapt|argumenteren|-0.84
p:je sorry|waarschuwen|-0.98
p:je speelt|waarschuwen|0.88
p:je staat|waarschuwen|0.99
p:je stage|jij-boodschap|-0.95
p:je stage|bekritiseren|-0.83
p:je stage|afleiden|0.97
p:je stage|afronding-aankondigen|-0.95
p:je stagebegeleider|bevelen|0.93
p:je stagebegeleider|vervolgafspraak|-0.93
p:je strafwerk|gevoelsreflectie|-1.0
p:je strafwerk|waarschuwen|1.0
p:je tas|samenvatting|-0.99
p:je telefoon|open-vraag|-0.96
p:je telefoon|bevelen|1.0
p:je telefoon|afleiden|-1.0
p:je thuis|interpreteren|-1.0
p:je thuis|ondervragen|-0.97
p:je tijd|jij-boodschap|1.57
p:je tijd|samenvatting|-0.57
p:je tijd|bevelen|-1.83
p:je tijd|bekritiseren|1.51
p:je tijd|vervolgafspraak|-0.99
p:je vader|ik-boodschap|-0.98
p:je vader|parafrase|1.0
p:je vader|samenvatting|-0.87
p:je vader|bevelen|-1.75
p:je vader|waarschuwen|1.52
p:je vader|geruststellen|-0.97
p:je vader|vervolgafspraak|0.93
p:je vader|bedanken|-0.96
p:je van|moraliseren|-0.14
p:je van|geruststellen|-0.76
p:je vandaag|moraliseren|-1.0
p:je vandaag|adviseren|-1.0
p:je vandaag|bekritiseren|-0.61
p:je vandaag|prijzen|-1.0
p:je vandaag|bedanken|-1.0
p:je vanochtend|bevelen|-0.94
p:je verantwoordelijkheid|bevelen|-0.96
p:je vergist|argumenteren|1.86
p:je verslag|ik-boodschap|0.97
p:je verzuim|jij-boodschap|-0.95
p:je verzuim|gevoelsreflectie|-0.99
p:je verzuim|samenvatting|0.99
p:je verzuim|moraliseren|-0.99
p:je verzuim|bekritiseren|-1.82
p:je verzuim|afronding-aankondigen|-0.95
p:je vindt|parafrase|-0.93
p:je vindt|etiketteren|0.17
p:je voelt|gevoelsreflectie|0.72
p:je voetbalwedstrijd|open-vraag|-1.84
p:je voetbalwedstrijd|afleiden|0.88
p:je voor|vervolgafspraak|-0.99
p:je vorige|moraliseren|-0.94
p:je vorige|geruststellen|-0.76
p:je vorige|vervolgafspraak|-1.0
p:je vrienden|ik-boodschap|-0.85
p:je vrienden|open-vraag|0.91
p:je vriendinnen|open-vraag|-0.91
p:je vrijdag|waarschuwen|0.82
p:je wat|gevoelsreflectie|-0.74
p:je weer|samenvatting|-0.96
p:je weer|aanmoediging|-0.99
p:je weer|moraliseren|-0.98
p:je weer|afronding-aankondigen|0.96
p:je weer|vervolgafspraak|0.96
p:je weer|bedanken|0.96
p:je weet|gevoelsreflectie|-0.94
p:je weet|samenvatting|0.94
p:je weet|moraliseren|-0.98
p:je wel|samenvatting|-0.96
p:je wel|waarschuwen|-0.96
p:je wel|moraliseren|-0.69
p:je wel|afronding-aankondigen|0.96
p:je wel|vervolgafspraak|0.96
p:je wel|bedanken|0.96
p:je werk|gevoelsreflectie|-1.0
p:je wil|parafrase|-0.93
p:je wil|gevoelsreflectie|-0.94
p:je wil|samenvatting|0.94
p:je woensdag|vervolgafspraak|0.98
p:je wordt|ik-boodschap|0.86
p:je ze|vervolgafspraak|-0.96
p:je zegt|ik-boodschap|-0.38
p:je zegt|argumenteren|0.97
p:je zegt|geruststellen|-0.97
p:je zelf|parafrase|-0.98
p:je zenuwachtig|ik-boodschap|-0.62
p:je zenuwachtig|geruststellen|1.79
p:je zit|ik-boodschap|0.89
p:je zit|adviseren|0.72
p:je zit|etiketteren|-1.0
p:je zo|ik-boodschap|-0.98
p:je zo|open-vraag|-1.0
p:je zo|waarschuwen|1.52
p:je zo|moraliseren|-0.69
p:je zo|bedanken|1.0
p:je zomaar|jij-boodschap|0.95
p:je zoveel|ik-boodschap|-0.73
p:je zoveel|interpreteren|0.96
p:jesse een|parafrase|0.86
p:jesse geen|bekritiseren|-0.93
p:jezelf naar|ik-boodschap|0.97
p:jezelf niet|etiketteren|-0.82
p:jezelf zeker|etiketteren|1.0
p:jij baalt|gevoelsreflectie|0.66
p:jij bent|ik-boodschap|-0.99
p:jij bent|jij-boodschap|-0.47
p:jij bent|bevelen|-0.98
p:jij bent|bekritiseren|-0.37
p:jij bent|prijzen|1.81
p:jij bent|etiketteren|0.17
p:jij bent|geruststellen|-0.59
p:jij dat|open-vraag|0.83
p:jij denkt|bekritiseren|0.99
p:jij doet|bekritiseren|-1.0
p:jij door|ik-boodschap|0.95
p:jij een|bekritiseren|-0.56
p:jij er|ik-boodschap|0.62
p:jij er|jij-boodschap|0.81
p:jij er|bekritiseren|0.48
p:jij er|interpreteren|-0.92
p:jij gaat|parafrase|-0.96
p:jij gaat|samenvatting|0.71
p:jij gaat|bevelen|0.95
p:jij gaat|vervolgafspraak|0.96
p:jij had|moraliseren|-1.0
p:jij had|etiketteren|-1.0
p:jij had|vervolgafspraak|-0.94
p:jij hebt|jij-boodschap|0.91
p:jij hebt|samenvatting|-0.91
p:jij hebt|bevelen|-0.95
p:jij hebt|bekritiseren|0.98
p:jij je|ik-boodschap|-0.92
p:jij je|samenvatting|0.92
p:jij je|afleiden|-0.88
p:jij komt|jij-boodschap|-0.47
p:jij komt|bekritiseren|-0.99
p:jij kunt|bevelen|-0.98
p:jij kunt|prijzen|0.83
p:jij legt|bevelen|1.0
p:jij legt|waarschuwen|-1.0
p:jij legt|afleiden|-1.0
p:jij lui|jij-boodschap|-0.5
p:jij lui|gevoelsreflectie|-1.0
p:jij lui|geruststellen|1.57
p:jij luistert|adviseren|-0.99
p:jij ruimt|jij-boodschap|-0.92
p:jij ruimt|bekritiseren|-0.37
p:jij snapt|jij-boodschap|-0.63
p:jij tegen|bevelen|0.99
p:jij tijdens|open-vraag|-0.97
p:jij verpest|jij-boodschap|1.85
p:jij verpest|waarschuwen|1.0
p:jij verpest|bekritiseren|1.7
p:jij verpest|prijzen|-0.71
p:jij vindt|jij-boodschap|0.95
p:jij vindt|bekritiseren|0.94
p:jij zegt|parafrase|0.96
p:jij zegt|open-vraag|0.96
p:jij zit|jij-boodschap|1.57
p:jij zit|samenvatting|-0.57
p:jij zit|bekritiseren|0.53
p:joep en|jij-boodschap|1.85
p:joep en|waarschuwen|1.0
p:joep en|bekritiseren|1.7
p:joep en|prijzen|-0.71
p:joh dat|geruststellen|-0.96
p:joh een|afleiden|0.94
p:joh over|geruststellen|1.64
p:jongen als|waarschuwen|-0.98
p:jongen als|prijzen|0.98
p:jongen bram|jij-boodschap|-0.63
p:jou ?|jij-boodschap|0.91
p:jou ?|samenvatting|-0.91
p:jou ?|bekritiseren|0.91
p:jou echt|gevoelsreflectie|0.97
p:jou echt|aanmoediging|-0.97
p:jou in|parafrase|-0.99
p:jou komt|bekritiseren|-0.43
p:jouw plaats|adviseren|0.96
p:jouw verantwoordelijkheid|moraliseren|1.0
p:jouw verantwoordelijkheid|argumenteren|-1.0
p:julia klopt|prijzen|-1.0
p:julia nog|open-vraag|-0.9
p:julian wat|jij-boodschap|-0.88
p:julian wat|bekritiseren|-0.88
p:jullie bemoeien|bevelen|0.81
p:jullie de|ik-boodschap|0.93
p:jullie de|waarschuwen|-0.83
p:jullie denken|prijzen|0.98
p:jullie doen|waarschuwen|0.99
p:jullie een|bekritiseren|-1.0
p:jullie er|jij-boodschap|-0.97
p:jullie er|bekritiseren|-0.97
p:jullie grijpen|jij-boodschap|0.99
p:jullie grijpen|adviseren|0.99
p:jullie grijpen|bekritiseren|0.99
p:jullie hebben|jij-boodschap|-0.89
p:jullie hebben|waarschuwen|-0.99
p:jullie het|prijzen|0.98
p:jullie in|ik-boodschap|0.97
p:jullie is|jij-boodschap|-0.91
p:jullie kijken|bekritiseren|1.0
p:jullie kijken|prijzen|-1.0
p:jullie reageren|jij-boodschap|1.53
p:jullie reageren|bekritiseren|1.53
p:jullie thuis|open-vraag|0.96
p:jullie thuis|afleiden|-0.99
p:jullie vandaag|bedanken|0.99
p:jullie veel|jij-boodschap|0.98
p:jullie veel|bekritiseren|0.98
p:jullie was|jij-boodschap|0.99
p:jullie was|adviseren|0.99
p:jullie was|bekritiseren|0.99
p:jullie wel|jij-boodschap|-0.97
p:jullie wel|bekritiseren|-0.97
p:jullie zijn|moraliseren|-0.98
p:jullie zijn|argumenteren|-1.0
p:jullie zijn|bekritiseren|-1.96
p:jullie zitten|adviseren|-0.98
p:jullie zorgen|argumenteren|-1.0
p:jullie zorgen|prijzen|1.0
p:jullie zorgen|etiketteren|-1.0
p:kader in|adviseren|-0.93
p:kamer ?|open-vraag|-0.96
p:kamer leggen|ik-boodschap|0.89
p:kamer leggen|adviseren|0.72
p:kamp ?|open-vraag|-0.99
p:kamp ?|afleiden|0.94
p:kamp hè|gevoelsreflectie|0.66
p:kampweek en|parafrase|-0.9
p:kampweek en|samenvatting|0.9
p:kan afronden|ik-boodschap|0.96
p:kan blijven|bekritiseren|-1.0
p:kan doen|open-vraag|0.96
p:kan er|ik-boodschap|0.97
p:kan geven|bekritiseren|-0.93
p:kan helpen|adviseren|1.0
p:kan hem|waarschuwen|1.52
p:kan het|jij-boodschap|0.99
p:kan het|open-vraag|0.97
p:kan het|afleiden|-0.99
p:kan hij|waarschuwen|-0.97
p:kan hij|adviseren|0.99
p:kan hij|vervolgafspraak|0.9
p:kan ik|ik-boodschap|0.97
p:kan ik|open-vraag|-0.91
p:kan ik|aanmoediging|-0.99
p:kan ik|bevelen|-0.99
p:kan ik|adviseren|-0.96
p:kan ik|interpreteren|-1.0
p:kan ik|ondervragen|-0.97
p:kan ik|afronding-aankondigen|-1.0
p:kan ik|vervolgafspraak|-1.82
p:kan leren|argumenteren|-0.91
p:kan leren|interpreteren|-0.97
p:kan me|ik-boodschap|-0.62
p:kan me|adviseren|-0.88
p:kan niet|moraliseren|-0.72
p:kan niet|argumenteren|1.0
p:kan toch|waarschuwen|-0.98
p:kan toch|prijzen|0.98
p:kan uw|ik-boodschap|0.75
p:kan ze|ik-boodschap|0.92
p:kan zijn|ik-boodschap|-0.97
p:kans krijgt|samenvatting|0.98
p:kans om|ik-boodschap|0.89
p:kantine ?|parafrase|-0.99
p:kapot van|aanmoediging|-1.0
p:kast te|argumenteren|-0.94
p:keer afwezig|bevelen|-1.0
p:keer bedankt|bedanken|0.83
p:keer bij|ik-boodschap|-0.97
p:keer dat|waarschuwen|0.99
p:keer dat|prijzen|-0.99
p:keer dezelfde|argumenteren|-0.97
p:keer en|geruststellen|-0.89
p:keer gemaild|jij-boodschap|0.44
p:keer heb|ik-boodschap|-0.86
p:keer heb|bekritiseren|0.95
p:keer huilend|waarschuwen|-0.97
p:keer is|ik-boodschap|0.98
p:keer is|open-vraag|-0.81
p:keer je|ik-boodschap|0.84
p:keer je|gevoelsreflectie|-0.74
p:keer je|argumenteren|-0.84
p:keer kort|samenvatting|0.69
p:keer niet|bekritiseren|0.97
p:keer nodig|afronding-aankondigen|-0.9
p:keer ongeoorloofd|jij-boodschap|-0.85
p:keer schuift|vervolgafspraak|1.8
p:keer spijbelt|ik-boodschap|-0.92
p:keer spijbelt|waarschuwen|1.0
p:keer spijbelt|adviseren|-1.0
p:keer te|ik-boodschap|0.97
p:keer te|bevelen|-0.88
p:keer te|moraliseren|-0.95
p:keer te|adviseren|-0.78
p:keer te|argumenteren|0.98
p:keer te|afronding-aankondigen|-0.98
p:keer te|vervolgafspraak|-0.68
p:keer uit|open-vraag|0.83
p:keer volgt|argumenteren|-0.97
p:keer zie|bevelen|0.9
p:keer ziek|gevoelsreflectie|-0.92
p:keer ziek|bekritiseren|-0.93
p:keer ziek|etiketteren|-0.92
p:keer zo|waarschuwen|0.76
p:kees wat|parafrase|-0.99
p:kent de|bevelen|-0.79
p:keuzevak ?|open-vraag|-1.71
p:kevin vorige|ik-boodschap|0.92
p:kiezen om|interpreteren|-0.99
p:kijk als|ik-boodschap|0.98
p:kijk als|argumenteren|0.9
p:kijk als|vervolgafspraak|-0.9
p:kijk donderdag|adviseren|-0.86
p:kijk het|moraliseren|-0.9
p:kijk het|argumenteren|1.0
p:kijk je|ik-boodschap|0.84
p:kijk je|argumenteren|-0.84
p:kijk maar|argumenteren|-0.99
p:kijk met|jij-boodschap|-0.88
p:kijk met|argumenteren|0.88
p:kijk met|bekritiseren|-0.95
p:kijk wie|geruststellen|-1.0
p:kijk zo|ik-boodschap|-0.94
p:kijk zo|argumenteren|0.94
p:kijken gewoon|bekritiseren|1.0
p:kijken gewoon|prijzen|-1.0
p:kijken naar|afleiden|0.99
p:kijken we|ik-boodschap|-0.92
p:kijken we|parafrase|-0.96
p:kijken we|samenvatting|0.78
p:kijken we|vervolgafspraak|0.96
p:kijkt een|gevoelsreflectie|1.83
p:kijkt er|gevoelsreflectie|0.92
p:kijkt heb|afronding-aankondigen|-0.99
p:kijkt toch|moraliseren|0.99
p:kijkt toch|geruststellen|-0.96
p:kijkt u|jij-boodschap|-0.97
p:kijkt u|open-vraag|0.93
p:kijkt u|bekritiseren|-0.97
p:kim twee|waarschuwen|-0.97
p:kind gewoon|bevelen|-0.86
p:kind moet|moraliseren|0.94
p:kind op|waarschuwen|-0.75
p:kinderen doen|interpreteren|-0.96
p:kinderen hebben|geruststellen|0.96
p:klaar laat|bevelen|0.9
p:klaar mee|parafrase|-0.95
p:klaar mee|gevoelsreflectie|-1.0
p:klaarzetten en|ondervragen|-0.97
p:klager eerlijk|moraliseren|-0.97
p:klas ?|ik-boodschap|-0.99
p:klas ?|samenvatting|-0.97
p:klas ?|prijzen|0.99
p:klas ?|afleiden|-0.88
p:klas begonnen|open-vraag|-0.97
p:klas bij|ik-boodschap|0.99
p:klas dat|geruststellen|0.96
p:klas dus|bevelen|-0.98
p:klas dus|prijzen|0.83
p:klas en|ik-boodschap|0.87
p:klas en|jij-boodschap|-0.99
p:klas en|gevoelsreflectie|-0.84
p:klas en|samenvatting|-0.97
p:klas en|waarschuwen|-0.99
p:klas en|bekritiseren|-0.63
p:klas gaat|ik-boodschap|-0.99
p:klas gelijk|parafrase|0.93
p:klas gelijk|argumenteren|0.93
p:klas haalde|argumenteren|0.97
p:klas haar|moraliseren|-0.96
p:klas is|samenvatting|0.95
p:klas is|bevelen|0.91
p:klas joep|jij-boodschap|1.85
p:klas joep|waarschuwen|1.0
p:klas joep|bekritiseren|1.7
p:klas joep|prijzen|-0.71
p:klas krijgt|parafrase|0.86
p:klas maar|geruststellen|0.78
p:klas roept|ik-boodschap|0.95
p:klas te|interpreteren|-0.85
p:klas was|parafrase|-1.0
p:klas wat|open-vraag|0.94
p:klas zit|bevelen|0.98
p:klas zit|ondervragen|-0.98
p:klas zit|vervolgafspraak|-0.96
p:klasgenoot hielp|ik-boodschap|0.92
p:klasgenoten praten|ik-boodschap|-1.0
p:klasgenoten praten|samenvatting|-1.0
p:klasgenoten praten|moraliseren|1.0
p:klasgenoten praten|ondervragen|-1.0
p:kleuter luuk|jij-boodschap|1.39
p:kleuter luuk|etiketteren|0.92
p:kleuterachtig gedoe|etiketteren|1.81
p:klinkt als|gevoelsreflectie|0.98
p:klinkt als|moraliseren|-0.97
p:klinkt als|bedanken|-0.99
p:klinkt alsof|jij-boodschap|-0.85
p:klinkt alsof|parafrase|-0.95
p:klinkt alsof|gevoelsreflectie|2.66
p:klinkt alsof|samenvatting|-0.94
p:klinkt alsof|bekritiseren|-0.91
p:klinkt best|aanmoediging|-1.0
p:klinkt echt|parafrase|-1.0
p:klinkt echt|open-vraag|-1.0
p:klinkt echt|geruststellen|-1.0
p:klinkt machteloos|gevoelsreflectie|1.0
p:klinkt zorgelijk|parafrase|0.99
p:kloppen want|argumenteren|1.0
p:klopt dat|gevoelsreflectie|0.99
p:klopt dat|samenvatting|0.95
p:klopt dat|prijzen|-1.0
p:klopt het|gevoelsreflectie|-0.66
p:klopt niet|ik-boodschap|-0.75
p:klopt niet|samenvatting|-0.95
p:klopt niet|argumenteren|1.58
p:kluisjes staat|ik-boodschap|1.0
p:knap dat|adviseren|-0.83
p:knap dat|afleiden|-0.95
p:koffie pakken|afleiden|0.98
p:kom je|ik-boodschap|0.99
p:kom je|jij-boodschap|-0.88
p:kom je|moraliseren|-0.82
p:kom je|argumenteren|0.88
p:kom je|bekritiseren|-0.95
p:komen ?|afronding-aankondigen|-0.97
p:komen ?|vervolgafspraak|0.97
p:komen met|afleiden|-0.97
p:komen tygo|bekritiseren|-0.8
p:komen we|bedanken|-0.88
p:komst ik|afronding-aankondigen|-0.76
p:komst ik|vervolgafspraak|0.88
p:komst we|vervolgafspraak|-0.9
p:komt ?|bekritiseren|0.99
p:komt allemaal|geruststellen|0.92
p:komt dan|parafrase|0.98
p:komt doordat|ik-boodschap|-1.0
p:komt doordat|jij-boodschap|-1.0
p:komt doordat|parafrase|-1.0
p:komt doordat|gevoelsreflectie|-1.0
p:komt doordat|samenvatting|-1.0
p:komt doordat|open-vraag|-1.0
p:komt doordat|aanmoediging|-1.0
p:komt doordat|bevelen|-1.0
p:komt doordat|waarschuwen|-1.0
p:komt doordat|moraliseren|-1.0
p:komt doordat|adviseren|-1.0
p:komt doordat|argumenteren|-1.0
p:komt doordat|bekritiseren|-1.0
p:komt doordat|prijzen|-1.0
p:komt doordat|etiketteren|-1.0
p:komt doordat|interpreteren|-1.0
p:komt doordat|geruststellen|-1.0
p:komt doordat|ondervragen|-1.0
p:komt doordat|afleiden|-1.0
p:komt doordat|afronding-aankondigen|-1.0
p:komt doordat|vervolgafspraak|-1.0
p:komt doordat|bedanken|-1.0
p:komt echt|adviseren|-0.68
p:komt er|geruststellen|1.38
p:komt geen|ik-boodschap|0.98
p:komt geen|argumenteren|-0.9
p:komt geen|vervolgafspraak|-0.9
p:komt gewoon|jij-boodschap|0.97
p:komt gewoon|bekritiseren|-0.43
p:komt goed|gevoelsreflectie|1.0
p:komt goed|open-vraag|1.0
p:komt goed|adviseren|0.87
p:komt goed|geruststellen|2.0
p:komt goed|afleiden|-0.84
p:komt het|gevoelsreflectie|-0.98
p:komt het|samenvatting|-0.97
p:komt het|open-vraag|0.99
p:komt het|bekritiseren|0.99
p:komt het|prijzen|-0.96
p:komt het|geruststellen|0.66
p:komt hij|ondervragen|0.94
p:komt je|jij-boodschap|0.89
p:komt later|open-vraag|-0.91
p:komt later|afleiden|0.91
p:komt mist|ik-boodschap|0.88
p:komt na|jij-boodschap|-0.47
p:komt na|bekritiseren|-0.99
p:komt natuurlijk|interpreteren|0.99
p:komt natuurlijk|afleiden|-0.99
p:komt opdagen|jij-boodschap|0.85
p:komt opdagen|bekritiseren|1.83
p:komt vast|interpreteren|0.84
p:komt volgende|vervolgafspraak|-1.81
p:komt volgens|geruststellen|-0.77
p:komt wat|parafrase|-0.93
p:komt wat|samenvatting|0.88
p:komt wel|open-vraag|-1.0
p:komt wel|geruststellen|1.77
p:komt zo|bevelen|-1.75
p:komt zo|geruststellen|-0.97
p:kon komen|parafrase|-0.99
p:kon maken|ik-boodschap|0.93
p:kon maken|gevoelsreflectie|-0.74
p:kon maken|adviseren|0.76
p:kon uploaden|ik-boodschap|-0.97
p:kon uploaden|geruststellen|-0.97
p:kopje koffie|afleiden|0.98
p:koptelefoon op|moraliseren|-0.96
p:kort ayoub|samenvatting|0.69
p:kort dus|adviseren|-0.99
p:kortom het|ik-boodschap|-0.99
p:kortom het|jij-boodschap|-0.99
p:kortom het|waarschuwen|-0.99
p:kortom het|bekritiseren|-0.63
p:kortom hij|parafrase|-0.96
p:kortom jij|jij-boodschap|2.48
p:kortom jij|samenvatting|-1.48
p:kortom jij|bevelen|-0.93
p:kortom jij|bekritiseren|2.42
p:kortom thuis|gevoelsreflectie|-0.98
p:kortom thuis|samenvatting|0.98
p:kortom u|jij-boodschap|-0.91
p:kortom volgens|parafrase|0.96
p:kortom volgens|samenvatting|0.86
p:kortom we|parafrase|-0.97
p:kortom we|samenvatting|1.79
p:kortom we|open-vraag|-0.97
p:kortom we|afronding-aankondigen|0.11
p:kortom we|vervolgafspraak|0.9
p:kortom we|bedanken|0.9
p:kost het|samenvatting|0.57
p:kreeg geen|gevoelsreflectie|0.82
p:kreeg geen|vervolgafspraak|0.95
p:krijg houd|argumenteren|-0.97
p:krijg je|gevoelsreflectie|-1.0
p:krijg je|waarschuwen|1.0
p:krijgt bijles|samenvatting|0.83
p:krijgt bijles|vervolgafspraak|0.9
p:krijgt bijles|bedanken|0.9
p:krijgt een|argumenteren|0.71
p:krijgt en|vervolgafspraak|0.78
p:krijgt geen|argumenteren|0.97
p:krijgt hij|argumenteren|-1.0
p:krijgt hij|prijzen|-1.0
p:krijgt in|ik-boodschap|-1.0
p:krijgt in|samenvatting|1.0
p:krijgt in|bevelen|-1.0
p:krijgt in|bedanken|-1.0
p:kritiek op|jij-boodschap|0.93
p:kritiek op|samenvatting|-0.93
p:kritiek op|bekritiseren|1.44
p:kun je|moraliseren|-0.96
p:kun je|argumenteren|0.84
p:kun je|prijzen|0.99
p:kunnen afwijken|prijzen|0.96
p:kunnen de|ik-boodschap|0.95
p:kunnen helpen|prijzen|-0.85
p:kunnen laten|parafrase|-0.98
p:kunnen lezen|ik-boodschap|-1.79
p:kunnen lezen|parafrase|0.95
p:kunnen maken|argumenteren|0.97
p:kunnen opnemen|adviseren|1.0
p:kunnen vertellen|parafrase|-1.0
p:kunnen vertellen|open-vraag|1.0
p:kunnen voorkomen|bekritiseren|0.6
p:kunnen we|ik-boodschap|0.78
p:kunnen we|afronding-aankondigen|1.93
p:kunt accepteren|interpreteren|1.0
p:kunt best|bevelen|-0.98
p:kunt best|prijzen|0.83
p:kunt dat|open-vraag|-0.97
p:kunt dit|geruststellen|-0.64
p:kunt eens|prijzen|-0.96
p:kunt eens|geruststellen|0.66
p:kunt er|interpreteren|-0.99
p:kunt hem|adviseren|0.87
p:kunt hem|geruststellen|1.0
p:kunt het|adviseren|1.0
p:kunt u|ik-boodschap|1.89
p:kunt u|moraliseren|-1.0
p:kunt u|adviseren|1.74
p:kunt u|argumenteren|-1.0
p:kunt u|bekritiseren|0.97
p:kunt u|prijzen|0.11
p:kunt u|etiketteren|-0.96
p:kunt u|geruststellen|-0.99
p:kwaad om|adviseren|-0.88
p:kwam dat|parafrase|0.96
p:kwam dat|open-vraag|0.96
p:kwam ze|ondervragen|0.98
p:kwartier zit|bedanken|0.93
p:kwestie van|geruststellen|0.96
p:kwetst me|ik-boodschap|0.99
p:laag maar|parafrase|0.93
p:laag maar|argumenteren|0.93
p:laat ?|ondervragen|0.94
p:laat bent|waarschuwen|0.92
p:laat daar|afronding-aankondigen|-0.98
p:laat dat|jij-boodschap|-0.86
p:laat dat|bekritiseren|-0.9
p:laat duidelijk|bekritiseren|-0.99
p:laat en|bevelen|-0.93
p:laat en|moraliseren|-0.95
p:laat gaat|open-vraag|-0.96
p:laat haar|jij-boodschap|1.0
p:laat haar|etiketteren|-1.0
p:laat hem|bevelen|-1.73
p:laat hem|moraliseren|0.95
p:laat het|bevelen|0.81
p:laat het|adviseren|-0.86
p:laat hij|bekritiseren|0.94
p:laat hij|afleiden|-0.94
p:laat ik|aanmoediging|-0.95
p:laat ik|waarschuwen|0.95
p:laat ingeleverd|ik-boodschap|0.97
p:laat ingeleverd|argumenteren|0.71
p:laat inlevert|open-vraag|0.93
p:laat is|ik-boodschap|-1.0
p:laat is|jij-boodschap|0.99
p:laat is|gevoelsreflectie|-0.94
p:laat is|samenvatting|0.94
p:laat is|ondervragen|-0.99
p:laat is|vervolgafspraak|-0.68
p:laat komt|bekritiseren|0.99
p:laat komt|geruststellen|-0.85
p:laat kwam|ondervragen|0.98
p:laat liggen|open-vraag|-0.87
p:laat me|ik-boodschap|-1.91
p:laat mij|bevelen|0.9
p:laat mij|waarschuwen|-0.85
p:laat u|samenvatting|-1.0
p:laat u|adviseren|0.81
p:laat u|bekritiseren|-0.85
p:laat u|prijzen|-1.0
p:laat u|ondervragen|-0.94
p:laat u|vervolgafspraak|0.96
p:laat volgt|adviseren|-0.78
p:laat volgt|argumenteren|0.98
p:laat weten|ondervragen|-0.97
p:laatste drie|ik-boodschap|0.93
p:laatste kans|bekritiseren|-0.75
p:laatste keer|waarschuwen|0.99
p:laatste keer|prijzen|-0.99
p:laatste maand|ik-boodschap|0.98
p:laatste tijd|ik-boodschap|-0.92
p:laatste tijd|open-vraag|0.96
p:laatste weken|ik-boodschap|-0.95
p:lage cijfers|samenvatting|0.69
p:lager scoren|argumenteren|1.0
p:laks zijn|jij-boodschap|0.98
p:laks zijn|bekritiseren|0.98
p:lang gamen|samenvatting|-1.0
p:lang gamen|bevelen|-1.0
p:lang gamen|prijzen|-1.0
p:lang gamen|ondervragen|1.0
p:langst dat|moraliseren|0.95
p:lapt alle|jij-boodschap|0.98
p:lapt alle|samenvatting|-0.65
p:lapt alle|bekritiseren|0.98
p:laptop niet|ik-boodschap|0.99
p:laptop om|adviseren|0.68
p:last van|etiketteren|-0.79
p:lastig als|afronding-aankondigen|-1.0
p:lastig is|jij-boodschap|0.96
p:lastig is|gevoelsreflectie|-0.96
p:lastig is|bekritiseren|0.76
p:lastig om|adviseren|-0.95
p:lastig vind|open-vraag|-0.81
p:laten ?|interpreteren|-1.0
p:laten ?|afronding-aankondigen|1.0
p:laten afweten|waarschuwen|-0.99
p:laten dan|afronding-aankondigen|0.97
p:laten dan|vervolgafspraak|0.97
p:laten denk|interpreteren|1.0
p:laten doen|open-vraag|-0.87
p:laten en|afronding-aankondigen|0.84
p:laten en|bedanken|-0.95
p:laten gamen|adviseren|0.91
p:laten ik|afronding-aankondigen|0.98
p:laten liggen|parafrase|0.98
p:laten liggen|afronding-aankondigen|-1.0
p:laten logeren|interpreteren|-0.99
p:laten passeren|parafrase|-0.98
p:laten plannen|adviseren|0.87
p:laten plannen|geruststellen|1.0
p:laten schieten|jij-boodschap|0.98
p:laten thuisblijven|adviseren|-0.84
p:laten we|ik-boodschap|0.98
p:laten we|jij-boodschap|-0.94
p:laten we|samenvatting|-0.99
p:laten we|bevelen|-0.98
p:laten we|argumenteren|-0.98
p:laten we|geruststellen|-1.0
p:laten we|afleiden|0.98
p:laten we|vervolgafspraak|0.97
p:laten we|bedanken|-0.91
p:laten weten|open-vraag|-1.0
p:laten weten|geruststellen|-1.0
p:laten weten|vervolgafspraak|-1.0
p:laten zien|ik-boodschap|0.89
p:laten zullen|bedanken|0.88
p:later wel|open-vraag|-0.91
p:later wel|afleiden|1.83
p:leeftijd allemaal|bevelen|-1.0
p:leeftijd allemaal|geruststellen|-1.0
p:leeftijd allemaal|afleiden|1.0
p:leek het|jij-boodschap|0.98
p:leek het|samenvatting|-0.65
p:leek het|bekritiseren|0.98
p:leerling heb|waarschuwen|-0.99
p:leerling heb|moraliseren|0.8
p:leerling heb|argumenteren|-0.8
p:leerling hoor|argumenteren|0.71
p:leerling hoort|waarschuwen|0.82
p:leerling in|moraliseren|0.9
p:leerling met|moraliseren|-0.9
p:leerling mila|moraliseren|0.95
p:leerling mila|prijzen|0.95
p:leerling om|bekritiseren|-0.8
p:leerlingen die|argumenteren|1.0
p:leerlingen die|geruststellen|-0.94
p:leerlingen hebben|etiketteren|-0.79
p:leerlingen waardoor|ik-boodschap|-0.67
p:leerplichtambtenaar in|ik-boodschap|-0.99
p:leerplichtambtenaar in|waarschuwen|1.0
p:leerplichtambtenaar in|adviseren|-1.0
p:leert haalt|argumenteren|0.96
p:leert haalt|geruststellen|-1.0
p:leert maar|ik-boodschap|0.99
p:leert maar|parafrase|1.0
p:leert maar|gevoelsreflectie|-1.0
p:leg die|bevelen|0.9
p:legt het|interpreteren|0.82
p:legt nu|bevelen|1.0
p:legt nu|waarschuwen|-1.0
p:legt nu|afleiden|-1.0
p:lekker bezig|bekritiseren|0.92
p:leraren hebben|adviseren|-0.99
p:leren dat|moraliseren|0.94
p:leren je|bevelen|-0.96
p:leren omdat|argumenteren|-0.91
p:leren omdat|interpreteren|-0.97
p:les bij|jij-boodschap|-0.47
p:les bij|bekritiseren|-0.99
p:les en|argumenteren|-0.7
p:les gegaan|ik-boodschap|-0.89
p:les gestuurd|open-vraag|0.83
p:les met|bekritiseren|0.99
p:les niet|open-vraag|0.97
p:les op|open-vraag|0.88
p:les uit|bekritiseren|-0.93
p:les voorbij|ik-boodschap|-0.97
p:les voorbij|samenvatting|-0.97
p:les want|open-vraag|-0.96
p:les weer|gevoelsreflectie|-1.0
p:les weer|adviseren|-1.0
p:les wegzakt|ik-boodschap|0.96
p:les zijn|samenvatting|-1.0
p:lessen en|samenvatting|0.97
p:lessen haar|samenvatting|0.99
p:lessen haar|open-vraag|-0.99
p:lesuren gemist|jij-boodschap|-1.0
p:lesuren gemist|waarschuwen|-1.0
p:lesuren gemist|etiketteren|-1.0
p:lesuren ongeoorloofd|argumenteren|1.0
p:lesuren ongeoorloofd|interpreteren|-1.0
p:lesuren ongeoorloofd|ondervragen|-1.0
p:let maar|parafrase|-0.99
p:let maar|geruststellen|0.99
p:let op|bevelen|-0.93
p:let thuis|samenvatting|0.78
p:let thuis|vervolgafspraak|0.99
p:letten goed|adviseren|-0.97
p:leukers hebben|jij-boodschap|-0.94
p:lever dat|bevelen|1.73
p:lever je|jij-boodschap|-0.99
p:lezen ze|samenvatting|0.57
p:liegen niet|moraliseren|1.71
p:liegen niet|argumenteren|-0.5
p:liever niet|ik-boodschap|-0.93
p:liever niet|waarschuwen|-0.85
p:liever niet|afleiden|0.94
p:lig je|jij-boodschap|1.85
p:lig je|waarschuwen|1.0
p:lig je|bekritiseren|1.7
p:lig je|prijzen|-0.71
p:liggen en|open-vraag|-0.96
p:liggen kan|open-vraag|-0.87
p:ligt gewoon|interpreteren|1.0
p:ligt het|parafrase|0.96
p:ligt het|samenvatting|0.86
p:ligt maar|geruststellen|0.98
p:lijkt er|gevoelsreflectie|0.99
p:lijkt me|bekritiseren|-1.0
p:lijkt me|vervolgafspraak|-1.0
p:lisa heeft|open-vraag|-0.99
p:lisa heeft|bevelen|-0.99
p:lisa het|afleiden|-0.98
p:lisa mist|samenvatting|0.99
p:lisa mist|open-vraag|-0.99
p:logisch dat|moraliseren|-0.9
p:lokaal 14|vervolgafspraak|0.86
p:lokaal gaan|ik-boodschap|0.97
p:loop je|waarschuwen|-0.71
p:los te|interpreteren|1.0
p:losse blaadjes|vervolgafspraak|-0.96
p:lotte haar|ik-boodschap|0.92
p:lotte sinds|open-vraag|1.0
p:lotte sinds|argumenteren|-1.0
p:lucas zijn|waarschuwen|0.97
p:luchtig houden|afronding-aankondigen|-0.94
p:lui bent|jij-boodschap|-0.5
p:lui bent|gevoelsreflectie|-1.0
p:lui bent|geruststellen|1.57
p:lui hij|interpreteren|0.97
p:lui is|etiketteren|0.96
p:lui is|interpreteren|-0.92
p:lui maar|geruststellen|-0.91
p:lui om|bekritiseren|0.84
p:lui om|etiketteren|0.84
p:luistert gewoon|etiketteren|-0.99
p:luistert nooit|adviseren|-0.99
p:lukt het|adviseren|-0.83
p:lukt het|afleiden|-0.95
p:m'n maag|jij-boodschap|-0.71
p:maak ik|ik-boodschap|1.0
p:maak ik|adviseren|-0.76
p:maak ik|vervolgafspraak|-0.96
p:maak je|geruststellen|0.94
p:maak je|afleiden|-0.98
p:maak me|ik-boodschap|-0.92
p:maak me|jij-boodschap|-1.0
p:maak me|waarschuwen|-1.0
p:maak me|adviseren|0.72
p:maak me|etiketteren|-1.0
p:maak me|geruststellen|-0.98
p:maak me|vervolgafspraak|0.28
p:maak u|geruststellen|0.97
p:maakt ?|parafrase|-0.96
p:maakt een|samenvatting|0.94
p:maakt een|vervolgafspraak|0.94
p:maakt er|gevoelsreflectie|-1.0
p:maakt er|adviseren|-1.0
p:maakt het|samenvatting|0.98
p:maakt maar|adviseren|0.96
p:maakt me|samenvatting|-0.91
p:maakt me|open-vraag|1.0
p:maakt me|moraliseren|-0.96
p:maakt me|argumenteren|-1.0
p:maakt om|ik-boodschap|-0.73
p:maakt om|interpreteren|0.96
p:maakt toch|waarschuwen|-0.99
p:maakt u|parafrase|-0.98
p:maakt u|adviseren|-1.0
p:maakt u|geruststellen|1.86
p:maakt u|afleiden|-1.0
p:maakt waardoor|ik-boodschap|0.93
p:maakt wat|gevoelsreflectie|1.0
p:maakt wat|open-vraag|1.0
p:maakt wat|geruststellen|1.0
p:maakt zich|open-vraag|-0.99
p:maakt zich|interpreteren|-0.92
p:maakt zich|geruststellen|-1.0
p:maakt zich|bedanken|-0.89
p:maakte hem|open-vraag|0.94
p:maand drie|ik-boodschap|0.98
p:maand drie|open-vraag|-0.81
p:maand evalueren|vervolgafspraak|0.78
p:maand opnieuw|afronding-aankondigen|-0.97
p:maand opnieuw|vervolgafspraak|0.97
p:maandag de|afronding-aankondigen|0.98
p:maandag een|afronding-aankondigen|0.84
p:maandag een|bedanken|-0.95
p:maandag en|samenvatting|-0.92
p:maandag het|vervolgafspraak|0.86
p:maandag in|bevelen|1.73
p:maandag na|afronding-aankondigen|-0.9
p:maandag niet|ik-boodschap|0.93
p:maandag niet|waarschuwen|-0.93
p:maandag niet|vervolgafspraak|-0.93
p:maandag stuur|vervolgafspraak|0.99
p:maandag stuur|bedanken|0.99
p:maandag terug|vervolgafspraak|0.84
p:maandagochtend komt|interpreteren|0.99
p:maandagochtend komt|afleiden|-0.99
p:maandje ben|geruststellen|1.64
p:maar ach|gevoelsreflectie|0.84
p:maar ach|afleiden|0.94
p:maar beginnen|afleiden|-0.95
p:maar dat|ik-boodschap|-0.97
p:maar dat|parafrase|1.0
p:maar dat|bevelen|0.84
p:maar dat|geruststellen|-0.26
p:maar de|ik-boodschap|0.99
p:maar de|parafrase|0.93
p:maar de|bevelen|-1.0
p:maar de|argumenteren|1.9
p:maar een|geruststellen|0.56
p:maar een|afleiden|-1.92
p:maar eens|argumenteren|-0.99
p:maar eerder|bekritiseren|0.95
p:maar gaan|bekritiseren|-0.85
p:maar geen|gevoelsreflectie|-0.98
p:maar geen|adviseren|-1.0
p:maar geen|afleiden|-1.0
p:maar genoeg|open-vraag|-0.97
p:maar goed|open-vraag|-1.84
p:maar goed|afleiden|0.88
p:maar het|jij-boodschap|-0.57
p:maar het|parafrase|0.9
p:maar het|samenvatting|0.95
p:maar het|adviseren|-0.68
p:maar het|argumenteren|-0.7
p:maar hij|jij-boodschap|0.98
p:maar hij|samenvatting|-0.65
p:maar hij|bekritiseren|0.98
p:maar hij|geruststellen|-0.91
p:maar hoe|open-vraag|-1.67
p:maar hoe|afleiden|1.95
p:maar ik|vervolgafspraak|-0.68
p:maar je|geruststellen|1.95
p:maar joh|afleiden|0.94
p:maar maakt|gevoelsreflectie|1.0
p:maar maakt|open-vraag|1.0
p:maar maakt|geruststellen|1.0
p:maar misschien|parafrase|-0.99
p:maar misschien|gevoelsreflectie|0.99
p:maar misschien|adviseren|1.95
p:maar niet|gevoelsreflectie|-0.91
p:maar niet|geruststellen|-0.13
p:maar om|samenvatting|-0.95
p:maar om|bekritiseren|-1.0
p:maar op|parafrase|-1.95
p:maar op|geruststellen|0.37
p:maar over|jij-boodschap|-0.94
p:maar sociaal|adviseren|-0.99
p:maar sterk|interpreteren|-0.96
p:maar thuis|parafrase|0.96
p:maar thuis|open-vraag|0.96
p:maar u|jij-boodschap|0.96
p:maar u|gevoelsreflectie|-0.96
p:maar u|argumenteren|0.97
p:maar u|bekritiseren|0.76
p:maar vertel|afleiden|0.99
p:maar waarom|gevoelsreflectie|0.98
p:maar waarom|ondervragen|0.98
p:maar ze|geruststellen|0.41
p:maar zelf|jij-boodschap|0.93
p:maar zelf|samenvatting|-0.93
p:maar zelf|bekritiseren|1.44
p:maar zijn|bevelen|-0.86
p:maart bespreken|samenvatting|0.94
p:maart bespreken|vervolgafspraak|0.94
p:maart verstuurd|argumenteren|0.9
p:machteloos hoe|gevoelsreflectie|1.0
p:machteloos voelen|gevoelsreflectie|0.91
p:mag ?|afleiden|-0.91
p:mag hij|waarschuwen|0.97
p:mag ik|geruststellen|-0.85
p:mag ik|bedanken|-0.89
p:mag je|moraliseren|0.9
p:mag je|argumenteren|-0.94
p:mag op|gevoelsreflectie|0.66
p:mag rustig|aanmoediging|0.97
p:mag u|interpreteren|-1.0
p:magister gekregen|gevoelsreflectie|-1.0
p:magister heeft|ik-boodschap|0.98
p:magister heeft|jij-boodschap|-0.98
p:magister heeft|bekritiseren|-0.98
p:mail ?|vervolgafspraak|-0.99
p:mail die|jij-boodschap|-0.94
p:mail gelezen|jij-boodschap|0.96
p:mail gelezen|gevoelsreflectie|-0.96
p:mail gelezen|bekritiseren|0.76
p:mail gestuurd|etiketteren|-0.9
p:mail ik|samenvatting|0.78
p:mail ik|vervolgafspraak|0.99
p:mail is|argumenteren|0.9
p:mail met|ik-boodschap|-1.0
p:mail met|vervolgafspraak|1.0
p:mail niet|parafrase|-0.82
p:mail niet|samenvatting|0.97
p:mail niet|argumenteren|-0.97
p:mail stuur|ik-boodschap|0.98
p:mail stuur|argumenteren|-0.9
p:mail stuur|vervolgafspraak|-0.9
p:mail u|afronding-aankondigen|0.22
p:mail u|vervolgafspraak|0.88
p:mail u|bedanken|-0.91
p:mail van|prijzen|-0.82
p:mail van|ondervragen|0.91
p:mails sturen|bekritiseren|0.91
p:maken ?|vervolgafspraak|0.96
p:maken als|waarschuwen|0.82
p:maken dat|ik-boodschap|0.93
p:maken dat|gevoelsreflectie|-0.74
p:maken dat|adviseren|0.76
p:maken en|vervolgafspraak|0.9
p:maken met|bedanken|0.88
p:maken we|afronding-aankondigen|-0.98
p:makkelijk daarom|adviseren|0.99
p:makkelijk een|waarschuwen|-0.98
p:makkelijk een|prijzen|0.98
p:makkelijk is|interpreteren|0.99
p:makkelijk is|geruststellen|-0.99
p:man de|ik-boodschap|0.75
p:manier om|bekritiseren|0.72
p:manier waarop|samenvatting|-0.95
p:manier zijn|geruststellen|-0.98
p:me 'ouwe'|ik-boodschap|0.99
p:me bezorgd|samenvatting|-0.91
p:me dit|ik-boodschap|-1.0
p:me dit|afronding-aankondigen|-1.0
p:me echt|ik-boodschap|-0.96
p:me eerlijk|ik-boodschap|-0.98
p:me erg|bekritiseren|-1.0
p:me erg|vervolgafspraak|-1.0
p:me geen|ik-boodschap|-0.92
p:me geraakt|ik-boodschap|0.91
p:me geraakt|open-vraag|0.91
p:me ik|bedanken|-0.88
p:me minder|ik-boodschap|0.99
p:me niet|ik-boodschap|0.84
p:me niet|argumenteren|-0.84
p:me niet|ondervragen|-0.97
p:me nooit|ik-boodschap|-0.96
p:me nu|ik-boodschap|-0.96
p:me ongerust|open-vraag|1.0
p:me ongerust|argumenteren|-1.0
p:me onrustig|moraliseren|-0.96
p:me op|ik-boodschap|-0.99
p:me steeds|ik-boodschap|-0.96
p:me toe|ik-boodschap|0.97
p:me verantwoordelijk|ik-boodschap|0.97
p:me verdriet|ik-boodschap|1.0
p:me verdriet|open-vraag|-1.0
p:me voorstellen|ik-boodschap|-0.62
p:me voorstellen|adviseren|-0.88
p:me wat|ik-boodschap|1.0
p:me zorgen|ik-boodschap|2.93
p:me zorgen|jij-boodschap|-1.0
p:me zorgen|waarschuwen|-1.0
p:me zorgen|bekritiseren|-0.99
p:me zorgen|etiketteren|-1.0
p:me zorgen|geruststellen|-0.98
p:me zorgen|vervolgafspraak|-0.68
p:mee aan|bevelen|-0.95
p:mee aan|ondervragen|-0.99
p:mee akkoord|moraliseren|-0.94
p:mee bent|parafrase|-0.95
p:mee bent|bekritiseren|-0.61
p:mee bezig|interpreteren|0.9
p:mee dan|prijzen|0.98
p:mee doet|ik-boodschap|-0.86
p:mee doet|bekritiseren|0.95
p:mee donderdag|samenvatting|-0.96
p:mee donderdag|waarschuwen|-0.96
p:mee donderdag|afronding-aankondigen|0.96
p:mee donderdag|vervolgafspraak|0.96
p:mee donderdag|bedanken|0.96
p:mee geholpen|jij-boodschap|-0.65
p:mee geholpen|bekritiseren|-0.53
p:mee hè|etiketteren|-1.0
p:mee in|jij-boodschap|-0.71
p:mee kan|open-vraag|0.96
p:mee laat|bevelen|0.81
p:mee laten|open-vraag|-0.87
p:mee mag|gevoelsreflectie|0.66
p:mee naar|bevelen|-0.84
p:mee naar|waarschuwen|-0.9
p:mee om|gevoelsreflectie|1.0
p:mee op|bevelen|1.89
p:mee op|waarschuwen|0.97
p:mee samen|jij-boodschap|-0.76
p:mee samen|vervolgafspraak|-0.95
p:mee te|gevoelsreflectie|-0.74
p:mee wegkomt|bekritiseren|0.99
p:meedenkend dus|waarschuwen|-0.95
p:meedoen met|ik-boodschap|1.91
p:meegaand geweest|jij-boodschap|-0.98
p:meegaand geweest|prijzen|0.98
p:meekrijgen vind|moraliseren|0.8
p:meeneemt kan|open-vraag|0.97
p:meer aan|ik-boodschap|0.99
p:meer aan|moraliseren|-0.82
p:meer bij|ik-boodschap|-0.93
p:meer contact|parafrase|-0.99
p:meer contact|samenvatting|0.99
p:meer contact|bekritiseren|-0.5
p:meer dan|moraliseren|0.99
p:meer geven|open-vraag|0.93
p:meer heeft|gevoelsreflectie|-0.98
p:meer horen|bevelen|0.96
p:meer informatie|jij-boodschap|-0.91
p:meer informatie|samenvatting|-0.98
p:meer informatie|aanmoediging|-0.98
p:meer loslaten|prijzen|0.85
p:meer naar|ik-boodschap|0.88
p:meer naar|open-vraag|-0.98
p:meer naast|ik-boodschap|-0.93
p:meer naast|waarschuwen|-0.85
p:meer op|afronding-aankondigen|-1.0
p:meer over|interpreteren|0.99
p:meer over|geruststellen|-0.99
p:meer rust|bekritiseren|-0.5
p:meer structuur|parafrase|-0.99
p:meer structuur|samenvatting|0.99
p:meer terugvindt|vervolgafspraak|-0.96
p:meer verwachten|moraliseren|0.9
p:meer vrijheid|moraliseren|-1.0
p:meer vrijheid|adviseren|1.0
p:meer vrijheid|prijzen|-0.85
p:meer vrijheid|interpreteren|-0.91
p:meer vrijheid|vervolgafspraak|-1.0
p:meer zelf|adviseren|0.87
p:meer zelf|geruststellen|1.0
p:mees hoe|afleiden|-0.88
p:mees in|ik-boodschap|-0.67
p:mees om|open-vraag|-0.96
p:mees zijn|open-vraag|-0.87
p:meest zorgen|gevoelsreflectie|-0.99
p:meewerkt schakel|ik-boodschap|-0.99
p:meid dan|moraliseren|-0.96
p:meid dus|prijzen|0.99
p:meiden je|parafrase|0.99
p:meivakantie stiller|open-vraag|1.0
p:meivakantie stiller|argumenteren|-1.0
p:meld ik|waarschuwen|0.76
p:melden bij|waarschuwen|-0.83
p:meldt je|bevelen|-0.93
p:meneer dat|jij-boodschap|0.59
p:meneer de|gevoelsreflectie|0.72
p:meneer weet|etiketteren|0.9
p:meneer yilmaz|bevelen|1.0
p:meneer yilmaz|prijzen|-1.0
p:meneer yilmaz|bedanken|-1.0
p:mentor erbij|afronding-aankondigen|-0.94
p:mentor gaat|bevelen|-0.93
p:mentor gaf|bevelen|-0.9
p:mentor gemeld|gevoelsreflectie|0.98
p:mentor gemeld|ondervragen|0.98
p:mentor gemeld|vervolgafspraak|-0.95
p:mentor houdt|geruststellen|0.97
p:mentor krijgt|gevoelsreflectie|-0.84
p:mentor op|bedanken|0.96
p:mentor schreef|geruststellen|-0.85
p:mentor te|parafrase|0.91
p:mentor van|ik-boodschap|-0.98
p:mentor vertelde|moraliseren|-0.94
p:mentor vertelde|geruststellen|-0.76
p:mentor voor|samenvatting|-0.95
p:mentor voor|afleiden|-0.95
p:mentor yusuf|parafrase|-0.99
p:mentor yusuf|samenvatting|0.99
p:merk dat|ik-boodschap|-0.93
p:merk dat|open-vraag|1.0
p:merk dat|argumenteren|-1.0
p:merk dat|bekritiseren|-0.81
p:merk dat|interpreteren|-0.95
p:merk dat|bedanken|0.92
p:merk ik|ik-boodschap|0.93
p:merk ik|waarschuwen|-0.98
p:merk je|bekritiseren|-1.0
p:merk je|etiketteren|1.0
p:merkt dus|parafrase|0.98
p:merkt u|parafrase|-0.88
p:merkt u|gevoelsreflectie|-1.0
p:merkt u|etiketteren|-0.94
p:merkt u|geruststellen|-0.98
p:met 'niet|parafrase|-1.0
p:met 'niet|bekritiseren|-1.0
p:met 'niet|ondervragen|-1.0
p:met andere|parafrase|1.0
p:met andere|samenvatting|-0.98
p:met andere|aanmoediging|-0.98
p:met andere|waarschuwen|-1.0
p:met andere|geruststellen|-0.62
p:met daan|parafrase|0.99
p:met dat|etiketteren|-1.0
p:met de|ik-boodschap|-0.98
p:met de|parafrase|-0.99
p:met de|samenvatting|1.08
p:met de|waarschuwen|-0.62
p:met de|adviseren|1.0
p:met de|argumenteren|-0.9
p:met de|bekritiseren|-0.99
p:met de|ondervragen|-0.94
p:met de|afleiden|-0.94
p:met de|afronding-aankondigen|-1.63
p:met de|vervolgafspraak|2.0
p:met deze|gevoelsreflectie|-0.82
p:met die|jij-boodschap|-0.85
p:met die|gevoelsreflectie|0.92
p:met die|geruststellen|-1.0
p:met die|vervolgafspraak|-0.98
p:met dit|prijzen|1.0
p:met een|ik-boodschap|1.91
p:met een|jij-boodschap|-0.88
p:met een|open-vraag|0.91
p:met een|moraliseren|-1.0
p:met een|adviseren|-1.0
p:met een|argumenteren|0.88
p:met een|bekritiseren|-0.23
p:met een|prijzen|-1.85
p:met een|interpreteren|-1.0
p:met een|afronding-aankondigen|0.84
p:met een|bedanken|-0.97
p:met gym|ik-boodschap|0.92
p:met haar|ik-boodschap|0.98
p:met haar|samenvatting|-0.91
p:met haar|prijzen|-0.96
p:met haar|geruststellen|0.66
p:met hem|ik-boodschap|0.93
p:met hem|gevoelsreflectie|0.76
p:met hem|samenvatting|-0.98
p:met hem|waarschuwen|-0.93
p:met hem|adviseren|1.0
p:met je|ik-boodschap|-1.91
p:met je|samenvatting|0.76
p:met je|open-vraag|-0.97
p:met je|bevelen|0.93
p:met je|afronding-aankondigen|0.97
p:met je|vervolgafspraak|0.94
p:met lezen|samenvatting|0.57
p:met mees|open-vraag|-0.96
p:met plannen|prijzen|0.96
p:met plannen|etiketteren|-0.96
p:met plannen|geruststellen|-0.91
p:met plezier|parafrase|-0.97
p:met pubers|afleiden|0.98
p:met ruzies|afleiden|-0.99
p:met school|gevoelsreflectie|-0.81
p:met school|open-vraag|0.99
p:met school|argumenteren|-0.94
p:met sven|adviseren|0.96
p:met u|open-vraag|0.97
p:met u|vervolgafspraak|-0.68
p:met uw|prijzen|1.65
p:met verlof|bevelen|-0.93
p:met vuur|waarschuwen|0.88
p:met wie|open-vraag|-0.98
p:met wie|ondervragen|0.98
p:met wie|afleiden|-0.98
p:met zijn|jij-boodschap|0.98
p:met zijn|open-vraag|-1.79
p:met zijn|bekritiseren|0.99
p:met zijn|vervolgafspraak|-0.96
p:met zoveel|moraliseren|-0.9
p:meteen in|prijzen|1.65
p:meteen na|gevoelsreflectie|-0.77
p:mevrouw de|bevelen|0.95
p:mevrouw de|bekritiseren|-0.92
p:mevrouw de|etiketteren|0.92
p:mevrouw smit|bevelen|0.97
p:mevrouw smit|waarschuwen|-0.8
p:middag ?|open-vraag|0.99
p:middag ruzie|parafrase|1.0
p:middag ruzie|samenvatting|-0.87
p:middernacht gaat|gevoelsreflectie|-0.99
p:middernacht gamen|moraliseren|0.95
p:mij doet|bevelen|-0.97
p:mij doet|adviseren|-0.98
p:mij doet|geruststellen|0.78
p:mij door|geruststellen|-0.77
p:mij eerst|bevelen|0.9
p:mij even|bevelen|0.97
p:mij geweest|geruststellen|-0.96
p:mij gewoon|prijzen|-0.98
p:mij gewoon|interpreteren|0.98
p:mij in|ik-boodschap|-1.0
p:mij in|vervolgafspraak|0.86
p:mij is|adviseren|0.99
p:mij niet|bevelen|-0.99
p:mij ooit|jij-boodschap|0.91
p:mij ooit|bekritiseren|0.91
p:mij op|vervolgafspraak|0.98
p:mij praat|waarschuwen|0.76
p:mij teleur|jij-boodschap|0.94
p:mij teleur|bekritiseren|0.94
p:mij teleur|vervolgafspraak|-0.85
p:mij terecht|waarschuwen|-0.97
p:mij uitpraten|waarschuwen|-0.85
p:mij vanavond|vervolgafspraak|-0.98
p:mij weten|vervolgafspraak|0.96
p:mij zit|interpreteren|0.9
p:mijn advies|adviseren|0.91
p:mijn berichten|bevelen|-0.99
p:mijn collega|vervolgafspraak|0.94
p:mijn eigen|samenvatting|0.98
p:mijn tip|bekritiseren|-0.99
p:mijn uitleg|moraliseren|-0.96
p:mijn verhaal|ik-boodschap|-0.96
p:mijn volgende|vervolgafspraak|-0.91
p:mijn woorden|ik-boodschap|-0.99
p:mijn zin|bevelen|0.9
p:mila ?|moraliseren|0.95
p:mila ?|prijzen|0.95
p:mila gepest|afleiden|-1.0
p:mila haar|open-vraag|0.97
p:milan de|jij-boodschap|-0.98
p:milan de|bekritiseren|-0.98
p:milan pas|gevoelsreflectie|-0.99
p:minder en|adviseren|-0.99
p:minder erg|geruststellen|0.99
p:minder serieus|ik-boodschap|0.99
p:minder te|adviseren|0.91
p:minder tijd|argumenteren|-0.97
p:minste wat|moraliseren|0.98
p:minuten begint|vervolgafspraak|-0.91
p:mis de|argumenteren|0.53
p:mis je|jij-boodschap|-1.0
p:mis je|waarschuwen|-1.0
p:mis je|etiketteren|-1.0
p:misschien is|adviseren|0.96
p:misschien is|argumenteren|-0.94
p:misschien kan|adviseren|0.99
p:misschien kunt|ik-boodschap|1.89
p:misschien kunt|adviseren|1.74
p:misschien kunt|bekritiseren|0.97
p:misschien kunt|prijzen|0.11
p:misschien kunt|etiketteren|-0.96
p:misschien kunt|geruststellen|-0.99
p:misschien moet|ik-boodschap|0.89
p:misschien moet|parafrase|-0.99
p:misschien moet|gevoelsreflectie|0.99
p:misschien moet|adviseren|2.72
p:missen vaker|geruststellen|-0.94
p:mist daar|vervolgafspraak|-0.96
p:mist daardoor|open-vraag|0.83
p:mist het|ik-boodschap|0.88
p:mist hij|bekritiseren|-0.99
p:mist iris|waarschuwen|-0.62
p:mist je|ik-boodschap|-0.85
p:mist lessen|samenvatting|0.97
p:mist thijs|ik-boodschap|0.89
p:mist veel|samenvatting|0.99
p:mist veel|open-vraag|-0.99
p:mist ze|ik-boodschap|1.0
p:mist ze|adviseren|-0.76
p:mist zonder|argumenteren|0.97
p:mo al|ik-boodschap|0.93
p:mo al|waarschuwen|-0.83
p:mo zijn|open-vraag|0.93
p:moe en|samenvatting|-0.91
p:moe hij|samenvatting|0.69
p:moe is|jij-boodschap|-0.75
p:moe van|ik-boodschap|0.98
p:moeder daar|moraliseren|0.95
p:moeder dank|interpreteren|-0.9
p:moeder dus|moraliseren|-0.94
p:moeder erbij|afronding-aankondigen|0.97
p:moeder erbij|vervolgafspraak|0.97
p:moeder misschien|prijzen|0.96
p:moeder misschien|etiketteren|-0.96
p:moeder moest|parafrase|0.96
p:moeder moest|prijzen|-0.96
p:moeder u|adviseren|-0.15
p:moeder u|prijzen|1.0
p:moeder van|prijzen|-1.0
p:moeilijk hij|gevoelsreflectie|0.82
p:moeilijk hij|vervolgafspraak|0.95
p:moeilijk om|interpreteren|1.0
p:moeilijk thuis|parafrase|-0.93
p:moeilijk volgens|open-vraag|0.94
p:moeilijk was|open-vraag|0.94
p:moeilijk was|argumenteren|0.97
p:moeite genomen|jij-boodschap|0.44
p:moeite met|samenvatting|0.57
p:moeite met|geruststellen|-0.91
p:moest horen|parafrase|0.96
p:moest horen|prijzen|-0.96
p:moet blijven|geruststellen|0.98
p:moet dat|gevoelsreflectie|0.76
p:moet dat|samenvatting|-0.98
p:moet doen|adviseren|-0.99
p:moet gewoon|bevelen|0.94
p:moet gewoon|geruststellen|0.94
p:moet heel|parafrase|-1.0
p:moet heel|gevoelsreflectie|0.91
p:moet heel|aanmoediging|1.0
p:moet hem|bevelen|0.88
p:moet hem|adviseren|-1.77
p:moet hem|argumenteren|0.14
p:moet het|afronding-aankondigen|1.0
p:moet hier|vervolgafspraak|-0.91
p:moet ik|ik-boodschap|-0.92
p:moet je|ik-boodschap|0.89
p:moet je|parafrase|-0.99
p:moet je|gevoelsreflectie|0.99
p:moet je|waarschuwen|0.82
p:moet je|moraliseren|0.8
p:moet je|adviseren|1.72
p:moet leren|bevelen|-0.96
p:moet leren|moraliseren|0.94
p:moet sem|ik-boodschap|0.96
p:moet toch|argumenteren|0.97
p:moet u|waarschuwen|-0.75
p:moet u|adviseren|1.0
p:moet veranderen|parafrase|-0.98
p:moet voor|gevoelsreflectie|0.97
p:moet voor|aanmoediging|-0.97
p:moet ze|waarschuwen|0.99
p:moet zich|waarschuwen|0.83
p:moet zijn|bekritiseren|-0.97
p:moeten afsluiten|vervolgafspraak|-0.97
p:moeten bellen|bekritiseren|-2.28
p:moeten dit|vervolgafspraak|-0.97
p:moeten doen|bekritiseren|0.61
p:moeten geven|adviseren|-0.91
p:moeten melden|ik-boodschap|0.93
p:moeten melden|waarschuwen|-0.83
p:moeten sturen|bekritiseren|0.61
p:moeten voorbereiden|moraliseren|-1.0
p:moeten voorbereiden|etiketteren|-1.0
p:moeten weten|moraliseren|1.94
p:moeten zo|afronding-aankondigen|0.98
p:moeten zo|vervolgafspraak|-0.99
p:mogen vragen|moraliseren|0.98
p:mohammed is|jij-boodschap|1.67
p:mohammed is|bekritiseren|0.96
p:mohammed zijn|adviseren|-0.73
p:moment ?|moraliseren|-1.0
p:moment ?|argumenteren|-1.0
p:mooi om|ik-boodschap|0.92
p:mooi vandaag|argumenteren|-0.91
p:mooie rol|samenvatting|-0.97
p:morgen een|bevelen|-0.95
p:morgen een|afronding-aankondigen|-0.76
p:morgen een|bedanken|-0.91
p:morgen gewoon|argumenteren|-0.84
p:morgen lever|jij-boodschap|-0.99
p:morgen met|bevelen|-0.93
p:morgen naar|bevelen|0.97
p:morgen naar|waarschuwen|-0.8
p:morgen om|bevelen|1.82
p:morgen om|vervolgafspraak|0.94
p:morgen op|jij-boodschap|-1.0
p:morgen op|bevelen|1.0
p:morgen op|moraliseren|-1.0
p:morgen op|etiketteren|-1.0
p:morgen op|interpreteren|-1.0
p:morgen wil|bevelen|0.95
p:morgen zelf|bevelen|0.93
p:morgen zelf|vervolgafspraak|-0.93
p:musical hebben|samenvatting|-0.97
p:na de|jij-boodschap|-0.47
p:na de|bekritiseren|-0.99
p:na de|afleiden|-0.97
p:na de|afronding-aankondigen|-1.0
p:na drie|adviseren|-0.78
p:na drie|argumenteren|0.98
p:na het|gevoelsreflectie|-0.77
p:na het|open-vraag|-0.97
p:na het|afronding-aankondigen|0.97
p:na het|vervolgafspraak|0.97
p:na middernacht|gevoelsreflectie|-0.99
p:na schooltijd|afronding-aankondigen|-0.9
p:naar bed|open-vraag|-0.96
p:naar bed|bevelen|-0.86
p:naar bed|bekritiseren|0.61
p:naar buiten|aanmoediging|-0.95
p:naar buiten|waarschuwen|0.95
p:naar de|jij-boodschap|0.98
p:naar de|parafrase|-0.96
p:naar de|open-vraag|-0.98
p:naar de|bevelen|0.82
p:naar de|waarschuwen|0.9
p:naar de|bekritiseren|0.98
p:naar de|prijzen|-0.96
p:naar de|etiketteren|-0.9
p:naar de|geruststellen|-0.2
p:naar de|vervolgafspraak|0.96
p:naar die|jij-boodschap|-1.0
p:naar die|moraliseren|-1.0
p:naar een|parafrase|0.89
p:naar een|moraliseren|-0.72
p:naar een|argumenteren|0.89
p:naar haar|interpreteren|0.92
p:naar haar|geruststellen|0.9
p:naar het|afleiden|0.98
p:naar huis|ik-boodschap|-0.92
p:naar huis|waarschuwen|-0.9
p:naar me|ik-boodschap|0.97
p:naar mevrouw|bevelen|0.97
p:naar mevrouw|waarschuwen|-0.8
p:naar school|parafrase|-0.97
p:naar school|argumenteren|-0.84
p:naar school|interpreteren|1.0
p:naar u|gevoelsreflectie|-0.94
p:naar uw|open-vraag|0.75
p:naar want|ik-boodschap|0.62
p:naar wat|afleiden|0.99
p:naar zijn|adviseren|-0.86
p:naast bram|ik-boodschap|0.99
p:naast bram|moraliseren|-0.82
p:naast hem|gevoelsreflectie|-0.91
p:naast jayden|ik-boodschap|-0.93
p:naast jayden|waarschuwen|-0.85
p:naast noor|bekritiseren|-0.98
p:naast rik|ik-boodschap|0.93
p:nabespreking niet|open-vraag|0.96
p:nablijven u|bevelen|0.88
p:nablijven u|adviseren|-0.78
p:nablijven u|argumenteren|0.98
p:nachts ?|adviseren|-0.71
p:nachts nog|jij-boodschap|0.87
p:nachts nog|parafrase|-0.99
p:nadenken hoor|aanmoediging|0.97
p:natuurkunde kom|jij-boodschap|-0.88
p:natuurkunde kom|argumenteren|0.88
p:natuurkunde kom|bekritiseren|-0.95
p:natuurlijk meteen|prijzen|0.69
p:natuurlijk voort|interpreteren|0.99
p:natuurlijk voort|afleiden|-0.99
p:nauwelijks heeft|bekritiseren|1.72
p:nauwelijks nog|ik-boodschap|0.93
p:nederlands een|argumenteren|-0.92
p:nee dat|argumenteren|0.99
p:nee wacht|bevelen|0.9
p:neem gerust|aanmoediging|0.92
p:neem hem|waarschuwen|-0.9
p:neem ik|bevelen|0.11
p:neem je|bevelen|-0.91
p:neem rustig|samenvatting|-0.98
p:neem rustig|aanmoediging|0.98
p:neemt de|interpreteren|-1.0
p:neemt het|moraliseren|-0.99
p:neemt uw|moraliseren|-0.77
p:neer dat|samenvatting|-0.97
p:neer dat|bekritiseren|0.99
p:negen binnenkwam|bevelen|-0.94
p:negen ik|samenvatting|0.83
p:negen ik|vervolgafspraak|0.9
p:negen ik|bedanken|0.9
p:negen in|bevelen|0.98
p:negen uur|jij-boodschap|-0.96
p:negen uur|adviseren|0.68
p:nemen ?|gevoelsreflectie|-0.74
p:nemen de|ik-boodschap|0.99
p:nemen zo|bevelen|-0.96
p:nergens bang|adviseren|-0.97
p:nergens iets|samenvatting|-0.97
p:nergens iets|bekritiseren|0.99
p:nergens iets|etiketteren|-0.93
p:nergens op|argumenteren|0.76
p:nergens op|bekritiseren|0.97
p:nergens schuld|jij-boodschap|0.91
p:nergens schuld|samenvatting|-0.91
p:nergens schuld|bekritiseren|0.91
p:net een|jij-boodschap|1.39
p:net een|etiketteren|0.92
p:netjes om|argumenteren|-0.66
p:niemand naar|gevoelsreflectie|-0.94
p:niemand terugbelde|aanmoediging|-0.92
p:niemand u|jij-boodschap|-0.99
p:niemand u|parafrase|0.97
p:niemand u|gevoelsreflectie|2.6
p:niemand u|bekritiseren|-0.92
p:niemand van|samenvatting|-0.99
p:niemand van|interpreteren|-0.99
p:niemand van|vervolgafspraak|-0.99
p:niemand zegt|jij-boodschap|-0.5
p:niemand zegt|geruststellen|1.57
p:niet aan|argumenteren|0.94
p:niet aan|bekritiseren|-0.97
p:niet aan|afleiden|-0.94
p:niet af|gevoelsreflectie|-1.0
p:niet afgerond|argumenteren|0.89
p:niet afheeft|open-vraag|0.96
p:niet andersom|jij-boodschap|1.67
p:niet andersom|bekritiseren|0.96
p:niet bereiken|open-vraag|0.88
p:niet bevorderen|adviseren|-0.96
p:niet bij|vervolgafspraak|0.9
p:niet bijwerkt|ik-boodschap|0.93
p:niet bijwerkt|waarschuwen|-0.93
p:niet bijwerkt|vervolgafspraak|-0.93
p:niet dat|gevoelsreflectie|-1.0
p:niet dat|moraliseren|0.22
p:niet dat|argumenteren|0.84
p:niet dat|bekritiseren|-0.93
p:niet dat|geruststellen|0.86
p:niet de|ik-boodschap|-2.59
p:niet de|geruststellen|2.85
p:niet die|moraliseren|1.0
p:niet die|argumenteren|-1.0
p:niet doet|waarschuwen|0.82
p:niet druk|bevelen|0.94
p:niet druk|geruststellen|1.8
p:niet duidelijk|argumenteren|-0.94
p:niet duidelijk|interpreteren|-1.0
p:niet een|argumenteren|1.0
p:niet eens|ondervragen|-0.98
p:niet eerder|gevoelsreflectie|0.98
p:niet eerder|aanmoediging|-0.93
p:niet eerder|bekritiseren|-0.99
p:niet eerder|ondervragen|0.98
p:niet en|ik-boodschap|0.84
p:niet en|moraliseren|-0.96
p:niet en|argumenteren|-0.84
p:niet erg|bekritiseren|-0.56
p:niet gaat|ik-boodschap|0.59
p:niet gaat|geruststellen|-0.98
p:niet gebeld|bekritiseren|0.99
p:niet gebeld|ondervragen|0.99
p:niet gebeuren|gevoelsreflectie|0.92
p:niet gebeuren|geruststellen|1.76
p:niet gehad|ik-boodschap|0.84
p:niet gehad|argumenteren|-0.84
p:niet gehoord|parafrase|-0.96
p:niet gekomen|parafrase|1.0
p:niet gekomen|samenvatting|-0.87
p:niet gekregen|parafrase|-0.82
p:niet gekregen|samenvatting|0.97
p:niet gekregen|argumenteren|-0.97
p:niet gemotiveerd|jij-boodschap|0.59
p:niet gepast|bekritiseren|0.91
p:niet gewoon|adviseren|0.81
p:niet gewoon|bekritiseren|0.61
p:niet gewoon|ondervragen|-1.94
p:niet gewoon|afleiden|-0.91
p:niet gezegd|waarschuwen|-1.0
p:niet gezegd|interpreteren|-0.92
p:niet gezegd|ondervragen|1.0
p:niet goed|parafrase|-0.93
p:niet goed|samenvatting|0.88
p:niet goed|open-vraag|-0.91
p:niet goed|geruststellen|-1.0
p:niet goed|afronding-aankondigen|1.0
p:niet hebben|afleiden|0.94
p:niet helpen|open-vraag|0.97
p:niet het|gevoelsreflectie|0.84
p:niet het|samenvatting|-0.95
p:niet het|argumenteren|0.59
p:niet het|afleiden|0.94
p:niet hoe|gevoelsreflectie|-0.94
p:niet hoe|samenvatting|0.94
p:niet hoe|vervolgafspraak|-1.0
p:niet hoort|moraliseren|1.71
p:niet hoort|argumenteren|-1.5
p:niet in|argumenteren|0.96
p:niet ingeleverd|argumenteren|1.0
p:niet ingelicht|ondervragen|0.97
p:niet ingrijpen|aanmoediging|-0.99
p:niet inlevert|waarschuwen|0.97
p:niet inlevert|argumenteren|-1.0
p:niet inlevert|prijzen|-1.0
p:niet is|open-vraag|-0.9
p:niet kan|ik-boodschap|0.96
p:niet kan|argumenteren|-0.91
p:niet kan|interpreteren|-0.97
p:niet klaar|bevelen|0.9
p:niet kloppen|argumenteren|1.0
p:niet komt|jij-boodschap|-0.98
p:niet kon|gevoelsreflectie|-0.74
p:niet kon|adviseren|0.76
p:niet kon|geruststellen|-0.97
p:niet kunnen|ik-boodschap|-1.79
p:niet kunt|interpreteren|1.0
p:niet laat|ondervragen|-0.97
p:niet laten|vervolgafspraak|-1.0
p:niet leert|argumenteren|0.96
p:niet leert|geruststellen|-1.0
p:niet lekker|ik-boodschap|0.84
p:niet lekker|argumenteren|-0.84
p:niet lui|interpreteren|0.97
p:niet lui|geruststellen|-0.91
p:niet lukt|parafrase|0.9
p:niet lukt|interpreteren|0.82
p:niet maakt|vervolgafspraak|0.96
p:niet maken|vervolgafspraak|0.9
p:niet mee|gevoelsreflectie|0.66
p:niet mee|waarschuwen|0.97
p:niet meedoen|ik-boodschap|1.91
p:niet meeneemt|open-vraag|0.97
p:niet meer|open-vraag|-0.98
p:niet meer|bevelen|0.96
p:niet meer|waarschuwen|-0.85
p:niet meer|moraliseren|0.17
p:niet meer|afronding-aankondigen|-1.0
p:niet meer|vervolgafspraak|-0.96
p:niet meewerkt|ik-boodschap|-0.99
p:niet met|ik-boodschap|0.93
p:niet met|waarschuwen|-0.93
p:niet met|vervolgafspraak|-0.93
p:niet naar|ik-boodschap|-0.89
p:niet naar|jij-boodschap|-1.0
p:niet naar|moraliseren|-1.0
p:niet naar|interpreteren|1.0
p:niet naast|gevoelsreflectie|-0.91
p:niet nagekomen|bekritiseren|0.97
p:niet netjes|argumenteren|-0.66
p:niet nodig|bekritiseren|0.94
p:niet oefent|argumenteren|1.75
p:niet of|samenvatting|-0.91
p:niet om|samenvatting|-0.95
p:niet ongerust|jij-boodschap|-0.99
p:niet ongerust|geruststellen|0.99
p:niet op|bevelen|-0.92
p:niet op|ondervragen|0.99
p:niet op|afleiden|0.95
p:niet ophoudt|gevoelsreflectie|-1.0
p:niet ophoudt|waarschuwen|1.0
p:niet oplaadt|ik-boodschap|0.99
p:niet over|jij-boodschap|-0.88
p:niet over|gevoelsreflectie|1.0
p:niet over|bekritiseren|-0.95
p:niet over|geruststellen|-1.0
p:niet over|afleiden|-0.91
p:niet pakt|samenvatting|-1.0
p:niet plannen|ik-boodschap|0.98
p:niet plannen|argumenteren|-0.9
p:niet plannen|vervolgafspraak|-0.9
p:niet schuldig|geruststellen|0.59
p:niet serieus|moraliseren|-0.99
p:niet serieus|interpreteren|-1.0
p:niet slim|bekritiseren|0.92
p:niet slim|etiketteren|-0.82
p:niet slim|geruststellen|-0.82
p:niet snapt|ik-boodschap|-0.73
p:niet snapt|interpreteren|0.96
p:niet snel|parafrase|-1.0
p:niet snel|waarschuwen|1.0
p:niet stellen|ik-boodschap|0.95
p:niet tegen|moraliseren|0.98
p:niet tegen|etiketteren|-0.98
p:niet thuis|parafrase|1.0
p:niet thuis|waarschuwen|-1.0
p:niet toegeven|interpreteren|0.92
p:niet tot|parafrase|0.98
p:niet tot|afronding-aankondigen|-0.99
p:niet tot|bedanken|-0.88
p:niet uit|waarschuwen|-0.99
p:niet uitkomen|ik-boodschap|-0.97
p:niet van|parafrase|1.0
p:niet van|prijzen|0.96
p:niet veilig|parafrase|0.81
p:niet verder|afronding-aankondigen|0.93
p:niet vertelt|aanmoediging|-0.99
p:niet vertrouwt|bevelen|-0.99
p:niet volgen|ik-boodschap|0.75
p:niet voor|argumenteren|0.97
p:niet wakker|geruststellen|0.54
p:niet wat|parafrase|-0.96
p:niet wat|gevoelsreflectie|-0.98
p:niet wat|samenvatting|0.98
p:niet weet|jij-boodschap|0.99
p:niet weet|afleiden|-0.99
p:niet wegstopt|ik-boodschap|-0.98
p:niet wegstopt|waarschuwen|0.98
p:niet zeggen|geruststellen|-0.85
p:niet zien|open-vraag|-0.97
p:niet zien|interpreteren|-1.0
p:niet zo|jij-boodschap|-1.78
p:niet zo|open-vraag|-1.0
p:niet zo|waarschuwen|-0.97
p:niet zo|moraliseren|-1.93
p:niet zo|argumenteren|-0.99
p:niet zo|etiketteren|2.86
p:niet zo|interpreteren|-0.84
p:niet zo|geruststellen|0.27
p:niet zo|afleiden|0.89
p:niet zo|afronding-aankondigen|-0.98
p:niets aan|bekritiseren|1.82
p:niets aan|geruststellen|-0.67
p:niets afspreken|ik-boodschap|0.78
p:niets doet|parafrase|0.93
p:niets hoort|bekritiseren|-1.8
p:niets van|parafrase|-0.82
p:niets van|samenvatting|0.97
p:niets van|argumenteren|-0.97
p:niets verandert|waarschuwen|0.94
p:niets verkeerd|geruststellen|2.58
p:niets vertelt|bekritiseren|-0.97
p:nieuw beleid|etiketteren|-0.94
p:nieuw tijdstip|afronding-aankondigen|0.84
p:nieuw tijdstip|bedanken|-0.95
p:nieuwe afspraak|afronding-aankondigen|0.81
p:nieuwe afspraak|bedanken|0.88
p:nieuwe baan|afleiden|0.99
p:nieuwe datum|afronding-aankondigen|-0.76
p:nieuwe datum|vervolgafspraak|0.99
p:nieuwe gebouw|afleiden|0.99
p:nieuwe huis|open-vraag|-1.67
p:nieuwe huis|afleiden|0.99
p:nieuwe klas|geruststellen|0.78
p:nieuwe mentor|samenvatting|-0.95
p:nieuwe mentor|afleiden|-0.95
p:nieuwe school|jij-boodschap|-1.0
p:nieuwe school|moraliseren|-1.0
p:nieuwe stof|ik-boodschap|0.84
p:nieuwe stof|argumenteren|-0.84
p:niks ?|jij-boodschap|0.93
p:niks ?|samenvatting|-0.93
p:niks ?|bekritiseren|1.44
p:niks aan|ik-boodschap|-0.94
p:niks aan|argumenteren|0.94
p:niks aan|bekritiseren|-0.69
p:niks mee|ik-boodschap|0.12
p:niks mee|bekritiseren|0.95
p:niks voor|moraliseren|-0.98
p:niks voor|geruststellen|-0.96
p:niks voor|afleiden|0.94
p:nina de|ik-boodschap|0.99
p:nina in|ik-boodschap|-0.88
p:noah al|vervolgafspraak|0.96
p:noah de|ik-boodschap|0.93
p:noah de|adviseren|0.76
p:nodig ?|aanmoediging|-0.95
p:nodig en|parafrase|-0.99
p:nodig en|samenvatting|0.99
p:nodig heeft|waarschuwen|-0.97
p:nodig heeft|prijzen|0.69
p:nodig ik|afronding-aankondigen|-0.9
p:nodig om|samenvatting|-0.99
p:nodig om|open-vraag|0.99
p:nodig om|bekritiseren|0.94
p:noemt waar|ik-boodschap|0.99
p:nog 1|waarschuwen|1.0
p:nog 1|adviseren|-1.0
p:nog aan|ik-boodschap|0.93
p:nog aan|samenvatting|0.98
p:nog aan|open-vraag|0.98
p:nog een|ik-boodschap|-0.92
p:nog een|samenvatting|-0.25
p:nog een|bevelen|0.9
p:nog een|waarschuwen|0.76
p:nog een|moraliseren|-0.95
p:nog een|vervolgafspraak|-0.98
p:nog een|bedanken|0.83
p:nog eens|bevelen|-0.84
p:nog eens|waarschuwen|0.96
p:nog eens|moraliseren|0.94
p:nog even|afleiden|-0.81
p:nog even|bedanken|-0.89
p:nog geen|open-vraag|-0.9
p:nog geen|bekritiseren|-0.93
p:nog gesproken|open-vraag|-1.0
p:nog mee|interpreteren|0.9
p:nog niet|ik-boodschap|0.96
p:nog niet|open-vraag|-0.9
p:nog niet|bevelen|0.9
p:nog op|open-vraag|0.73
p:nog per|vervolgafspraak|-0.99
p:nog steeds|ik-boodschap|-0.86
p:nog steeds|bekritiseren|0.95
p:nog van|waarschuwen|-0.95
p:nog zit|jij-boodschap|0.87
p:nog zit|parafrase|-0.99
p:nog zo'n|waarschuwen|0.99
p:nog één|bevelen|-0.93
p:nog één|geruststellen|-0.89
p:nooit als|jij-boodschap|-1.89
p:nooit als|adviseren|-0.99
p:nooit als|bekritiseren|-0.61
p:nooit als|geruststellen|-1.0
p:nooit als|ondervragen|0.89
p:nooit bereikbaar|bekritiseren|0.32
p:nooit de|jij-boodschap|0.44
p:nooit echt|waarschuwen|-0.99
p:nooit gekregen|prijzen|-0.82
p:nooit iets|jij-boodschap|1.0
p:nooit iets|waarschuwen|0.99
p:nooit iets|bekritiseren|1.0
p:nooit iets|ondervragen|-0.89
p:nooit in|jij-boodschap|0.99
p:nooit in|adviseren|0.99
p:nooit in|bekritiseren|0.99
p:nooit misschien|adviseren|0.97
p:nooit misschien|bekritiseren|0.97
p:nooit na|jij-boodschap|0.89
p:nooit op|jij-boodschap|0.97
p:nooit op|bevelen|-0.99
p:nooit te|jij-boodschap|-0.86
p:nooit te|bekritiseren|-0.9
p:nooit uitpraten|ik-boodschap|-0.96
p:nooit wat|bevelen|0.98
p:noor het|vervolgafspraak|-0.95
p:noor in|ik-boodschap|1.0
p:noor in|open-vraag|-1.0
p:noor in|bekritiseren|-0.98
p:nooti op|jij-boodschap|1.53
p:nooti op|bekritiseren|1.53
p:normaal dat|moraliseren|0.99
p:normaal dat|bekritiseren|0.99
p:normaal op|bekritiseren|-0.94
p:normering is|parafrase|0.93
p:normering is|argumenteren|0.93
p:nou echt|bekritiseren|0.97
p:nou eenmaal|ik-boodschap|-1.0
p:nou eenmaal|samenvatting|-1.0
p:nou eenmaal|waarschuwen|-0.99
p:nou eenmaal|moraliseren|1.08
p:nou eenmaal|argumenteren|0.14
p:nou eenmaal|bekritiseren|-0.8
p:nou eenmaal|ondervragen|-1.0
p:nou fijn|bekritiseren|1.83
p:nou fijn|bedanken|-0.93
p:nou heel|bekritiseren|1.73
p:nou heel|vervolgafspraak|-0.95
p:nou heel|bedanken|-1.76
p:nou ja|afleiden|0.98
p:nou kijk|ik-boodschap|0.84
p:nou kijk|argumenteren|-0.84
p:nou lekker|bekritiseren|0.92
p:nou maar|geruststellen|0.86
p:nou mee|bevelen|0.96
p:nou mevrouw|bekritiseren|-0.92
p:nou mevrouw|etiketteren|0.92
p:nou niet|jij-boodschap|-1.78
p:nou niet|bevelen|-0.9
p:nou nou|bekritiseren|-0.92
p:nou nou|etiketteren|0.92
p:nu aan|bevelen|0.81
p:nu aan|waarschuwen|0.83
p:nu achterloopt|bekritiseren|0.89
p:nu af|samenvatting|-0.21
p:nu afronden|bedanken|0.93
p:nu afsluiten|bedanken|-0.98
p:nu allebei|afronding-aankondigen|1.0
p:nu besproken|open-vraag|-0.82
p:nu beëindigen|vervolgafspraak|0.84
p:nu beëindigen|bedanken|-0.88
p:nu drie|ik-boodschap|-0.99
p:nu drie|samenvatting|0.99
p:nu drie|bekritiseren|-0.99
p:nu drie|afronding-aankondigen|-0.89
p:nu echt|vervolgafspraak|-1.88
p:nu een|afronding-aankondigen|0.99
p:nu een|vervolgafspraak|-0.99
p:nu eenmaal|argumenteren|0.23
p:nu eenmaal|interpreteren|-0.84
p:nu eenmaal|geruststellen|-0.58
p:nu eenmaal|afleiden|0.95
p:nu eerst|geruststellen|-0.81
p:nu elke|bevelen|0.96
p:nu elke|waarschuwen|-0.82
p:nu er|ik-boodschap|0.96
p:nu even|ik-boodschap|-0.96
p:nu even|aanmoediging|-0.85
p:nu even|etiketteren|-0.99
p:nu gaan|gevoelsreflectie|-1.0
p:nu gaan|bevelen|-1.0
p:nu gaan|geruststellen|-1.0
p:nu geen|bevelen|0.99
p:nu gehad|jij-boodschap|-0.95
p:nu gehad|gevoelsreflectie|-0.99
p:nu gehad|samenvatting|0.99
p:nu gehad|moraliseren|-0.99
p:nu gehad|bekritiseren|-1.82
p:nu gehad|afronding-aankondigen|-0.95
p:nu je|ik-boodschap|0.88
p:nu je|bevelen|1.0
p:nu je|waarschuwen|-1.0
p:nu je|afleiden|-1.0
p:nu kan|open-vraag|-0.99
p:nu kan|bevelen|-0.99
p:nu mee|gevoelsreflectie|1.0
p:nu mee|samenvatting|-0.96
p:nu mee|bevelen|0.93
p:nu mee|waarschuwen|-0.96
p:nu mee|afronding-aankondigen|0.96
p:nu mee|vervolgafspraak|0.96
p:nu mee|bedanken|0.96
p:nu meewerkt|jij-boodschap|-0.98
p:nu meewerkt|prijzen|0.98
p:nu met|ik-boodschap|0.85
p:nu met|gevoelsreflectie|0.76
p:nu met|samenvatting|-0.98
p:nu met|bedanken|-0.99
p:nu niet|gevoelsreflectie|-1.0
p:nu niet|waarschuwen|1.0
p:nu niet|argumenteren|-0.91
p:nu niet|afleiden|0.95
p:nu over|vervolgafspraak|-0.9
p:nu te|afronding-aankondigen|0.99
p:nu toe|parafrase|-0.93
p:nu toe|samenvatting|1.86
p:nu toe|open-vraag|0.97
p:nu tussen|ik-boodschap|-0.64
p:nu tussen|open-vraag|1.0
p:nu we|bedanken|-0.88
p:nu weg|bevelen|1.0
p:nu weg|prijzen|-1.0
p:nu weg|bedanken|-1.0
p:nu zitten|bevelen|0.98
p:och dat|geruststellen|-0.63
p:och dat|afleiden|1.77
p:och een|afronding-aankondigen|-0.98
p:ochtend te|ik-boodschap|0.89
p:ochtend te|adviseren|0.72
p:ochtenden thuis|parafrase|-1.0
p:ochtenden thuis|open-vraag|1.0
p:oefeningen niet|gevoelsreflectie|-0.74
p:oefent haalt|argumenteren|0.91
p:oefent kun|argumenteren|0.84
p:oefent maar|parafrase|0.9
p:of gewoon|samenvatting|-0.91
p:of ik|parafrase|0.86
p:of ik|waarschuwen|0.9
p:of je|afleiden|-0.91
p:of ze|ik-boodschap|-0.97
p:of ze|samenvatting|-0.91
p:ogen te|bevelen|0.93
p:oké ?|aanmoediging|-0.99
p:oké dat|jij-boodschap|0.95
p:oké dus|samenvatting|-0.92
p:oké en|aanmoediging|0.84
p:oké ik|parafrase|-0.88
p:oké maar|adviseren|-0.99
p:om ?|gevoelsreflectie|1.0
p:om ?|afleiden|-0.99
p:om bent|adviseren|-0.88
p:om bijles|adviseren|0.93
p:om dat|parafrase|1.0
p:om de|jij-boodschap|-0.99
p:om de|gevoelsreflectie|-0.81
p:om de|samenvatting|1.01
p:om de|open-vraag|1.0
p:om de|waarschuwen|-0.99
p:om de|moraliseren|0.93
p:om de|bekritiseren|-1.57
p:om de|afronding-aankondigen|-0.84
p:om dit|adviseren|-0.95
p:om drie|parafrase|-0.99
p:om een|argumenteren|-0.66
p:om elke|afleiden|-0.95
p:om haar|adviseren|0.96
p:om haar|interpreteren|-0.92
p:om haar|geruststellen|-1.0
p:om half|samenvatting|-0.96
p:om half|bevelen|0.98
p:om half|waarschuwen|-0.96
p:om half|afronding-aankondigen|0.96
p:om half|vervolgafspraak|0.96
p:om half|bedanken|0.96
p:om hem|gevoelsreflectie|-0.74
p:om hem|adviseren|0.91
p:om het|gevoelsreflectie|-1.62
p:om het|samenvatting|-0.95
p:om het|open-vraag|-0.96
p:om het|interpreteren|-0.85
p:om het|vervolgafspraak|0.94
p:om hoe|ik-boodschap|-0.99
p:om je|adviseren|-1.0
p:om je|argumenteren|-1.0
p:om je|prijzen|-1.0
p:om je|bedanken|-1.0
p:om mee|jij-boodschap|-0.76
p:om mee|vervolgafspraak|-0.95
p:om mees|ik-boodschap|-0.89
p:om met|bekritiseren|0.72
p:om met|vervolgafspraak|-1.6
p:om naar|gevoelsreflectie|0.94
p:om negen|jij-boodschap|-0.96
p:om negen|adviseren|0.68
p:om nu|afronding-aankondigen|0.99
p:om op|bekritiseren|0.14
p:om rust|aanmoediging|-0.96
p:om rust|vervolgafspraak|-0.96
p:om samen|ik-boodschap|-0.83
p:om samen|adviseren|1.0
p:om samen|bekritiseren|-0.9
p:om samen|etiketteren|-0.84
p:om stoer|bekritiseren|-1.0
p:om stoer|interpreteren|0.85
p:om tafel|samenvatting|0.83
p:om tafel|vervolgafspraak|0.9
p:om te|ik-boodschap|2.02
p:om te|jij-boodschap|0.44
p:om te|samenvatting|-0.78
p:om te|open-vraag|-1.0
p:om te|moraliseren|-0.98
p:om te|bekritiseren|0.84
p:om te|prijzen|-0.98
p:om te|etiketteren|0.84
p:om te|interpreteren|1.96
p:om te|geruststellen|-1.0
p:om te|ondervragen|-1.0
p:om te|vervolgafspraak|1.0
p:om tien|ik-boodschap|0.93
p:om tien|waarschuwen|-0.83
p:om twee|jij-boodschap|0.87
p:om vier|afronding-aankondigen|-0.99
p:om vier|bedanken|-0.99
p:om weer|samenvatting|-0.99
p:om weer|open-vraag|0.99
p:om zijn|samenvatting|0.98
p:om zijn|argumenteren|-0.94
p:oma te|interpreteren|-0.99
p:omdat de|open-vraag|-0.9
p:omdat het|argumenteren|-0.91
p:omdat het|interpreteren|0.84
p:omdat het|geruststellen|-0.99
p:omdat hij|bevelen|-0.97
p:omdat hij|adviseren|-0.98
p:omdat hij|etiketteren|-0.96
p:omdat hij|interpreteren|1.0
p:omdat ik|samenvatting|-1.0
p:omdat je|interpreteren|0.98
p:omdat je|geruststellen|-0.93
p:omdat niemand|parafrase|0.97
p:omdat niemand|gevoelsreflectie|0.84
p:omdat niemand|aanmoediging|-0.92
p:omdat niemand|bekritiseren|-0.92
p:omdat noah|vervolgafspraak|0.96
p:omdat roos|ik-boodschap|0.98
p:omdat sem|vervolgafspraak|-0.68
p:omdat u|prijzen|-0.96
p:omdat u|interpreteren|1.95
p:omdat we|afronding-aankondigen|1.0
p:omdat ze|ik-boodschap|0.96
p:omdat ze|interpreteren|-0.85
p:omdat ze|geruststellen|0.78
p:onbeleefd gedraagt|bevelen|-0.97
p:onbetrouwbare jongen|bekritiseren|-1.86
p:onbetrouwbare jongen|etiketteren|0.89
p:onder de|ik-boodschap|1.0
p:onder de|adviseren|-0.76
p:onder de|bekritiseren|0.91
p:onderbreekt me|ik-boodschap|-0.96
p:onderbreken komen|bedanken|-0.88
p:onderschat dit|jij-boodschap|0.85
p:onderschat dit|waarschuwen|0.79
p:ondertekend kan|open-vraag|-0.9
p:onderzoek blijkt|argumenteren|1.81
p:onderzoek blijkt|interpreteren|-1.0
p:onderzoek laat|bekritiseren|-0.99
p:oneerlijk behandeld|gevoelsreflectie|0.72
p:oneerlijk over|gevoelsreflectie|-0.77
p:oneerlijk over|bekritiseren|0.88
p:ongeoorloofd afwezig|jij-boodschap|-0.85
p:ongeoorloofd gemist|argumenteren|1.0
p:ongeoorloofd gemist|interpreteren|-1.0
p:ongeoorloofd gemist|ondervragen|-1.0
p:ongerust bent|adviseren|-0.68
p:ongerust bent|geruststellen|0.41
p:ongerust hoe|open-vraag|1.0
p:ongerust hoe|argumenteren|-1.0
p:ongerust hoor|gevoelsreflectie|0.98
p:ongerust hoor|ondervragen|0.98
p:ongerust maakt|open-vraag|-0.99
p:ongerust over|gevoelsreflectie|0.94
p:ongerust over|geruststellen|-0.86
p:ongerust te|jij-boodschap|-0.99
p:ongerust te|geruststellen|0.99
p:onhandig geweest|bekritiseren|0.99
p:onhandig geweest|ondervragen|0.99
p:onredelijke eis|bekritiseren|0.48
p:onrustig als|samenvatting|-1.0
p:onrustig en|parafrase|-0.93
p:onrustig van|open-vraag|-0.96
p:onrustig wordt|ik-boodschap|-0.67
p:ons hier|afronding-aankondigen|-0.98
p:ons kwartier|bedanken|0.93
p:ons niet|argumenteren|0.89
p:ons niet|vervolgafspraak|-1.0
p:ons nodig|aanmoediging|-0.95
p:ontbreekt moet|waarschuwen|0.99
p:ontzettende zeur|jij-boodschap|0.9
p:onvoldoende dat|prijzen|-0.94
p:onvoldoende heeft|argumenteren|0.96
p:onvoldoende in|gevoelsreflectie|0.84
p:onvoldoende in|afleiden|0.94
p:onvoldoendes op|ik-boodschap|0.96
p:onze beste|moraliseren|0.95
p:onze beste|prijzen|0.95
p:onze tijd|gevoelsreflectie|-1.0
p:onze tijd|aanmoediging|-0.66
p:onze tijd|bevelen|-1.0
p:onze tijd|geruststellen|-1.0
p:onze tijd|afronding-aankondigen|1.0
p:onze tijd|vervolgafspraak|-0.83
p:onze tijd|bedanken|-0.95
p:onzeker is|geruststellen|0.78
p:onzeker van|gevoelsreflectie|0.96
p:onzeker voelt|etiketteren|-0.96
p:onzin als|bekritiseren|0.9
p:onzinnige opmerking|bekritiseren|0.99
p:oog binnenkwam|ik-boodschap|0.91
p:oog binnenkwam|open-vraag|0.91
p:ooit gereageerd|jij-boodschap|0.91
p:ooit gereageerd|bekritiseren|0.91
p:ook 's|adviseren|-0.71
p:ook altijd|jij-boodschap|0.87
p:ook bij|vervolgafspraak|0.95
p:ook dat|moraliseren|1.71
p:ook dat|argumenteren|-1.5
p:ook de|vervolgafspraak|1.8
p:ook een|gevoelsreflectie|-0.88
p:ook een|adviseren|0.84
p:ook eens|jij-boodschap|1.83
p:ook eens|bekritiseren|1.83
p:ook even|jij-boodschap|-0.76
p:ook even|vervolgafspraak|-0.95
p:ook in|jij-boodschap|-0.99
p:ook in|bekritiseren|-0.99
p:ook in|geruststellen|-0.98
p:ook in|ondervragen|0.99
p:ook niet|ik-boodschap|-0.92
p:ook niet|argumenteren|0.84
p:ook niet|geruststellen|0.92
p:ook niet|afleiden|0.73
p:ook niks|ik-boodschap|-0.94
p:ook niks|argumenteren|0.94
p:ook nooit|bevelen|0.98
p:ook nu|jij-boodschap|-0.98
p:ook nu|prijzen|0.98
p:ook om|adviseren|-0.83
p:ook om|afleiden|-0.95
p:ook spannend|gevoelsreflectie|0.94
p:ook spannend|samenvatting|-0.94
p:ook uit|afronding-aankondigen|-0.9
p:ook voor|interpreteren|-0.99
p:ook wel|ik-boodschap|-0.99
p:ook wel|jij-boodschap|-0.71
p:ook wel|moraliseren|-0.96
p:ook wel|bekritiseren|-1.0
p:ook wel|prijzen|0.99
p:ook wel|bedanken|-0.99
p:ook zo|moraliseren|0.95
p:ook zo|prijzen|0.95
p:oortjes zit|ik-boodschap|-0.99
p:op 14|samenvatting|0.94
p:op 14|vervolgafspraak|0.94
p:op 3|argumenteren|0.9
p:op bram|bevelen|-0.93
p:op dat|ik-boodschap|-0.99
p:op de|ik-boodschap|0.12
p:op de|jij-boodschap|1.67
p:op de|parafrase|0.9
p:op de|gevoelsreflectie|0.84
p:op de|samenvatting|0.78
p:op de|open-vraag|0.73
p:op de|waarschuwen|0.75
p:op de|moraliseren|0.93
p:op de|adviseren|0.81
p:op de|argumenteren|-0.82
p:op de|bekritiseren|1.57
p:op de|interpreteren|0.98
p:op de|ondervragen|-1.0
p:op de|vervolgafspraak|0.12
p:op deze|bekritiseren|-0.94
p:op deze|geruststellen|0.66
p:op die|bevelen|-1.0
p:op die|geruststellen|-1.0
p:op die|afleiden|1.0
p:op een|gevoelsreflectie|-0.81
p:op een|samenvatting|0.95
p:op een|open-vraag|-0.92
p:op een|vervolgafspraak|-0.95
p:op geen|jij-boodschap|0.91
p:op geen|bekritiseren|0.91
p:op haar|ik-boodschap|-0.93
p:op haar|adviseren|-0.97
p:op heeft|moraliseren|-0.96
p:op hem|interpreteren|0.96
p:op het|ik-boodschap|0.96
p:op het|argumenteren|-0.92
p:op het|bekritiseren|-0.99
p:op het|interpreteren|-0.99
p:op ik|bevelen|0.96
p:op in|bevelen|-0.92
p:op in|adviseren|0.99
p:op in|afleiden|0.95
p:op instagram|gevoelsreflectie|-0.81
p:op je|adviseren|-0.71
p:op jullie|jij-boodschap|-0.91
p:op kamp|gevoelsreflectie|0.66
p:op kamp|open-vraag|-0.99
p:op kamp|waarschuwen|0.97
p:op kantoor|vervolgafspraak|0.98
p:op laten|ik-boodschap|0.98
p:op losse|vervolgafspraak|-0.96
p:op maandag|samenvatting|-0.92
p:op maandagochtend|interpreteren|0.99
p:op maandagochtend|afleiden|-0.99
p:op maar|jij-boodschap|0.93
p:op maar|samenvatting|-0.93
p:op maar|bekritiseren|1.44
p:op mijn|bevelen|-0.99
p:op school|parafrase|-1.07
p:op school|gevoelsreflectie|-0.98
p:op school|samenvatting|0.86
p:op school|moraliseren|1.0
p:op school|geruststellen|-0.62
p:op stap|ondervragen|0.98
p:op tafel|samenvatting|-0.91
p:op tijd|jij-boodschap|-1.0
p:op tijd|bevelen|1.08
p:op tijd|adviseren|-0.78
p:op tijd|argumenteren|0.14
p:op tijd|bekritiseren|-0.79
p:op tijd|etiketteren|-1.0
p:op tijd|interpreteren|-1.96
p:op tijd|geruststellen|-0.95
p:op tijd|afronding-aankondigen|-1.0
p:op uw|afronding-aankondigen|-0.99
p:op vakantie|vervolgafspraak|-1.0
p:op werkweek|ik-boodschap|-0.98
p:op wit|argumenteren|0.94
p:op woensdag|parafrase|-0.96
p:op woensdag|samenvatting|0.71
p:op woensdag|vervolgafspraak|0.96
p:op zak|jij-boodschap|-0.99
p:op zak|geruststellen|0.99
p:op zaterdag|waarschuwen|-0.98
p:op zijn|waarschuwen|-0.75
p:op zijn|adviseren|-0.98
p:op zijn|geruststellen|0.92
p:op zo|geruststellen|-0.76
p:op zondag|adviseren|0.99
p:opdagen wordt|jij-boodschap|-0.98
p:opdracht doen|bevelen|-0.98
p:opdracht doen|prijzen|0.83
p:opdracht in|ik-boodschap|0.98
p:opdracht in|jij-boodschap|-0.98
p:opdracht in|bekritiseren|-0.98
p:opdracht staat|argumenteren|1.71
p:opdracht staat|bekritiseren|0.97
p:opdracht wel|ik-boodschap|-0.97
p:opdracht wel|geruststellen|-0.97
p:opdrachten mist|samenvatting|-1.0
p:opdrachten te|open-vraag|0.93
p:opdrachten toe|ik-boodschap|0.99
p:opdrachten toe|moraliseren|-0.82
p:opdrachten toekomt|ik-boodschap|0.93
p:open bent|bedanken|0.8
p:opgaven niet|vervolgafspraak|0.9
p:ophoudt krijg|gevoelsreflectie|-1.0
p:ophoudt krijg|waarschuwen|1.0
p:oplaadt kun|ik-boodschap|0.99
p:opmerking en|waarschuwen|0.99
p:opmerking is|jij-boodschap|-0.98
p:opmerking is|bekritiseren|0.82
p:opmerking is|interpreteren|-0.98
p:opneemt hoe|parafrase|0.91
p:opnemen met|adviseren|1.0
p:opnieuw bij|afleiden|-0.97
p:opnieuw bij|afronding-aankondigen|-0.97
p:opnieuw bij|vervolgafspraak|0.97
p:opschrijft dus|ik-boodschap|0.86
p:opstaat kunnen|ik-boodschap|0.78
p:opvoeden doe|argumenteren|-0.94
p:opziet ?|open-vraag|0.99
p:orde komt|argumenteren|-1.0
p:orde komt|prijzen|1.0
p:orde komt|etiketteren|-1.0
p:oude school|ik-boodschap|-0.85
p:oude school|open-vraag|0.91
p:oude school|interpreteren|0.92
p:oude school|geruststellen|0.9
p:ouder als|ondervragen|-0.99
p:ouder bent|geruststellen|1.78
p:ouder die|gevoelsreflectie|-0.82
p:ouder die|prijzen|-0.94
p:ouder die|etiketteren|0.94
p:ouder hoort|bekritiseren|0.9
p:ouder kijkt|moraliseren|0.99
p:ouder kijkt|geruststellen|-0.96
p:ouder moet|waarschuwen|-0.75
p:ouder om|jij-boodschap|-0.76
p:ouder om|vervolgafspraak|-0.95
p:ouder toch|moraliseren|1.0
p:ouder toch|adviseren|-1.0
p:ouderavond stond|moraliseren|-0.99
p:ouders dat|adviseren|-0.71
p:ouders dat|bekritiseren|-1.0
p:ouders dat|etiketteren|1.0
p:ouders hebben|moraliseren|0.91
p:ouders hier|moraliseren|0.98
p:ouders horen|bevelen|-0.86
p:ouders horen|waarschuwen|-0.78
p:ouders horen|bekritiseren|-0.83
p:ouders horen|interpreteren|-0.96
p:ouders horen|bedanken|-0.96
p:ouders jullie|argumenteren|-1.0
p:ouders jullie|prijzen|1.0
p:ouders jullie|etiketteren|-1.0
p:ouders sem|bevelen|-0.99
p:ouders sem|moraliseren|0.99
p:ouders staan|afronding-aankondigen|0.98
p:ouders wachten|vervolgafspraak|-0.97
p:oudste van|jij-boodschap|-0.94
p:over ?|parafrase|0.89
p:over ?|gevoelsreflectie|-0.99
p:over acht|bevelen|0.95
p:over bent|afronding-aankondigen|-0.97
p:over dan|geruststellen|1.0
p:over dat|afleiden|0.94
p:over de|ik-boodschap|-1.79
p:over de|gevoelsreflectie|0.77
p:over de|samenvatting|-1.0
p:over de|open-vraag|0.94
p:over de|geruststellen|-0.21
p:over de|ondervragen|0.97
p:over de|afleiden|-1.91
p:over de|afronding-aankondigen|0.95
p:over de|vervolgafspraak|-0.99
p:over die|open-vraag|0.99
p:over drie|samenvatting|0.83
p:over drie|afronding-aankondigen|-0.97
p:over drie|bedanken|0.9
p:over duurzaamheid|bevelen|-0.95
p:over een|geruststellen|1.64
p:over een|afronding-aankondigen|-0.97
p:over een|vervolgafspraak|1.76
p:over haar|open-vraag|-0.99
p:over hebben|argumenteren|-0.91
p:over hebben|geruststellen|-1.0
p:over hebben|afleiden|1.0
p:over het|etiketteren|-1.0
p:over het|afleiden|-0.96
p:over hetzelfde|ik-boodschap|0.98
p:over iets|jij-boodschap|-0.94
p:over iets|afleiden|0.95
p:over ik|ik-boodschap|1.0
p:over ik|adviseren|-0.76
p:over in|afleiden|-0.95
p:over je|ik-boodschap|-0.11
p:over je|jij-boodschap|-0.95
p:over je|gevoelsreflectie|-1.99
p:over je|samenvatting|0.99
p:over je|moraliseren|-0.99
p:over je|adviseren|0.72
p:over je|bekritiseren|-2.82
p:over je|ondervragen|-1.0
p:over je|afleiden|0.97
p:over je|afronding-aankondigen|-0.95
p:over klopt|gevoelsreflectie|0.99
p:over moet|adviseren|-0.99
p:over naar|afleiden|0.98
p:over negen|bevelen|-0.94
p:over school|gevoelsreflectie|1.0
p:over school|samenvatting|0.99
p:over school|open-vraag|-0.99
p:over twee|ik-boodschap|0.93
p:over twee|parafrase|-0.96
p:over twee|samenvatting|-0.14
p:over twee|adviseren|0.76
p:over twee|vervolgafspraak|0.96
p:over twee|bedanken|-0.85
p:over u|interpreteren|0.99
p:over u|geruststellen|-0.99
p:over uw|afleiden|-0.96
p:over vijf|vervolgafspraak|-0.91
p:over voor|argumenteren|-0.97
p:over wat|gevoelsreflectie|-0.77
p:over wat|bekritiseren|0.88
p:over zijn|ik-boodschap|-0.92
p:over zijn|vervolgafspraak|-0.96
p:over zijn|bedanken|-0.83
p:overal een|gevoelsreflectie|-0.82
p:overal een|prijzen|-0.94
p:overal een|etiketteren|0.94
p:overal kritiek|jij-boodschap|0.93
p:overal kritiek|samenvatting|-0.93
p:overal kritiek|bekritiseren|1.44
p:overal mee|jij-boodschap|0.31
p:overal mee|gevoelsreflectie|-0.96
p:overal mee|bevelen|0.81
p:overal mee|bekritiseren|1.22
p:overgang de|open-vraag|0.94
p:overgangsnormen daar|ik-boodschap|-0.94
p:overgangsnormen daar|argumenteren|0.94
p:overhoort ?|bevelen|-0.94
p:overkomt de|geruststellen|0.76
p:overkomt iedereen|geruststellen|-2.15
p:overkomt iedereen|afleiden|0.81
p:overleg met|samenvatting|0.94
p:overleg met|vervolgafspraak|0.94
p:overslaat waardoor|ik-boodschap|0.99
p:paar keer|afronding-aankondigen|-0.98
p:paar weken|geruststellen|0.96
p:pak gerust|geruststellen|-0.96
p:pak ik|ik-boodschap|-0.98
p:pak ik|waarschuwen|0.98
p:pakken ?|afleiden|0.98
p:pakt omdat|samenvatting|-1.0
p:paniek dit|geruststellen|0.57
p:pas achteraf|afronding-aankondigen|-1.0
p:pas als|jij-boodschap|0.99
p:pas als|ondervragen|-0.99
p:pas na|parafrase|1.0
p:pas na|gevoelsreflectie|-0.99
p:pas na|samenvatting|-0.82
p:pas na|afronding-aankondigen|-1.0
p:pas om|ik-boodschap|0.93
p:pas om|bevelen|-0.94
p:pas om|waarschuwen|-0.83
p:pas op|geruststellen|-0.76
p:pas vrijdag|argumenteren|1.0
p:pauze alleen|ik-boodschap|0.12
p:pauze hebt|ik-boodschap|0.94
p:pauze hebt|gevoelsreflectie|-0.94
p:pauze niet|ik-boodschap|-0.93
p:pauze steeds|ik-boodschap|1.0
p:pauze steeds|open-vraag|-1.0
p:pauze tegenwoordig|ik-boodschap|-0.99
p:pauze zomaar|open-vraag|0.96
p:per dag|adviseren|-0.71
p:per mail|vervolgafspraak|-0.99
p:periode 2|argumenteren|-0.92
p:periode een|argumenteren|-0.86
p:periode twee|gevoelsreflectie|-0.92
p:periode twee|etiketteren|-0.92
p:pest niet|jij-boodschap|1.67
p:pest niet|bekritiseren|0.96
p:pesten al|vervolgafspraak|-0.95
p:pesten kan|aanmoediging|-0.99
p:pesten op|gevoelsreflectie|-0.81
p:pesterijen over|samenvatting|0.98
p:pesterijen over|afronding-aankondigen|0.89
p:pesterijen stoppen|jij-boodschap|-0.91
p:pijn hebt|prijzen|-0.98
p:plaats gewoon|adviseren|0.96
p:plaats van|ik-boodschap|1.0
p:plaats van|open-vraag|-1.0
p:plaats van|adviseren|-0.93
p:plaats van|vervolgafspraak|-0.96
p:plan dat|gevoelsreflectie|0.82
p:plan dat|vervolgafspraak|0.95
p:plan een|afronding-aankondigen|-1.86
p:plan maken|vervolgafspraak|0.96
p:plannen ?|jij-boodschap|-1.89
p:plannen ?|bekritiseren|-1.51
p:plannen ?|geruststellen|-1.0
p:plannen ?|ondervragen|0.89
p:plannen daan|bevelen|0.94
p:plannen daan|geruststellen|0.94
p:plannen een|afronding-aankondigen|1.74
p:plannen en|ik-boodschap|0.98
p:plannen en|argumenteren|-0.9
p:plannen en|vervolgafspraak|-0.9
p:plannen voor|jij-boodschap|-0.95
p:plannen voor|afronding-aankondigen|-0.95
p:planner bijhoudt|ik-boodschap|-0.92
p:planner bijhoudt|samenvatting|0.92
p:planner geen|ik-boodschap|0.86
p:planner in|ik-boodschap|0.93
p:planner in|waarschuwen|-0.93
p:planner in|vervolgafspraak|-0.93
p:planning controleert|vervolgafspraak|0.78
p:planning de|jij-boodschap|-0.99
p:planning de|waarschuwen|-0.99
p:planning de|bekritiseren|-0.63
p:planning en|jij-boodschap|0.98
p:planning en|samenvatting|-0.65
p:planning en|adviseren|-0.86
p:planning en|bekritiseren|0.98
p:planning en|bedanken|0.96
p:planning voor|afleiden|-0.93
p:playstation doordeweeks|argumenteren|-0.94
p:playstation gewoon|jij-boodschap|0.99
p:playstation gewoon|adviseren|0.99
p:playstation gewoon|bekritiseren|0.99
p:plek op|waarschuwen|1.52
p:plezier krijgt|ik-boodschap|-1.0
p:plezier krijgt|samenvatting|1.0
p:plezier krijgt|bevelen|-1.0
p:plezier krijgt|bedanken|-1.0
p:plezier naar|parafrase|-0.97
p:plicht als|bekritiseren|-0.8
p:plicht om|moraliseren|0.93
p:plicht om|bekritiseren|-0.93
p:pols binnenkwam|ik-boodschap|1.0
p:pols binnenkwam|moraliseren|-1.0
p:pols binnenkwam|adviseren|-1.0
p:pols binnenkwam|prijzen|-1.0
p:pols binnenkwam|bedanken|-1.0
p:pootjes terecht|geruststellen|0.92
p:positief houden|afleiden|0.99
p:praat hij|vervolgafspraak|-0.96
p:praat je|moraliseren|0.98
p:praat je|etiketteren|-0.98
p:praat kan|open-vraag|-0.97
p:praat meld|waarschuwen|0.76
p:praat merk|waarschuwen|-0.98
p:praat met|parafrase|-0.96
p:praat met|samenvatting|0.71
p:praat met|vervolgafspraak|0.96
p:praat thuis|bedanken|0.96
p:praat volgende|ik-boodschap|-0.92
p:praat volgende|samenvatting|0.92
p:praten dat|ik-boodschap|-1.0
p:praten dat|gevoelsreflectie|1.0
p:praten dat|samenvatting|-1.0
p:praten dat|moraliseren|1.0
p:praten dat|ondervragen|-1.0
p:praten en|afronding-aankondigen|1.0
p:praten kan|ik-boodschap|0.75
p:praten maar|vervolgafspraak|-0.68
p:praten want|ik-boodschap|0.98
p:precies ?|gevoelsreflectie|-0.99
p:precies ?|afleiden|-0.99
p:precies gebeurd|open-vraag|1.0
p:precies met|parafrase|-1.0
p:precies met|bekritiseren|-1.0
p:precies met|ondervragen|-1.0
p:precies verteld|open-vraag|0.99
p:prima dat|jij-boodschap|0.87
p:prima dat|parafrase|-0.99
p:prima doen|geruststellen|1.79
p:prima maar|parafrase|-0.96
p:probeer eens|ik-boodschap|-0.83
p:probeer het|interpreteren|-1.0
p:probeert u|ondervragen|-0.98
p:probleem bij|interpreteren|0.82
p:probleem dat|prijzen|0.98
p:probleem in|interpreteren|0.9
p:probleem is|interpreteren|0.92
p:probleem is|afleiden|-0.94
p:probleem klopt|samenvatting|0.95
p:probleem van|gevoelsreflectie|-0.82
p:probleem van|prijzen|-0.94
p:probleem van|etiketteren|0.94
p:programma van|afleiden|-0.82
p:project in|bekritiseren|0.98
p:project over|bevelen|-0.95
p:projecteert uw|interpreteren|0.96
p:protocol schrijft|argumenteren|0.93
p:protocol staat|argumenteren|-1.53
p:pta en|samenvatting|-0.95
p:pta en|argumenteren|0.59
p:pta is|argumenteren|1.0
p:puber heeft|geruststellen|0.72
p:puber heeft|afleiden|-0.9
p:puber wel|geruststellen|-0.63
p:puber wel|afleiden|1.77
p:pubers he|afleiden|0.97
p:pubers over|afleiden|0.98
p:puberteit daar|moraliseren|-0.95
p:puberteit daar|interpreteren|-0.84
p:puberteit daar|geruststellen|-0.58
p:puberteit daar|afleiden|0.95
p:puinhoop van|gevoelsreflectie|-1.0
p:puinhoop van|adviseren|-1.0
p:punt achter|vervolgafspraak|-0.91
p:punt blijven|ik-boodschap|0.98
p:punt hebben|bekritiseren|-1.0
p:punten verliest|ik-boodschap|0.99
p:pushende ouders|bekritiseren|-1.0
p:pushende ouders|etiketteren|1.0
p:pws niet|ik-boodschap|0.97
p:raakt de|open-vraag|-0.96
p:raken en|ik-boodschap|0.97
p:rapport staan|ik-boodschap|0.96
p:rapport van|argumenteren|-0.92
p:rapportcijfer geven|open-vraag|-0.99
p:rapportcijfer geven|bevelen|-0.99
p:rapporten staan|argumenteren|-0.97
p:rare opmerking|ik-boodschap|-0.96
p:reactie dit|etiketteren|0.99
p:reageert nooit|bevelen|-0.99
p:reageert omdat|etiketteren|-0.96
p:reageren nooti|jij-boodschap|1.53
p:reageren nooti|bekritiseren|1.53
p:redelijk dan|gevoelsreflectie|-0.82
p:redelijk op|parafrase|-0.93
p:redelijk op|samenvatting|0.88
p:regel dat|gevoelsreflectie|-0.79
p:regel dat|samenvatting|-0.86
p:regelen ?|adviseren|0.93
p:regelen we|afleiden|-0.95
p:regelmatig vergeet|bevelen|-0.9
p:regels een|argumenteren|0.71
p:regels houden|waarschuwen|0.83
p:regels van|bekritiseren|-0.83
p:regels zijn|argumenteren|0.71
p:regen vandaag|etiketteren|-1.0
p:reglement is|adviseren|-0.78
p:reglement is|argumenteren|0.98
p:reken erop|jij-boodschap|-0.98
p:reken erop|prijzen|0.98
p:rekenmachine niet|vervolgafspraak|0.9
p:rekenmachine vergeten|gevoelsreflectie|-0.74
p:respect voor|jij-boodschap|0.71
p:respect voor|moraliseren|0.86
p:respect voor|bekritiseren|0.93
p:rij het|gevoelsreflectie|-0.81
p:rij je|open-vraag|-0.91
p:rij zet|samenvatting|0.95
p:rij zet|vervolgafspraak|-0.95
p:rijtje het|open-vraag|0.94
p:rijtje zet|open-vraag|-0.96
p:rik zit|ik-boodschap|0.93
p:roept kunnen|ik-boodschap|0.95
p:rol in|samenvatting|-0.97
p:rollen bram|bevelen|0.93
p:ronden af|bekritiseren|-0.95
p:ronden af|afronding-aankondigen|0.75
p:ronden het|samenvatting|-0.78
p:ronden het|vervolgafspraak|-0.99
p:ronden we|samenvatting|-0.94
p:ronduit onbeschoft|jij-boodschap|-0.94
p:roos de|ik-boodschap|0.98
p:rooster op|argumenteren|-0.99
p:rotmoment zijn|gevoelsreflectie|0.97
p:rotmoment zijn|aanmoediging|-0.97
p:ruimt vast|jij-boodschap|-0.92
p:ruimt vast|bekritiseren|-0.37
p:rust komt|parafrase|0.98
p:rust structuur|aanmoediging|-0.96
p:rust structuur|vervolgafspraak|-0.96
p:rustig aan|bevelen|0.99
p:rustig aan|etiketteren|-0.99
p:rustig de|samenvatting|-0.98
p:rustig de|aanmoediging|0.98
p:rustig even|aanmoediging|0.97
p:rustiger zijn|vervolgafspraak|0.84
p:ruzie begon|argumenteren|-0.96
p:ruzie in|samenvatting|0.98
p:ruzie in|open-vraag|0.98
p:ruzie met|parafrase|1.0
p:ruzie met|samenvatting|-0.87
p:ruzie met|open-vraag|-0.96
p:ruzie over|samenvatting|0.99
p:ruzie over|open-vraag|-0.99
p:ruzies om|afleiden|-0.99
p:ruzietjes hebben|bevelen|-1.0
p:ruzietjes hebben|geruststellen|-1.0
p:ruzietjes hebben|afleiden|1.0
p:ruzietjes zijn|afleiden|0.99
p:saboteert de|bekritiseren|0.99
p:samen de|etiketteren|-0.84
p:samen een|adviseren|1.0
p:samen gekeken|jij-boodschap|0.98
p:samen gekeken|samenvatting|-0.65
p:samen gekeken|bekritiseren|0.98
p:samen haar|adviseren|0.84
p:samen hard|jij-boodschap|-0.91
p:samen hoe|ik-boodschap|-0.92
p:samen hoe|samenvatting|0.92
p:samen met|ik-boodschap|-0.83
p:samen met|adviseren|0.13
p:samen met|argumenteren|-0.94
p:samen met|afronding-aankondigen|0.93
p:samen met|vervolgafspraak|0.96
p:samen te|jij-boodschap|-0.76
p:samen te|bekritiseren|-0.9
p:samen te|interpreteren|-0.85
p:samen te|vervolgafspraak|-0.95
p:samen uitkomen|afronding-aankondigen|-0.94
p:samen wat|samenvatting|0.94
p:samen wat|vervolgafspraak|0.94
p:samen zijn|adviseren|1.0
p:samengevat de|gevoelsreflectie|0.82
p:samengevat de|vervolgafspraak|0.95
p:samengevat hij|samenvatting|0.97
p:samengevat komt|samenvatting|-0.97
p:samengevat komt|bekritiseren|0.99
p:samengevat lisa|samenvatting|0.99
p:samengevat lisa|open-vraag|-0.99
p:samengevat u|jij-boodschap|0.93
p:samengevat u|parafrase|-0.82
p:samengevat u|argumenteren|-0.97
p:samengevat u|bekritiseren|0.93
p:samengevat willen|ik-boodschap|-1.0
p:samengevat willen|samenvatting|1.0
p:samengevat willen|bevelen|-1.0
p:samengevat willen|bedanken|-1.0
p:samenvat in|samenvatting|0.98
p:samenvat je|gevoelsreflectie|-0.94
p:samenvat je|samenvatting|0.94
p:samenvat u|parafrase|-0.99
p:samenvat u|samenvatting|0.99
p:samenvat wat|parafrase|0.98
p:samenvat wat|samenvatting|-1.63
p:samenvatten je|parafrase|-0.93
p:samenvatten u|bedanken|0.96
p:samenvattend de|samenvatting|0.95
p:samenvattend de|argumenteren|-0.7
p:samenvattend fleur|samenvatting|0.57
p:samenvattend u|bedanken|-0.89
p:sara steeds|interpreteren|-0.95
p:schaamt je|ik-boodschap|-1.0
p:schaamt je|gevoelsreflectie|1.0
p:schaamt voor|interpreteren|1.0
p:schakel ik|ik-boodschap|-0.99
p:schakel ik|waarschuwen|1.0
p:schakel ik|adviseren|-1.0
p:scheiding daar|interpreteren|0.9
p:scheikunde een|waarschuwen|-0.71
p:schermgebruik vlak|argumenteren|0.81
p:schieten we|ik-boodschap|0.98
p:school ?|gevoelsreflectie|-0.98
p:school ?|ondervragen|0.99
p:school brengen|argumenteren|-0.84
p:school daarom|jij-boodschap|-1.0
p:school daarom|moraliseren|-1.0
p:school dat|argumenteren|-0.94
p:school dat|interpreteren|0.92
p:school dat|geruststellen|0.9
p:school eerder|gevoelsreflectie|0.94
p:school eerder|open-vraag|-0.94
p:school en|ik-boodschap|-0.85
p:school en|jij-boodschap|-0.91
p:school en|open-vraag|0.91
p:school gaat|parafrase|-0.97
p:school gaat|samenvatting|0.97
p:school gaat|open-vraag|-0.97
p:school gestuurd|waarschuwen|0.99
p:school gewoon|bekritiseren|-0.83
p:school gewoon|interpreteren|-1.0
p:school ging|moraliseren|-0.94
p:school ging|geruststellen|-0.76
p:school heeft|etiketteren|-0.94
p:school hoe|parafrase|0.89
p:school hoor|parafrase|-0.96
p:school is|ik-boodschap|0.95
p:school is|jij-boodschap|1.0
p:school is|bekritiseren|1.0
p:school is|ondervragen|-0.89
p:school neem|bevelen|-0.79
p:school niet|parafrase|-0.15
p:school niet|gevoelsreflectie|-0.98
p:school niet|samenvatting|0.98
p:school niet|geruststellen|-0.62
p:school niet|ondervragen|0.97
p:school omdat|interpreteren|1.82
p:school op|moraliseren|0.93
p:school op|bekritiseren|-0.93
p:school over|bevelen|0.81
p:school te|samenvatting|-0.99
p:school te|open-vraag|0.99
p:school te|bekritiseren|0.9
p:school tot|open-vraag|0.99
p:school trekt|parafrase|-0.93
p:school trekt|samenvatting|0.88
p:school u|samenvatting|-0.99
p:school u|interpreteren|-0.99
p:school u|vervolgafspraak|-0.99
p:school wil|gevoelsreflectie|1.0
p:schoolmaatschappelijk werker|adviseren|1.0
p:schoolplein schrok|afleiden|-1.0
p:schoolplein wil|afleiden|0.94
p:schoolreisje ?|open-vraag|-0.97
p:schooltijd op|interpreteren|0.96
p:schooltijd terug|afronding-aankondigen|-0.9
p:schorsing geldt|ik-boodschap|-0.95
p:schorsing heeft|gevoelsreflectie|0.77
p:schreef dat|geruststellen|-0.85
p:schreeuwen alstublieft|argumenteren|-0.99
p:schrift vergeet|interpreteren|-1.0
p:schrijf het|adviseren|0.99
p:schrijft voor|argumenteren|0.93
p:schrik moet|gevoelsreflectie|0.76
p:schrik moet|samenvatting|-0.98
p:schrok de|ik-boodschap|0.87
p:schrok de|gevoelsreflectie|-0.84
p:schrok de|samenvatting|-0.97
p:schrok ervan|parafrase|-1.0
p:schrok ervan|open-vraag|0.96
p:schrok ik|ik-boodschap|0.94
p:schrok ik|gevoelsreflectie|-0.94
p:schrok ik|afleiden|-1.0
p:schrok toen|ik-boodschap|1.0
p:schrok toen|moraliseren|-1.0
p:schrok toen|adviseren|-1.0
p:schrok toen|prijzen|-1.0
p:schrok toen|bedanken|-1.0
p:schuift ook|vervolgafspraak|1.8
p:schuld aan|jij-boodschap|0.91
p:schuld aan|samenvatting|-0.91
p:schuld aan|bekritiseren|0.91
p:schuld dat|bekritiseren|0.89
p:schuld van|jij-boodschap|1.0
p:schuld van|bekritiseren|1.0
p:schuld van|ondervragen|-0.89
p:schuldig te|geruststellen|0.59
p:schuldig voelt|geruststellen|-0.83
p:schuldige omdat|interpreteren|1.0
p:sectie ik|gevoelsreflectie|0.82
p:sectie ik|vervolgafspraak|0.95
p:sem al|vervolgafspraak|-0.68
p:sem als|open-vraag|-0.97
p:sem in|ik-boodschap|0.96
p:sem is|bekritiseren|-1.86
p:sem is|etiketteren|0.89
p:sem maakt|gevoelsreflectie|-1.0
p:sem maakt|adviseren|-1.0
p:sem of|afleiden|-0.91
p:sem zijn|open-vraag|0.96
p:september aangekondigd|argumenteren|0.99
p:september in|moraliseren|-0.99
p:serieus en|ik-boodschap|0.99
p:sfeer en|vervolgafspraak|-0.9
p:sfeer in|jij-boodschap|0.86
p:sfeer in|samenvatting|0.95
p:sfeer in|bekritiseren|1.07
p:sfeer in|prijzen|-0.71
p:simpel is|geruststellen|-1.0
p:simpel wie|argumenteren|0.91
p:sinds ayoub|vervolgafspraak|-0.96
p:sinds bas|ik-boodschap|0.93
p:sinds de|ik-boodschap|0.92
p:sinds de|jij-boodschap|-0.92
p:sinds de|open-vraag|1.0
p:sinds de|argumenteren|-1.0
p:sinds de|bekritiseren|-1.85
p:sinds januari|jij-boodschap|-1.0
p:sinds januari|waarschuwen|-1.0
p:sinds januari|etiketteren|-1.0
p:sinds je|ik-boodschap|0.99
p:sinds je|moraliseren|-0.82
p:sinds september|moraliseren|-0.99
p:sinds wanneer|open-vraag|-0.98
p:sinds wanneer|afleiden|-0.98
p:slaap en|samenvatting|1.92
p:slaap en|open-vraag|0.98
p:slaap en|vervolgafspraak|-0.95
p:slaap je|ik-boodschap|0.89
p:slaap je|adviseren|0.72
p:slaap wat|open-vraag|0.94
p:slaapt en|ik-boodschap|0.96
p:slaapt slecht|ik-boodschap|-0.85
p:slaapt slecht|samenvatting|0.97
p:slaapt slecht|adviseren|-0.99
p:slaapt slecht|interpreteren|-0.85
p:slaat ech|argumenteren|-0.94
p:slaat nergens|argumenteren|1.71
p:slaat nergens|bekritiseren|0.97
p:slapen ?|gevoelsreflectie|-0.99
p:slapen de|argumenteren|0.81
p:slecht aflopen|waarschuwen|0.94
p:slecht hebt|bekritiseren|2.38
p:slecht hij|samenvatting|0.97
p:slecht hij|interpreteren|-0.85
p:slecht je|ik-boodschap|-0.85
p:slechte beslissing|jij-boodschap|-0.99
p:slechte beslissing|adviseren|-0.99
p:slechte nachtrust|open-vraag|-0.96
p:slechte ouder|geruststellen|1.78
p:slim genoeg|etiketteren|-0.82
p:slim om|adviseren|0.96
p:slimme jongen|jij-boodschap|-0.63
p:slimme jongen|waarschuwen|-0.98
p:slimme jongen|prijzen|0.98
p:slimme meid|moraliseren|-0.96
p:slimme meid|prijzen|0.99
p:slimme vrouw|prijzen|0.85
p:slimste van|ik-boodschap|-0.99
p:slimste van|bevelen|-0.98
p:slimste van|prijzen|1.82
p:slordig werk|waarschuwen|-0.88
p:slordige meid|bekritiseren|-0.91
p:sluit af|vervolgafspraak|0.99
p:sluit af|bedanken|0.99
p:sluiten af|vervolgafspraak|-0.9
p:sluiten we|samenvatting|0.57
p:sluiten we|afronding-aankondigen|0.91
p:smit en|bevelen|0.97
p:smit en|waarschuwen|-0.8
p:snap dat|parafrase|-0.99
p:snap dat|gevoelsreflectie|0.99
p:snap dat|adviseren|1.27
p:snap dat|geruststellen|0.98
p:snap had|parafrase|1.0
p:snap had|samenvatting|-0.87
p:snap ik|gevoelsreflectie|0.92
p:snap ik|open-vraag|-0.91
p:snap ik|geruststellen|0.77
p:snap u|parafrase|0.86
p:snap uw|geruststellen|-0.85
p:snapt best|jij-boodschap|-0.63
p:snapt dat|prijzen|0.96
p:snapt de|ik-boodschap|0.84
p:snapt de|argumenteren|-0.84
p:snapt vast|parafrase|-0.98
p:snel de|bekritiseren|-0.93
p:snel kon|parafrase|-0.99
p:snel verandert|parafrase|-1.0
p:snel verandert|waarschuwen|1.0
p:sneller over|geruststellen|1.0
p:sociaal gaat|adviseren|-0.99
p:sofia om|vervolgafspraak|-0.92
p:sofie vaker|ik-boodschap|-0.96
p:somber in|parafrase|-1.0
p:somber in|waarschuwen|1.0
p:soms net|jij-boodschap|1.39
p:soms net|etiketteren|0.92
p:soms zijn|moraliseren|-0.96
p:soort mails|bekritiseren|0.91
p:soort ruzietjes|afleiden|0.99
p:sophie bang|gevoelsreflectie|0.94
p:sophie de|ik-boodschap|-0.92
p:sorry zegt|waarschuwen|-0.98
p:spannend ?|gevoelsreflectie|0.99
p:spannend is|gevoelsreflectie|0.94
p:spannend is|samenvatting|-0.94
p:speelt met|waarschuwen|0.88
p:speelt op|waarschuwen|-0.98
p:spijbelt en|bekritiseren|0.82
p:spijbelt en|geruststellen|-0.67
p:spijbelt moet|ik-boodschap|-0.92
p:spijbelt schakel|waarschuwen|1.0
p:spijbelt schakel|adviseren|-1.0
p:sport hebben|vervolgafspraak|-0.96
p:spreek de|samenvatting|0.78
p:spreek de|vervolgafspraak|0.99
p:spreken af|vervolgafspraak|0.78
p:spreken dus|ik-boodschap|-0.92
p:spreken dus|samenvatting|0.92
p:spreken elkaar|afronding-aankondigen|-0.99
p:spreken elkaar|vervolgafspraak|0.99
p:spreken we|afronding-aankondigen|-0.9
p:spreker en|ik-boodschap|0.88
p:spullen vergeet|ik-boodschap|0.92
p:sta jij|ik-boodschap|0.62
p:staan al|afronding-aankondigen|0.98
p:staan moet|ik-boodschap|0.96
p:staan vanaf|argumenteren|-0.97
p:staat al|argumenteren|1.71
p:staat al|bekritiseren|0.97
p:staat allemaal|afleiden|-0.95
p:staat gewoon|samenvatting|-0.95
p:staat gewoon|argumenteren|0.59
p:staat het|ik-boodschap|-1.89
p:staat op|waarschuwen|0.99
p:staat op|argumenteren|-1.53
p:staat op|bekritiseren|-0.99
p:staat op|interpreteren|-0.99
p:staat struikelen|ik-boodschap|-0.67
p:staat toch|jij-boodschap|-0.57
p:staat voor|argumenteren|-0.92
p:stage en|bekritiseren|-0.83
p:stage hebben|afleiden|0.97
p:stage je|jij-boodschap|-0.95
p:stage je|afronding-aankondigen|-0.95
p:steeds afgaat|open-vraag|-0.96
p:steeds apart|ik-boodschap|0.7
p:steeds apart|gevoelsreflectie|-0.83
p:steeds apart|samenvatting|-0.7
p:steeds apart|open-vraag|-0.94
p:steeds bij|ik-boodschap|1.0
p:steeds bij|open-vraag|-1.0
p:steeds door|ik-boodschap|0.86
p:steeds en|ik-boodschap|-0.96
p:steeds het|jij-boodschap|0.94
p:steeds het|bekritiseren|0.94
p:steeds het|vervolgafspraak|-0.85
p:steeds liggen|jij-boodschap|1.0
p:steeds liggen|etiketteren|-1.0
p:steeds mee|jij-boodschap|1.68
p:steeds mee|bekritiseren|0.89
p:steeds niks|ik-boodschap|-0.86
p:steeds niks|bekritiseren|0.95
p:steeds onderbreken|bedanken|-0.88
p:steeds op|afronding-aankondigen|-0.99
p:steeds over|ik-boodschap|0.98
p:steeds stiller|interpreteren|-0.95
p:steeds te|geruststellen|-0.85
p:steeds te|ondervragen|0.94
p:steeds vaker|gevoelsreflectie|-0.98
p:steeds ziek|jij-boodschap|-1.0
p:steeds ziek|moraliseren|-1.0
p:steek gelaten|gevoelsreflectie|0.99
p:steek gelaten|samenvatting|-0.76
p:stel je|etiketteren|1.0
p:stelt echt|geruststellen|-0.96
p:stelt toch|moraliseren|-0.98
p:stelt toch|afleiden|0.94
p:stelt u|jij-boodschap|0.94
p:stelt u|bekritiseren|0.94
p:stelt u|vervolgafspraak|-0.85
p:stelt zich|bekritiseren|1.87
p:sterk in|interpreteren|-0.96
p:sterk omdat|interpreteren|0.95
p:sterke vrouw|geruststellen|-0.64
p:stiefvader ?|ik-boodschap|-0.64
p:stiefvader ?|open-vraag|1.0
p:stijn op|geruststellen|-0.98
p:stil is|geruststellen|-0.77
p:stil is|ondervragen|-0.99
p:stiller bent|ik-boodschap|-0.99
p:stiller is|open-vraag|1.0
p:stiller is|argumenteren|-1.0
p:stiller wordt|interpreteren|-0.95
p:stoeien kan|ik-boodschap|0.97
p:stoer te|bekritiseren|-1.0
p:stoer te|interpreteren|0.85
p:stof niet|ik-boodschap|0.84
p:stof niet|argumenteren|-0.84
p:stond al|moraliseren|-0.99
p:stond al|argumenteren|0.97
p:stoppen er|samenvatting|-0.96
p:stoppen er|waarschuwen|-0.96
p:stoppen er|afronding-aankondigen|0.96
p:stoppen er|vervolgafspraak|0.96
p:stoppen er|bedanken|0.96
p:stoppen onze|vervolgafspraak|-0.99
p:stoppen voor|bedanken|-0.91
p:stoppen we|afronding-aankondigen|0.99
p:straf te|parafrase|0.93
p:straf te|gevoelsreflectie|-0.66
p:strafwerk geven|waarschuwen|-0.95
p:straks alleen|ik-boodschap|0.62
p:straks even|vervolgafspraak|-1.78
p:straks gewoon|jij-boodschap|-0.99
p:straks gewoon|geruststellen|0.99
p:straks zijn|waarschuwen|1.52
p:straks zit|waarschuwen|0.97
p:structuur en|aanmoediging|-0.96
p:structuur en|vervolgafspraak|-0.96
p:structuur nodig|parafrase|-0.99
p:structuur nodig|samenvatting|0.99
p:struikelen er|ik-boodschap|-0.67
p:stuk chagrijn|etiketteren|1.82
p:stuk chagrijn|geruststellen|-0.59
p:sturen ?|bekritiseren|0.61
p:sturen is|bekritiseren|0.91
p:stuur en|ik-boodschap|0.98
p:stuur en|argumenteren|-0.9
p:stuur en|vervolgafspraak|-0.9
p:stuur ik|bedanken|0.99
p:stuur je|waarschuwen|0.9
p:stuur mij|vervolgafspraak|-0.98
p:stuur u|ik-boodschap|-1.0
p:stuur u|vervolgafspraak|1.0
p:stuur u|bedanken|-0.95
p:stuurde was|jij-boodschap|-0.94
p:sukkel bram|bekritiseren|-0.99
p:sven gaan|adviseren|0.96
p:t nu|ik-boodschap|-0.64
p:t nu|open-vraag|1.0
p:tafel dank|samenvatting|0.83
p:tafel dank|vervolgafspraak|0.9
p:tafel dank|bedanken|0.9
p:tafel houdt|ik-boodschap|1.0
p:tafel houdt|adviseren|-0.76
p:tafel zit|samenvatting|-0.91
p:tas elke|bekritiseren|-0.97
p:tas nu|samenvatting|-0.99
p:tas van|ik-boodschap|-0.67
p:te antwoorden|jij-boodschap|0.44
p:te bellen|moraliseren|-0.98
p:te bellen|prijzen|-0.98
p:te bieden|prijzen|-0.98
p:te controleren|adviseren|-0.83
p:te controleren|afleiden|-0.95
p:te doen|bekritiseren|-1.0
p:te doen|interpreteren|0.85
p:te druk|interpreteren|-0.97
p:te falen|interpreteren|1.0
p:te gaan|jij-boodschap|0.98
p:te gaan|gevoelsreflectie|0.94
p:te gaan|samenvatting|-1.65
p:te gaan|open-vraag|0.99
p:te gaan|bekritiseren|0.98
p:te gamen|jij-boodschap|0.87
p:te gamen|parafrase|-0.99
p:te gapen|ik-boodschap|0.89
p:te gapen|adviseren|0.72
p:te gedragen|moraliseren|0.95
p:te gedragen|prijzen|0.95
p:te gek|argumenteren|-0.74
p:te geven|moraliseren|1.0
p:te geven|adviseren|-1.0
p:te horen|ik-boodschap|0.93
p:te horen|samenvatting|-0.78
p:te horen|ondervragen|-1.0
p:te horen|vervolgafspraak|1.0
p:te houden|bevelen|0.92
p:te houden|moraliseren|1.93
p:te houden|argumenteren|-0.29
p:te houden|bekritiseren|-0.93
p:te komen|bekritiseren|0.14
p:te laag|parafrase|0.93
p:te laag|argumenteren|0.93
p:te laat|jij-boodschap|0.14
p:te laat|gevoelsreflectie|-0.94
p:te laat|samenvatting|0.94
p:te laat|open-vraag|0.93
p:te laat|bevelen|-0.88
p:te laat|waarschuwen|0.92
p:te laat|moraliseren|-0.95
p:te laat|adviseren|-0.78
p:te laat|argumenteren|1.69
p:te laat|geruststellen|-0.85
p:te laat|afronding-aankondigen|-0.98
p:te laat|vervolgafspraak|-0.68
p:te laks|jij-boodschap|0.98
p:te laks|bekritiseren|0.98
p:te laten|ik-boodschap|0.89
p:te laten|open-vraag|-1.0
p:te laten|adviseren|0.91
p:te laten|geruststellen|-1.0
p:te leggen|adviseren|0.96
p:te leren|bekritiseren|0.84
p:te leren|etiketteren|0.84
p:te leveren|jij-boodschap|-1.0
p:te leveren|bevelen|1.0
p:te leveren|moraliseren|-1.0
p:te leveren|etiketteren|-1.0
p:te leveren|interpreteren|-1.0
p:te lichten|vervolgafspraak|0.94
p:te liggen|geruststellen|0.54
p:te lui|bekritiseren|0.84
p:te lui|etiketteren|0.84
p:te maken|ik-boodschap|-0.83
p:te maken|jij-boodschap|-0.87
p:te maken|waarschuwen|0.82
p:te maken|adviseren|0.13
p:te makkelijk|adviseren|0.99
p:te makkelijk|interpreteren|0.99
p:te makkelijk|geruststellen|-0.99
p:te moeilijk|parafrase|-0.93
p:te moeilijk|gevoelsreflectie|0.82
p:te moeilijk|open-vraag|0.94
p:te moeilijk|argumenteren|0.97
p:te moeilijk|vervolgafspraak|0.95
p:te nemen|gevoelsreflectie|-0.74
p:te nemen|bevelen|-0.96
p:te nemen|adviseren|0.84
p:te nemen|etiketteren|-0.84
p:te plannen|bekritiseren|-0.9
p:te praten|bekritiseren|0.72
p:te praten|vervolgafspraak|-0.68
p:te regelen|adviseren|0.93
p:te regelen|afronding-aankondigen|-0.84
p:te rollen|bevelen|0.93
p:te snel|bekritiseren|-0.93
p:te spreken|argumenteren|-0.66
p:te staan|bekritiseren|0.9
p:te stellen|moraliseren|0.95
p:te steunen|bekritiseren|-0.83
p:te stoppen|afronding-aankondigen|0.99
p:te sturen|bevelen|-0.86
p:te tillen|moraliseren|-0.95
p:te tillen|interpreteren|-0.84
p:te tillen|geruststellen|-0.58
p:te tillen|afleiden|0.95
p:te tornen|argumenteren|0.94
p:te tornen|afleiden|-0.94
p:te vatten|interpreteren|-0.85
p:te veel|jij-boodschap|-0.97
p:te veel|adviseren|-0.98
p:te veel|bekritiseren|-0.79
p:te verbergen|ik-boodschap|-0.73
p:te verbergen|interpreteren|0.96
p:te verdoen|jij-boodschap|1.57
p:te verdoen|samenvatting|-0.57
p:te verdoen|bevelen|-0.93
p:te verdoen|bekritiseren|1.51
p:te vertellen|ik-boodschap|-1.0
p:te vertellen|afronding-aankondigen|-1.0
p:te voelen|geruststellen|0.59
p:te wachten|afronding-aankondigen|0.98
p:te weinig|parafrase|0.91
p:te werken|jij-boodschap|-0.76
p:te werken|interpreteren|-0.85
p:te werken|vervolgafspraak|-0.95
p:te weten|interpreteren|-0.96
p:te zeggen|adviseren|-0.95
p:te zetten|argumenteren|-0.94
p:te zien|ik-boodschap|0.92
p:te zijn|jij-boodschap|-0.99
p:te zijn|bevelen|-0.99
p:te zijn|waarschuwen|-1.68
p:te zijn|moraliseren|0.99
p:te zijn|adviseren|-0.97
p:te zijn|geruststellen|0.99
p:te zijn|bedanken|-0.96
p:te zwaar|parafrase|0.93
p:te zwaar|gevoelsreflectie|-0.66
p:team een|ik-boodschap|0.88
p:teamleider erbij|gevoelsreflectie|-0.79
p:teamleider erbij|samenvatting|-0.86
p:teamleider erbij|afronding-aankondigen|-0.92
p:teamleider meldt|bevelen|0.84
p:teamleider zegt|open-vraag|-1.0
p:teamleider zegt|geruststellen|-1.0
p:tegelijk praten|ik-boodschap|0.75
p:tegen een|moraliseren|0.98
p:tegen een|etiketteren|-0.98
p:tegen haar|parafrase|-0.99
p:tegen haar|gevoelsreflectie|0.99
p:tegen haar|adviseren|0.99
p:tegen je|waarschuwen|-0.9
p:tegen je|moraliseren|0.99
p:tegen jou|jij-boodschap|0.91
p:tegen jou|samenvatting|-0.91
p:tegen jou|bekritiseren|0.91
p:tegen mij|waarschuwen|0.76
p:tegen wiskunde|open-vraag|0.99
p:tegenover je|bevelen|-0.97
p:tegenovergestelde van|jij-boodschap|0.94
p:tegenovergestelde van|bekritiseren|0.94
p:tegenovergestelde van|vervolgafspraak|-0.85
p:tegenvallend cijfer|vervolgafspraak|-0.92
p:tegenwoordig veel|ik-boodschap|-0.99
p:tekent u|jij-boodschap|-0.76
p:tekent u|vervolgafspraak|-0.95
p:telefon nu|bevelen|1.0
p:telefon nu|prijzen|-1.0
p:telefon nu|bedanken|-1.0
p:telefoon 's|adviseren|1.95
p:telefoon 's|bekritiseren|-0.99
p:telefoon ?|open-vraag|-0.96
p:telefoon ?|adviseren|-0.71
p:telefoon doet|waarschuwen|-0.75
p:telefoon eens|ik-boodschap|0.89
p:telefoon eens|adviseren|0.72
p:telefoon in|samenvatting|-0.99
p:telefoon in|bevelen|1.0
p:telefoon in|waarschuwen|-1.0
p:telefoon in|afleiden|-1.0
p:telefoon kijkt|afronding-aankondigen|-0.99
p:telefoon niet|ik-boodschap|-0.98
p:telefoon niet|waarschuwen|1.95
p:telefoon niet|argumenteren|-1.0
p:telefoon niet|prijzen|-1.0
p:telefoon om|jij-boodschap|-0.96
p:telefoon onder|ik-boodschap|1.0
p:telefoon onder|adviseren|-0.76
p:telefoon steeds|open-vraag|-0.96
p:telefoon weg|bevelen|0.9
p:telefoon weg|etiketteren|-0.93
p:telefoon zit|open-vraag|0.88
p:telefoonnummer kan|open-vraag|-0.94
p:telefoons de|bekritiseren|-0.99
p:telefoons in|bevelen|0.91
p:teleur u|jij-boodschap|0.94
p:teleur u|bekritiseren|0.94
p:teleur u|vervolgafspraak|-0.85
p:teleurgesteld bent|gevoelsreflectie|0.94
p:teleurgesteld bent|open-vraag|-0.94
p:teleurgesteld dat|gevoelsreflectie|0.77
p:teleurgesteld in|jij-boodschap|0.89
p:teleurgesteld in|prijzen|-0.99
p:teleurgesteld omdat|aanmoediging|-0.92
p:teleurgesteld samengevat|gevoelsreflectie|0.82
p:teleurgesteld samengevat|vervolgafspraak|0.95
p:teleurgesteld want|open-vraag|-0.99
p:teleurgesteld want|bevelen|-0.99
p:tenminste goed|afleiden|0.97
p:terecht echt|geruststellen|0.92
p:terug als|vervolgafspraak|0.84
p:terug en|parafrase|-0.93
p:terug en|samenvatting|0.88
p:terug hij|parafrase|-0.9
p:terug hij|samenvatting|0.9
p:terug van|vervolgafspraak|-1.81
p:terwijl u|jij-boodschap|1.0
p:terwijl u|moraliseren|0.95
p:terwijl u|bekritiseren|1.0
p:terwijl u|ondervragen|-0.89
p:tevoren aangekondigd|ik-boodschap|-0.75
p:tevoren was|parafrase|1.0
p:thanks voor|vervolgafspraak|-0.95
p:thijs de|ik-boodschap|0.89
p:thuis ?|gevoelsreflectie|-1.0
p:thuis ?|open-vraag|2.84
p:thuis ?|argumenteren|-1.0
p:thuis ?|ondervragen|1.96
p:thuis bent|parafrase|0.96
p:thuis bent|open-vraag|0.96
p:thuis druk|argumenteren|-0.91
p:thuis een|ik-boodschap|0.93
p:thuis een|adviseren|0.76
p:thuis eenzaam|adviseren|-0.98
p:thuis eigenlijk|open-vraag|0.97
p:thuis gaat|parafrase|-0.93
p:thuis gaat|gevoelsreflectie|-0.98
p:thuis gaat|samenvatting|1.86
p:thuis gaat|geruststellen|-0.92
p:thuis gebeurd|gevoelsreflectie|1.0
p:thuis gebeurd|open-vraag|1.0
p:thuis gebeurd|geruststellen|1.0
p:thuis gebeurt|gevoelsreflectie|-0.77
p:thuis gebeurt|bekritiseren|0.88
p:thuis gedaan|interpreteren|-1.0
p:thuis gewoon|bevelen|-0.86
p:thuis hard|gevoelsreflectie|-0.99
p:thuis helemaal|parafrase|0.99
p:thuis in|parafrase|1.0
p:thuis in|waarschuwen|-1.0
p:thuis is|parafrase|-0.93
p:thuis is|samenvatting|0.99
p:thuis is|open-vraag|-0.99
p:thuis kost|samenvatting|0.57
p:thuis laat|open-vraag|-0.87
p:thuis met|afleiden|-0.99
p:thuis met|bedanken|0.96
p:thuis niet|gevoelsreflectie|1.0
p:thuis niet|interpreteren|-0.15
p:thuis niets|parafrase|0.93
p:thuis niets|bekritiseren|-0.97
p:thuis nooit|jij-boodschap|0.99
p:thuis nooit|waarschuwen|0.99
p:thuis nooit|adviseren|0.99
p:thuis nooit|bekritiseren|0.99
p:thuis ook|gevoelsreflectie|0.94
p:thuis ook|samenvatting|-0.94
p:thuis op|samenvatting|0.78
p:thuis op|vervolgafspraak|0.99
p:thuis van|parafrase|-0.88
p:thuis van|open-vraag|-0.82
p:thuis van|etiketteren|-0.94
p:thuis van|geruststellen|-0.98
p:thuis verlopen|parafrase|-1.0
p:thuis verlopen|open-vraag|1.0
p:thuis verveelt|bevelen|-0.97
p:thuis wat|interpreteren|0.99
p:thuis wat|geruststellen|-0.99
p:thuis wel|parafrase|0.94
p:thuis wel|gevoelsreflectie|-1.0
p:thuis wel|open-vraag|-0.93
p:thuis wel|geruststellen|-0.62
p:thuis zit|ondervragen|-0.97
p:thuisblijven ?|adviseren|-0.84
p:thuisgehouden ?|bekritiseren|0.99
p:thuisgehouden ?|ondervragen|0.99
p:thuiskomt ?|bekritiseren|0.94
p:thuiskomt ?|afleiden|-0.94
p:tien uur|ik-boodschap|0.93
p:tien uur|waarschuwen|-0.83
p:ties u|open-vraag|0.99
p:tijd af|jij-boodschap|-1.0
p:tijd af|bevelen|1.0
p:tijd af|moraliseren|-1.0
p:tijd af|etiketteren|-1.0
p:tijd af|interpreteren|-1.0
p:tijd dus|bedanken|-0.98
p:tijd fijn|bevelen|-0.93
p:tijd fijn|bekritiseren|-0.93
p:tijd geven|open-vraag|-0.9
p:tijd heen|vervolgafspraak|0.15
p:tijd heen|bedanken|0.99
p:tijd hoe|gevoelsreflectie|0.98
p:tijd hoor|bevelen|-0.91
p:tijd ik|samenvatting|-0.98
p:tijd ik|aanmoediging|0.98
p:tijd ingrijpen|afronding-aankondigen|-1.0
p:tijd is|bevelen|0.99
p:tijd is|vervolgafspraak|-0.99
p:tijd je|bekritiseren|0.94
p:tijd komt|moraliseren|0.96
p:tijd komt|interpreteren|-0.96
p:tijd met|bevelen|0.93
p:tijd mijn|ik-boodschap|-0.99
p:tijd naar|bevelen|-0.86
p:tijd naar|argumenteren|-0.84
p:tijd niet|open-vraag|0.96
p:tijd over|argumenteren|-0.97
p:tijd te|jij-boodschap|1.57
p:tijd te|samenvatting|-0.57
p:tijd te|bevelen|-0.93
p:tijd te|bekritiseren|1.65
p:tijd vaak|ik-boodschap|-0.92
p:tijd vanavond|bekritiseren|-0.93
p:tijd we|vervolgafspraak|-0.99
p:tijd wegbrengen|bevelen|0.88
p:tijd wegbrengen|adviseren|-0.78
p:tijd wegbrengen|argumenteren|0.98
p:tijd zit|gevoelsreflectie|-1.0
p:tijd zit|aanmoediging|-0.66
p:tijd zit|bevelen|-1.0
p:tijd zit|geruststellen|-1.0
p:tijd zit|afronding-aankondigen|1.0
p:tijd zit|bedanken|-0.96
p:tijdens de|open-vraag|-0.97
p:tijdens het|moraliseren|-0.99
p:tijdens het|interpreteren|-0.99
p:tijdens het|afronding-aankondigen|-0.99
p:tijdens toetsen|ik-boodschap|-0.96
p:tijdje bij|interpreteren|-0.99
p:timer tijdens|moraliseren|-0.99
p:timer tijdens|interpreteren|-0.99
p:tip haal|bekritiseren|-0.99
p:tip is|etiketteren|-0.84
p:tja bedankt|bekritiseren|1.64
p:tja bedankt|bedanken|-1.81
p:tja maar|open-vraag|-1.67
p:tja maar|afleiden|0.99
p:toch ?|moraliseren|-0.96
p:toch af|geruststellen|-0.96
p:toch begrijpen|argumenteren|0.97
p:toch beter|moraliseren|0.99
p:toch dat|waarschuwen|-0.9
p:toch de|ik-boodschap|-0.99
p:toch de|prijzen|0.99
p:toch een|jij-boodschap|1.12
p:toch een|etiketteren|0.91
p:toch een|vervolgafspraak|-0.95
p:toch geen|bekritiseren|-0.95
p:toch geen|prijzen|-0.94
p:toch gewoon|jij-boodschap|-0.57
p:toch gewoon|moraliseren|0.99
p:toch het|moraliseren|1.0
p:toch het|adviseren|-1.0
p:toch logisch|moraliseren|-0.9
p:toch makkelijk|waarschuwen|-0.98
p:toch makkelijk|prijzen|0.98
p:toch moeten|moraliseren|0.95
p:toch niet|ik-boodschap|0.59
p:toch niet|gevoelsreflectie|0.84
p:toch niet|waarschuwen|-0.99
p:toch niet|geruststellen|-0.97
p:toch niet|afleiden|1.91
p:toch niks|moraliseren|-0.98
p:toch niks|afleiden|0.94
p:toch onze|moraliseren|0.95
p:toch onze|prijzen|0.95
p:toch ook|moraliseren|1.71
p:toch ook|argumenteren|-1.5
p:toch te|argumenteren|-0.74
p:toch vertelt|bedanken|0.92
p:toch weten|waarschuwen|-0.75
p:toch zo'n|moraliseren|-0.96
p:toe ?|open-vraag|0.99
p:toe gaat|samenvatting|0.98
p:toe gaat|open-vraag|0.98
p:toe in|moraliseren|0.99
p:toe in|geruststellen|-0.96
p:toe kwam|ik-boodschap|0.97
p:toe te|vervolgafspraak|0.94
p:toe thuis|parafrase|-0.93
p:toe thuis|samenvatting|0.88
p:toe weinig|open-vraag|-1.0
p:toegeven dat|interpreteren|0.92
p:toen ?|open-vraag|-0.99
p:toen ?|aanmoediging|1.01
p:toen ?|ondervragen|-0.99
p:toen hij|ik-boodschap|-0.97
p:toen hij|samenvatting|-0.97
p:toen hij|open-vraag|0.73
p:toen ik|ik-boodschap|1.0
p:toen ik|moraliseren|-1.0
p:toen ik|adviseren|-1.0
p:toen ik|prijzen|-1.0
p:toen ik|afleiden|-1.0
p:toen ik|bedanken|-1.0
p:toen je|ik-boodschap|1.84
p:toen je|gevoelsreflectie|-0.84
p:toen je|vervolgafspraak|-1.0
p:toen leek|jij-boodschap|0.98
p:toen leek|samenvatting|-0.65
p:toen leek|bekritiseren|0.98
p:toen voor|parafrase|1.0
p:toen voor|samenvatting|-0.82
p:toen voor|afronding-aankondigen|-1.0
p:toets dat|argumenteren|-0.97
p:toets en|parafrase|-0.82
p:toets en|samenvatting|0.97
p:toets en|argumenteren|-0.97
p:toets is|ik-boodschap|-0.75
p:toets met|open-vraag|-0.97
p:toets misgaat|parafrase|1.0
p:toets misgaat|gevoelsreflectie|-1.0
p:toets mist|argumenteren|0.97
p:toets niet|ik-boodschap|0.93
p:toets niet|parafrase|1.9
p:toets niet|adviseren|0.76
p:toets niet|vervolgafspraak|-0.96
p:toets te|open-vraag|0.94
p:toets te|argumenteren|0.97
p:toets verschoven|ik-boodschap|-1.0
p:toets verschoven|jij-boodschap|-1.0
p:toets verschoven|parafrase|-1.0
p:toets verschoven|gevoelsreflectie|-1.0
p:toets verschoven|samenvatting|-1.0
p:toets verschoven|open-vraag|-1.0
p:toets verschoven|aanmoediging|-1.0
p:toets verschoven|bevelen|-1.0
p:toets verschoven|waarschuwen|-1.0
p:toets verschoven|moraliseren|-1.0
p:toets verschoven|adviseren|-1.0
p:toets verschoven|argumenteren|-1.0
p:toets verschoven|bekritiseren|-1.0
p:toets verschoven|prijzen|-1.0
p:toets verschoven|etiketteren|-1.0
p:toets verschoven|interpreteren|-1.0
p:toets verschoven|geruststellen|-1.0
p:toets verschoven|ondervragen|-1.0
p:toets verschoven|afleiden|-1.0
p:toets verschoven|afronding-aankondigen|-1.0
p:toets verschoven|vervolgafspraak|-1.0
p:toets verschoven|bedanken|-1.0
p:toets voor|bevelen|-0.95
p:toets was|gevoelsreflectie|0.82
p:toets was|argumenteren|1.0
p:toets was|vervolgafspraak|0.95
p:toetsdatum stond|argumenteren|0.97
p:toetsen de|vervolgafspraak|-0.9
p:toetsen gemist|open-vraag|-0.99
p:toetsen gemist|bevelen|-0.99
p:toetsen gemist|bekritiseren|-0.99
p:toetsen onvoldoende|argumenteren|0.96
p:toetsen opschrijft|ik-boodschap|0.86
p:toetsen punten|ik-boodschap|0.99
p:toetsen te|parafrase|-0.93
p:toetsstof mist|adviseren|-0.73
p:toetsweek heel|ik-boodschap|0.96
p:toetsweek is|argumenteren|0.99
p:toetsweek opnieuw|afleiden|-0.97
p:toetsweek vastligt|argumenteren|0.65
p:toevoegen ?|samenvatting|0.98
p:toevoegen ?|open-vraag|0.98
p:tof dat|ik-boodschap|0.97
p:tolk en|ik-boodschap|0.75
p:tolk goed|ik-boodschap|-1.79
p:tolk goed|parafrase|0.95
p:tom gepest|interpreteren|0.85
p:tot afspraken|bedanken|-0.88
p:tot het|ik-boodschap|-0.98
p:tot het|waarschuwen|0.98
p:tot middernacht|moraliseren|0.95
p:tot nu|parafrase|-0.93
p:tot nu|samenvatting|1.86
p:tot nu|open-vraag|0.97
p:tot rust|parafrase|0.98
p:tot u|afronding-aankondigen|-0.99
p:tot ziens|bedanken|0.83
p:trainingen van|ik-boodschap|0.88
p:trap was|ik-boodschap|0.92
p:trap zat|ik-boodschap|-0.88
p:trekt ze|parafrase|-0.93
p:trekt ze|samenvatting|0.88
p:trekt zich|etiketteren|-0.93
p:trots dat|gevoelsreflectie|0.98
p:trots hij|jij-boodschap|-0.91
p:trouwens de|geruststellen|0.99
p:trouwens de|afleiden|0.99
p:tussen haar|ik-boodschap|-0.64
p:tussen haar|open-vraag|1.0
p:twee dagen|ik-boodschap|-0.95
p:twee keer|ik-boodschap|0.97
p:twee keer|gevoelsreflectie|-1.66
p:twee keer|open-vraag|0.83
p:twee keer|waarschuwen|-0.97
p:twee keer|etiketteren|-0.92
p:twee toetsen|open-vraag|-0.99
p:twee toetsen|bevelen|-0.99
p:twee uur|jij-boodschap|0.87
p:twee weken|ik-boodschap|1.16
p:twee weken|jij-boodschap|-0.98
p:twee weken|parafrase|-0.96
p:twee weken|samenvatting|-0.14
p:twee weken|adviseren|0.76
p:twee weken|argumenteren|1.71
p:twee weken|vervolgafspraak|0.96
p:twee weken|bedanken|-0.85
p:twee zorgen|samenvatting|0.95
p:twee zorgen|vervolgafspraak|-0.95
p:tweede is|gevoelsreflectie|0.84
p:tweede is|afleiden|0.94
p:tweede klas|geruststellen|0.96
p:tweede klas|afleiden|-0.82
p:tweede stelt|afleiden|0.94
p:tweede uur|vervolgafspraak|0.98
p:typisch zo'n|etiketteren|0.99
p:u ?|open-vraag|0.94
p:u ?|aanmoediging|-0.99
p:u aangrijpt|bedanken|-0.96
p:u achter|bekritiseren|0.9
p:u al|bekritiseren|-0.9
p:u alles|adviseren|-0.83
p:u alles|bekritiseren|1.75
p:u alles|afleiden|-0.95
p:u als|parafrase|-0.93
p:u als|samenvatting|0.88
p:u als|moraliseren|0.95
p:u altijd|jij-boodschap|0.99
p:u altijd|ondervragen|-0.99
p:u bang|parafrase|-0.9
p:u bedoelt|parafrase|1.81
p:u bedoelt|gevoelsreflectie|-0.99
p:u bedoelt|samenvatting|-0.94
p:u bedoelt|bekritiseren|-0.92
p:u belt|samenvatting|0.83
p:u belt|vervolgafspraak|0.9
p:u belt|bedanken|0.9
p:u bemoeit|jij-boodschap|0.96
p:u bemoeit|gevoelsreflectie|-0.96
p:u bemoeit|bekritiseren|0.76
p:u bent|jij-boodschap|-1.81
p:u bent|gevoelsreflectie|1.16
p:u bent|bevelen|-0.93
p:u bent|waarschuwen|-0.95
p:u bent|moraliseren|-0.94
p:u bent|adviseren|-0.15
p:u bent|bekritiseren|-0.72
p:u bent|prijzen|-0.12
p:u bent|etiketteren|-0.92
p:u bent|geruststellen|-1.5
p:u bent|ondervragen|0.98
p:u bent|vervolgafspraak|0.95
p:u beschermt|interpreteren|0.95
p:u boos|gevoelsreflectie|0.84
p:u boos|afleiden|0.94
p:u controleert|adviseren|0.97
p:u controleert|bekritiseren|0.97
p:u daar|gevoelsreflectie|1.0
p:u daar|samenvatting|0.98
p:u daar|open-vraag|0.16
p:u daar|geruststellen|-0.98
p:u daarna|adviseren|-0.86
p:u daartegenaan|jij-boodschap|-0.97
p:u daartegenaan|open-vraag|0.93
p:u daartegenaan|bekritiseren|-0.97
p:u daarvan|ik-boodschap|0.91
p:u daarvan|afleiden|-0.98
p:u dan|parafrase|0.99
p:u dan|interpreteren|0.99
p:u dan|geruststellen|-0.99
p:u dankbaar|bedanken|0.8
p:u dat|jij-boodschap|0.99
p:u dat|gevoelsreflectie|-1.06
p:u dat|open-vraag|1.93
p:u dat|adviseren|0.97
p:u dat|afronding-aankondigen|-0.97
p:u dat|vervolgafspraak|-0.9
p:u dat|bedanken|0.99
p:u de|ik-boodschap|-1.79
p:u de|parafrase|0.95
p:u de|open-vraag|0.99
p:u de|prijzen|-0.82
p:u de|ondervragen|0.9
p:u de|vervolgafspraak|-0.99
p:u delen|open-vraag|0.97
p:u denkt|bekritiseren|1.75
p:u denkt|geruststellen|1.03
p:u dient|jij-boodschap|-1.0
p:u dient|bevelen|1.92
p:u dient|moraliseren|-1.0
p:u dient|etiketteren|-1.0
p:u dient|interpreteren|-1.0
p:u dit|jij-boodschap|-0.76
p:u dit|gevoelsreflectie|0.77
p:u dit|vervolgafspraak|-1.85
p:u dit|bedanken|0.99
p:u doet|jij-boodschap|1.94
p:u doet|bekritiseren|2.94
p:u doet|geruststellen|1.86
p:u doet|ondervragen|-0.89
p:u doet|vervolgafspraak|-0.85
p:u donderdag|vervolgafspraak|0.88
p:u donderdagmiddag|vervolgafspraak|0.91
p:u door|aanmoediging|-0.95
p:u door|waarschuwen|0.95
p:u doordring|afronding-aankondigen|-0.99
p:u drie|jij-boodschap|0.44
p:u een|moraliseren|-1.0
p:u een|argumenteren|-1.0
p:u een|etiketteren|-0.9
p:u een|geruststellen|1.78
p:u een|vervolgafspraak|0.99
p:u een|bedanken|0.99
p:u eens|ik-boodschap|0.96
p:u eerder|bekritiseren|-1.68
p:u eerst|parafrase|0.99
p:u eigenlijk|bekritiseren|0.94
p:u eigenlijk|afleiden|-0.94
p:u eindelijk|jij-boodschap|1.83
p:u eindelijk|bekritiseren|1.83
p:u er|ik-boodschap|-0.86
p:u er|jij-boodschap|-1.89
p:u er|bekritiseren|-1.19
p:u er|prijzen|-0.96
p:u er|geruststellen|-1.0
p:u er|ondervragen|0.89
p:u er|bedanken|-1.91
p:u ervoor|bevelen|0.98
p:u gaat|moraliseren|-0.94
p:u gaat|prijzen|1.0
p:u gebeld|parafrase|0.97
p:u gebeld|samenvatting|-0.99
p:u gebeld|interpreteren|-0.99
p:u gebeld|vervolgafspraak|-0.99
p:u gebeurd|gevoelsreflectie|-0.92
p:u geeft|bekritiseren|-0.97
p:u geen|geruststellen|0.97
p:u gekomen|interpreteren|-0.9
p:u geschrokken|argumenteren|0.94
p:u geschrokken|afleiden|-0.94
p:u geweest|gevoelsreflectie|0.76
p:u geweest|samenvatting|-0.98
p:u gewoon|jij-boodschap|0.99
p:u goed|parafrase|0.99
p:u goed|samenvatting|-0.95
p:u goed|open-vraag|0.94
p:u goed|aanmoediging|-0.92
p:u goed|prijzen|-0.82
p:u goed|vervolgafspraak|-0.95
p:u had|parafrase|-0.91
p:u had|gevoelsreflectie|0.17
p:u had|samenvatting|-0.98
p:u had|open-vraag|-0.94
p:u had|aanmoediging|-0.98
p:u had|moraliseren|0.99
p:u halverwege|ik-boodschap|0.78
p:u heeft|jij-boodschap|1.62
p:u heeft|parafrase|-0.82
p:u heeft|samenvatting|-0.95
p:u heeft|argumenteren|-0.45
p:u heeft|bekritiseren|1.87
p:u heeft|interpreteren|-0.99
p:u heeft|geruststellen|-0.98
p:u heeft|vervolgafspraak|-0.99
p:u heft|waarschuwen|-0.99
p:u hem|samenvatting|-1.0
p:u hem|open-vraag|-1.0
p:u hem|bevelen|-0.15
p:u hem|prijzen|-0.89
p:u hem|etiketteren|-0.96
p:u hem|geruststellen|-0.99
p:u het|jij-boodschap|-0.93
p:u het|parafrase|1.87
p:u het|open-vraag|1.93
p:u het|aanmoediging|1.51
p:u het|prijzen|-0.96
p:u het|interpreteren|1.0
p:u het|vervolgafspraak|0.96
p:u het|bedanken|0.92
p:u hier|afronding-aankondigen|-0.97
p:u hier|bedanken|0.92
p:u hoe|samenvatting|0.78
p:u hoe|vervolgafspraak|0.99
p:u hoe|bedanken|-0.99
p:u hoeft|jij-boodschap|-0.99
p:u hoeft|adviseren|-0.97
p:u hoeft|geruststellen|1.58
p:u hoor|parafrase|1.0
p:u hoor|gevoelsreflectie|-1.0
p:u hoor|open-vraag|-1.0
p:u hoort|moraliseren|1.0
p:u hoort|adviseren|-1.0
p:u iets|bekritiseren|-0.93
p:u iets|geruststellen|-0.92
p:u is|open-vraag|-0.97
p:u kent|bevelen|-0.79
p:u klinkt|parafrase|-1.0
p:u klinkt|open-vraag|-1.0
p:u klinkt|moraliseren|-0.97
p:u klinkt|geruststellen|-1.0
p:u komt|jij-boodschap|0.97
p:u kunnen|parafrase|-1.0
p:u kunnen|open-vraag|1.0
p:u kunt|adviseren|1.86
p:u kunt|prijzen|-0.96
p:u kunt|interpreteren|-0.99
p:u kunt|geruststellen|1.01
p:u laat|ik-boodschap|-0.96
p:u laat|bevelen|-0.86
p:u laat|moraliseren|0.95
p:u legt|interpreteren|0.82
p:u let|samenvatting|0.78
p:u let|vervolgafspraak|0.99
p:u ligt|parafrase|0.96
p:u ligt|samenvatting|0.86
p:u lijkt|bekritiseren|-1.0
p:u lijkt|vervolgafspraak|-1.0
p:u luistert|gevoelsreflectie|-0.94
p:u maakt|samenvatting|0.94
p:u maakt|open-vraag|-0.99
p:u maakt|interpreteren|-0.92
p:u maakt|geruststellen|-1.0
p:u maakt|vervolgafspraak|0.94
p:u maakt|bedanken|-0.89
p:u maandag|afronding-aankondigen|0.91
p:u maandag|vervolgafspraak|0.84
p:u maandag|bedanken|-0.95
p:u maar|bekritiseren|0.95
p:u mag|aanmoediging|0.97
p:u merkt|parafrase|0.98
p:u met|adviseren|0.68
p:u meteen|gevoelsreflectie|-0.77
p:u mij|jij-boodschap|0.94
p:u mij|bekritiseren|0.94
p:u mij|vervolgafspraak|-0.85
p:u moet|bevelen|0.88
p:u moet|adviseren|-1.77
p:u moet|argumenteren|1.11
p:u moet|bekritiseren|-0.97
p:u moeten|bekritiseren|0.61
p:u morgen|afronding-aankondigen|-0.76
p:u morgen|vervolgafspraak|0.94
p:u morgen|bedanken|-0.91
p:u natuurlijk|prijzen|0.69
p:u nauwelijks|bekritiseren|1.72
p:u neemt|moraliseren|-0.77
p:u neemt|interpreteren|-1.0
p:u niet|ik-boodschap|-0.99
p:u niet|moraliseren|-0.95
p:u niet|interpreteren|-0.84
p:u niet|ondervragen|-0.98
p:u niet|afleiden|0.95
p:u niets|bekritiseren|-3.61
p:u niks|jij-boodschap|0.93
p:u niks|samenvatting|-0.93
p:u niks|bekritiseren|1.44
p:u nog|waarschuwen|0.76
p:u nou|jij-boodschap|-1.78
p:u nou|bevelen|-0.9
p:u om|bedanken|0.96
p:u onderbreekt|ik-boodschap|-0.96
p:u onderschat|jij-boodschap|0.85
p:u onderschat|waarschuwen|0.79
p:u ongerust|adviseren|-0.68
p:u ongerust|geruststellen|0.41
p:u ons|vervolgafspraak|-1.0
p:u ook|jij-boodschap|-0.98
p:u ook|prijzen|0.98
p:u op|gevoelsreflectie|0.84
p:u over|ik-boodschap|0.93
p:u over|gevoelsreflectie|0.77
p:u over|adviseren|0.76
p:u over|afronding-aankondigen|-0.97
p:u praat|bedanken|0.96
p:u precies|parafrase|-1.0
p:u precies|open-vraag|0.99
p:u precies|bekritiseren|-1.0
p:u precies|ondervragen|-1.0
p:u projecteert|interpreteren|0.96
p:u raakt|gevoelsreflectie|1.0
p:u reageert|bevelen|-0.99
p:u snapt|parafrase|-0.98
p:u snapt|prijzen|0.96
p:u stuurde|jij-boodschap|-0.94
p:u te|vervolgafspraak|-0.68
p:u teleurgesteld|gevoelsreflectie|0.94
p:u teleurgesteld|open-vraag|-0.94
p:u thuis|ik-boodschap|0.93
p:u thuis|adviseren|0.76
p:u thuis|etiketteren|-0.94
p:u tijdens|afronding-aankondigen|-0.99
p:u toch|jij-boodschap|1.74
p:u toch|waarschuwen|-0.75
p:u toch|etiketteren|0.91
p:u toch|vervolgafspraak|-0.95
p:u uit|argumenteren|0.81
p:u van|aanmoediging|-0.95
p:u vast|gevoelsreflectie|-0.82
p:u vast|prijzen|0.96
p:u veel|bekritiseren|-0.84
p:u verder|gevoelsreflectie|-1.0
p:u verder|aanmoediging|1.98
p:u verdraait|ik-boodschap|-0.99
p:u verdriet|gevoelsreflectie|0.77
p:u verdriet|vervolgafspraak|-0.9
p:u verdriet|bedanken|0.99
p:u verdrietig|parafrase|-0.98
p:u vergist|moraliseren|-0.99
p:u vergist|argumenteren|0.9
p:u verwaarloost|aanmoediging|-1.0
p:u vindt|jij-boodschap|0.87
p:u vindt|parafrase|0.86
p:u vindt|gevoelsreflectie|-0.66
p:u vindt|waarschuwen|-0.95
p:u vindt|adviseren|0.84
p:u vindt|argumenteren|0.93
p:u vindt|etiketteren|1.81
p:u voelt|parafrase|-0.96
p:u voelt|gevoelsreflectie|0.99
p:u voelt|samenvatting|-0.76
p:u volgende|adviseren|-0.76
p:u volgende|bekritiseren|-0.95
p:u volgende|afronding-aankondigen|0.91
p:u volgende|vervolgafspraak|1.0
p:u volgende|bedanken|-0.89
p:u voor|bedanken|0.88
p:u vooral|gevoelsreflectie|0.84
p:u vooral|aanmoediging|-0.92
p:u vrijdag|ik-boodschap|-1.0
p:u vrijdag|samenvatting|-0.78
p:u vrijdag|open-vraag|-1.0
p:u vrijdag|geruststellen|-1.0
p:u vrijdag|ondervragen|-1.0
p:u vrijdag|afronding-aankondigen|-0.84
p:u vrijdag|vervolgafspraak|1.0
p:u vroeger|interpreteren|0.95
p:u was|ik-boodschap|-0.97
p:u was|jij-boodschap|-0.96
p:u was|parafrase|-0.96
p:u was|waarschuwen|-1.0
p:u was|adviseren|1.0
p:u was|bekritiseren|-1.0
p:u was|prijzen|0.85
p:u wat|afleiden|0.95
p:u weet|parafrase|-0.93
p:u weet|samenvatting|0.88
p:u weet|moraliseren|1.71
p:u weet|adviseren|-1.0
p:u weet|argumenteren|-1.5
p:u weet|bekritiseren|-0.94
p:u weet|prijzen|1.0
p:u wel|waarschuwen|0.98
p:u wel|bekritiseren|0.78
p:u wel|prijzen|-0.98
p:u wel|interpreteren|-0.9
p:u wel|afronding-aankondigen|0.15
p:u wel|bedanken|-0.85
p:u werkt|jij-boodschap|-0.99
p:u werkt|bekritiseren|-0.99
p:u willen|gevoelsreflectie|-1.0
p:u willen|adviseren|-1.0
p:u wilt|jij-boodschap|-1.82
p:u wilt|parafrase|-0.96
p:u wilt|samenvatting|2.08
p:u wilt|argumenteren|-0.97
p:u wilt|bekritiseren|-0.5
p:u wilt|interpreteren|0.92
p:u wilt|vervolgafspraak|0.95
p:u wist|parafrase|-0.82
p:u wist|samenvatting|0.97
p:u wist|argumenteren|-0.97
p:u zeggen|parafrase|0.93
p:u zegt|parafrase|1.97
p:u zegt|gevoelsreflectie|-0.93
p:u zegt|samenvatting|-1.63
p:u zegt|open-vraag|-0.93
p:u zegt|argumenteren|-0.91
p:u zegt|interpreteren|-0.12
p:u zelf|jij-boodschap|1.0
p:u zelf|samenvatting|-0.98
p:u zelf|bekritiseren|1.0
p:u zelf|ondervragen|-0.81
p:u zich|gevoelsreflectie|0.97
p:u zich|samenvatting|-1.91
p:u zich|geruststellen|0.74
p:u zich|afleiden|-1.0
p:u ziet|bekritiseren|-1.0
p:u zijn|jij-boodschap|-0.99
p:u zijn|parafrase|-1.0
p:u zijn|aanmoediging|1.0
p:u zijn|adviseren|1.0
p:u zijn|bekritiseren|-0.99
p:u zijn|geruststellen|-0.98
p:u zijn|ondervragen|0.99
p:u zijn|vervolgafspraak|0.78
p:u zitten|aanmoediging|-0.95
p:u zitten|waarschuwen|0.1
p:u zo|parafrase|-0.99
p:u zo|gevoelsreflectie|-0.77
p:u zo|bedanken|0.8
p:u zoekt|interpreteren|1.0
p:u zou|prijzen|-0.85
p:u zult|bedanken|-0.99
p:uit dan|afronding-aankondigen|-0.9
p:uit faalangst|interpreteren|0.99
p:uit faalangst|afleiden|-0.99
p:uit heb|bekritiseren|-0.93
p:uit jezelf|ik-boodschap|0.97
p:uit meekrijgen|moraliseren|0.8
p:uit onderzoek|argumenteren|1.81
p:uit onderzoek|interpreteren|-1.0
p:uitdaging geven|interpreteren|0.99
p:uitdaging geven|geruststellen|-0.99
p:uiterlijk maandag|bevelen|1.73
p:uitgelachen daar|ik-boodschap|0.94
p:uitgelachen daar|gevoelsreflectie|-0.94
p:uitlachen doe|moraliseren|0.94
p:uitleg heen|waarschuwen|-0.98
p:uitleg mist|vervolgafspraak|-0.96
p:uitleg niet|ik-boodschap|0.75
p:uitleg niet|moraliseren|-0.96
p:uitnodiging gekregen|ondervragen|-0.98
p:uitnodiging voor|gevoelsreflectie|-1.0
p:uitpraten laat|ik-boodschap|-0.96
p:uitschelden doe|jij-boodschap|-2.22
p:uitschelden doe|moraliseren|1.69
p:uitschelden doe|bekritiseren|-1.69
p:uitzondering kunnen|argumenteren|0.97
p:uren aan|open-vraag|-0.93
p:uren dan|samenvatting|0.57
p:uur 's|jij-boodschap|0.87
p:uur 's|parafrase|-0.99
p:uur ?|ik-boodschap|-0.89
p:uur afspreken|afronding-aankondigen|-0.99
p:uur afspreken|bedanken|-0.99
p:uur beneden|parafrase|0.98
p:uur dicht|adviseren|0.68
p:uur doorgeven|ik-boodschap|0.93
p:uur doorgeven|waarschuwen|-0.83
p:uur even|vervolgafspraak|0.98
p:uur innemen|jij-boodschap|-0.96
p:uur innemen|parafrase|-0.96
p:uur met|afronding-aankondigen|0.97
p:uur met|vervolgafspraak|0.97
p:uur nablijven|bevelen|-0.82
p:uur niet|ik-boodschap|0.99
p:uur zie|vervolgafspraak|0.86
p:uur zit|adviseren|-0.71
p:uw dochter|bekritiseren|-0.93
p:uw dochter|etiketteren|-1.0
p:uw eigen|bekritiseren|0.89
p:uw eigen|interpreteren|0.96
p:uw eigen|afleiden|-0.96
p:uw ervaring|prijzen|1.65
p:uw geweldige|bekritiseren|1.83
p:uw geweldige|bedanken|-0.93
p:uw kind|waarschuwen|-0.75
p:uw komst|samenvatting|0.57
p:uw komst|bedanken|0.88
p:uw mail|jij-boodschap|0.96
p:uw mail|gevoelsreflectie|-0.96
p:uw mail|bekritiseren|0.76
p:uw man|ik-boodschap|0.75
p:uw openheid|bedanken|1.92
p:uw plicht|moraliseren|0.93
p:uw plicht|bekritiseren|-0.93
p:uw stem|aanmoediging|-0.98
p:uw telefoon|afronding-aankondigen|-0.99
p:uw tijd|bekritiseren|-0.93
p:uw tijd|bedanken|0.96
p:uw verantwoordelijkheid|moraliseren|-0.77
p:uw verhaal|open-vraag|0.75
p:uw vraag|geruststellen|-0.85
p:uzelf blijkbaar|etiketteren|1.81
p:vaak alleen|ik-boodschap|-0.92
p:vaak als|adviseren|0.99
p:vaak te|ik-boodschap|-1.0
p:vader die|prijzen|1.0
p:vader en|parafrase|1.0
p:vader en|samenvatting|-0.87
p:vader het|adviseren|-0.91
p:vader komt|bevelen|-1.75
p:vader komt|geruststellen|-0.97
p:vader toch|moraliseren|0.99
p:vader u|parafrase|-0.98
p:vader u|bekritiseren|-1.0
p:vader vanavond|vervolgafspraak|0.93
p:vader vrijdag|bedanken|-0.96
p:vak heb|open-vraag|-1.71
p:vakantie ?|geruststellen|0.99
p:vakantie ?|afleiden|0.99
p:vakantie was|vervolgafspraak|-1.0
p:vakdocenten aan|samenvatting|0.78
p:vakdocenten aan|vervolgafspraak|0.99
p:vaker blijven|geruststellen|-0.94
p:vaker naar|ik-boodschap|-0.96
p:vaker naar|gevoelsreflectie|-0.98
p:vaker zelf|bevelen|-0.88
p:vaker zelf|geruststellen|-0.88
p:valt allemaal|bekritiseren|-0.99
p:valt echt|geruststellen|1.0
p:valt heus|afleiden|-0.99
p:valt me|ik-boodschap|-0.99
p:valt niet|argumenteren|0.94
p:valt niet|afleiden|-0.94
p:van 4|argumenteren|1.0
p:van ?|jij-boodschap|-0.88
p:van ?|parafrase|-0.88
p:van ?|bekritiseren|-0.88
p:van aan|etiketteren|-0.93
p:van aantrekt|samenvatting|-0.97
p:van aantrekt|bekritiseren|0.99
p:van als|open-vraag|-0.96
p:van bij|ik-boodschap|1.0
p:van bij|open-vraag|-1.0
p:van bram|ik-boodschap|-0.98
p:van dat|ik-boodschap|1.57
p:van dat|gevoelsreflectie|0.66
p:van de|ik-boodschap|-0.16
p:van de|jij-boodschap|0.14
p:van de|parafrase|-0.82
p:van de|gevoelsreflectie|0.84
p:van de|samenvatting|0.97
p:van de|bevelen|-0.98
p:van de|waarschuwen|0.19
p:van de|prijzen|0.99
p:van de|etiketteren|0.8
p:van de|afleiden|0.12
p:van de|bedanken|-0.96
p:van die|bekritiseren|-1.96
p:van die|etiketteren|1.0
p:van drie|jij-boodschap|-0.94
p:van een|moraliseren|0.9
p:van engels|vervolgafspraak|0.94
p:van gemengde|adviseren|-0.93
p:van geschrokken|bedanken|-0.99
p:van het|afleiden|0.94
p:van hierover|vervolgafspraak|-0.96
p:van huis|moraliseren|0.8
p:van in|etiketteren|-0.79
p:van je|ik-boodschap|-0.85
p:van je|open-vraag|1.86
p:van je|moraliseren|1.0
p:van je|argumenteren|-1.0
p:van jesse|bekritiseren|-0.93
p:van jou|bekritiseren|-0.43
p:van julia|prijzen|-1.0
p:van jullie|jij-boodschap|-0.99
p:van jullie|adviseren|-0.99
p:van kunnen|prijzen|0.96
p:van ligt|geruststellen|0.98
p:van maakt|gevoelsreflectie|-0.82
p:van maakt|prijzen|-0.94
p:van maakt|etiketteren|0.94
p:van mees|ik-boodschap|-0.67
p:van merkt|open-vraag|-0.82
p:van mij|jij-boodschap|0.91
p:van mij|bekritiseren|0.91
p:van mij|geruststellen|-0.96
p:van ons|aanmoediging|-0.95
p:van periode|argumenteren|-0.92
p:van school|samenvatting|-0.99
p:van school|moraliseren|-0.94
p:van school|bekritiseren|0.17
p:van school|interpreteren|-0.99
p:van school|geruststellen|-0.76
p:van school|ondervragen|-0.89
p:van school|vervolgafspraak|-0.99
p:van te|geruststellen|0.54
p:van tevoren|ik-boodschap|-0.75
p:van tevoren|parafrase|1.0
p:van tijd|geruststellen|0.96
p:van u|open-vraag|-1.0
p:van vakantie|vervolgafspraak|-1.81
p:van vorige|bekritiseren|0.97
p:van vorige|ondervragen|0.91
p:van wat|ik-boodschap|0.85
p:van wat|jij-boodschap|0.94
p:van wat|bekritiseren|0.94
p:van wat|vervolgafspraak|-0.85
p:van wordt|gevoelsreflectie|0.96
p:van wordt|bedanken|0.92
p:van zie|ik-boodschap|-0.56
p:van zijn|moraliseren|0.99
p:van zijn|etiketteren|-0.94
p:van zo'n|moraliseren|-1.0
p:van zo'n|argumenteren|-1.0
p:vanaf nu|bevelen|0.96
p:vanaf vrijdag|argumenteren|-0.97
p:vanavond even|vervolgafspraak|0.93
p:vanavond nog|vervolgafspraak|-0.98
p:vandaag bij|interpreteren|-1.0
p:vandaag bij|afronding-aankondigen|1.0
p:vandaag bij|bedanken|0.88
p:vandaag een|etiketteren|-0.86
p:vandaag he|argumenteren|-0.91
p:vandaag hè|afleiden|0.73
p:vandaag ik|bedanken|-0.91
p:vandaag mee|bekritiseren|-0.61
p:vandaag met|ik-boodschap|1.0
p:vandaag met|moraliseren|-1.0
p:vandaag met|adviseren|-1.0
p:vandaag met|prijzen|-1.0
p:vandaag met|bedanken|-1.0
p:vandaag niet|ik-boodschap|-0.97
p:vandaag nog|waarschuwen|-0.95
p:vandaag sanne|afronding-aankondigen|-0.95
p:vandaag stoppen|ik-boodschap|0.98
p:vandaag wat|ik-boodschap|-0.99
p:vandaag wil|samenvatting|-0.99
p:vandaag wil|afleiden|-0.99
p:vandaag wilden|bedanken|0.99
p:vanmiddag gewoon|bevelen|1.66
p:vanmiddag gewoon|etiketteren|-0.9
p:vanmiddag gewoon|geruststellen|-0.86
p:vanochtend pas|bevelen|-0.94
p:vanuit dat|afronding-aankondigen|-0.94
p:vanzelf over|interpreteren|0.92
p:vanzelf over|geruststellen|0.9
p:vanzelf wel|afleiden|-0.9
p:vast akkoord|gevoelsreflectie|-0.82
p:vast akkoord|prijzen|1.0
p:vast dat|argumenteren|-1.0
p:vast dat|prijzen|1.0
p:vast dat|etiketteren|-1.0
p:vast door|interpreteren|0.84
p:vast geen|prijzen|0.98
p:vast goed|waarschuwen|-0.95
p:vast goed|prijzen|-1.95
p:vast goed|interpreteren|-0.99
p:vast goed|geruststellen|0.66
p:vast graag|ondervragen|-0.99
p:vast meteen|prijzen|0.96
p:vast ook|jij-boodschap|-0.76
p:vast ook|bekritiseren|-1.0
p:vast ook|afleiden|-0.95
p:vast ook|vervolgafspraak|-0.95
p:vast wel|jij-boodschap|-0.92
p:vast wel|parafrase|-0.98
p:vast wel|adviseren|-1.0
p:vast wel|bekritiseren|-0.37
p:vast wel|prijzen|1.0
p:vast wel|geruststellen|-0.64
p:vaste huiswerktijd|ik-boodschap|0.93
p:vaste huiswerktijd|waarschuwen|-1.0
p:vaste huiswerktijd|adviseren|1.76
p:vaste huiswerktijd|bekritiseren|-1.0
p:vatten hij|interpreteren|-0.85
p:veel beschermt|bekritiseren|-0.79
p:veel brugklassers|geruststellen|0.57
p:veel en|open-vraag|0.83
p:veel huiswerk|jij-boodschap|-0.97
p:veel in|ik-boodschap|-0.99
p:veel inhalen|ik-boodschap|0.96
p:veel interesse|bekritiseren|-0.84
p:veel leerlingen|etiketteren|-0.79
p:veel lessen|samenvatting|0.99
p:veel lessen|open-vraag|-0.99
p:veel met|vervolgafspraak|-0.96
p:veel op|adviseren|-0.98
p:veel te|adviseren|-0.98
p:veel te|bekritiseren|0.98
p:veel verzuimen|argumenteren|1.0
p:veertien lesuren|argumenteren|1.0
p:veertien lesuren|interpreteren|-1.0
p:veertien lesuren|ondervragen|-1.0
p:veilig voelt|parafrase|0.81
p:ver onder|bekritiseren|0.91
p:vera de|open-vraag|-0.81
p:veranderde er|parafrase|1.0
p:veranderde er|samenvatting|-0.82
p:veranderde er|afronding-aankondigen|-1.0
p:verandert zie|parafrase|-1.0
p:verandert zie|waarschuwen|1.0
p:verantwoordelijkheid in|moraliseren|0.98
p:verantwoordelijkheid niet|moraliseren|-0.77
p:verantwoordelijkheid om|moraliseren|1.0
p:verantwoordelijkheid om|argumenteren|-1.0
p:verantwoordelijkheid te|bevelen|-0.96
p:verband om|ik-boodschap|1.0
p:verband om|moraliseren|-1.0
p:verband om|adviseren|-1.0
p:verband om|prijzen|-1.0
p:verband om|bedanken|-1.0
p:verbergen dat|ik-boodschap|-0.73
p:verbergen dat|interpreteren|0.96
p:verbouwing ?|afleiden|0.97
p:verder ?|open-vraag|-0.91
p:verder ?|aanmoediging|0.84
p:verder ik|afronding-aankondigen|0.93
p:verder praten|afronding-aankondigen|1.0
p:verdraait de|ik-boodschap|-0.99
p:verdriet dat|ik-boodschap|1.0
p:verdriet dat|open-vraag|-1.0
p:verdriet doet|gevoelsreflectie|0.77
p:verdriet doet|vervolgafspraak|-0.9
p:verdriet doet|bedanken|0.99
p:verdriet in|aanmoediging|-0.98
p:verdrietig bij|gevoelsreflectie|0.92
p:verdrietig dat|gevoelsreflectie|1.0
p:verdrietig over|ik-boodschap|-0.93
p:verdrietig van|ik-boodschap|0.59
p:verdrietig van|gevoelsreflectie|-0.88
p:verdrietig voor|parafrase|-1.0
p:verdrietig voor|gevoelsreflectie|0.98
p:verdrietig voor|aanmoediging|1.0
p:vergeet kan|ik-boodschap|0.92
p:vergeet kan|interpreteren|-1.0
p:vergeet soms|moraliseren|-0.96
p:vergeten hoe|parafrase|0.96
p:vergeten hoe|open-vraag|0.96
p:vergeten waardoor|gevoelsreflectie|-0.74
p:vergissing van|geruststellen|-0.96
p:vergist je|argumenteren|1.86
p:vergist zich|moraliseren|-0.99
p:vergist zich|argumenteren|0.9
p:verhaal afmaken|ik-boodschap|-0.96
p:verhaal dat|bevelen|-0.98
p:verhaal dat|argumenteren|-0.98
p:verhaal dat|afleiden|0.9
p:verhuizing ?|ondervragen|0.97
p:verhuizing dat|geruststellen|-0.77
p:verhuizing wat|parafrase|1.0
p:verhuizing wat|samenvatting|-0.82
p:verhuizing wat|afronding-aankondigen|-1.0
p:verkeerd doet|bekritiseren|-0.93
p:verkeerd doet|geruststellen|-0.92
p:verlopen ?|parafrase|-1.0
p:verlopen ?|open-vraag|1.0
p:vermoeidheid ?|etiketteren|-0.94
p:verpest de|jij-boodschap|1.85
p:verpest de|waarschuwen|1.0
p:verpest de|bekritiseren|1.7
p:verpest de|prijzen|-0.71
p:verpleegkundige ziet|prijzen|1.65
p:verschil denk|gevoelsreflectie|-0.98
p:verschil denk|samenvatting|0.98
p:verschil maakt|parafrase|-0.96
p:verschoven is|ik-boodschap|-1.0
p:verschoven is|jij-boodschap|-1.0
p:verschoven is|parafrase|-1.0
p:verschoven is|gevoelsreflectie|-1.0
p:verschoven is|samenvatting|-1.0
p:verschoven is|open-vraag|-1.0
p:verschoven is|aanmoediging|-1.0
p:verschoven is|bevelen|-1.0
p:verschoven is|waarschuwen|-1.0
p:verschoven is|moraliseren|-1.0
p:verschoven is|adviseren|-1.0
p:verschoven is|argumenteren|-1.0
p:verschoven is|bekritiseren|-1.0
p:verschoven is|prijzen|-1.0
p:verschoven is|etiketteren|-1.0
p:verschoven is|interpreteren|-1.0
p:verschoven is|geruststellen|-1.0
p:verschoven is|ondervragen|-1.0
p:verschoven is|afleiden|-1.0
p:verschoven is|afronding-aankondigen|-1.0
p:verschoven is|vervolgafspraak|-1.0
p:verschoven is|bedanken|-1.0
p:verslag binnengekregen|bekritiseren|-0.93
p:verslag twee|ik-boodschap|0.97
p:vertel eens|gevoelsreflectie|-0.99
p:verteld over|open-vraag|0.99
p:vertelde dat|moraliseren|-0.94
p:vertelde dat|geruststellen|-0.76
p:vertelde hij|waarschuwen|-0.98
p:vertellen hoe|parafrase|-1.0
p:vertellen hoe|open-vraag|1.0
p:vertelt dank|bedanken|0.92
p:vertelt ik|gevoelsreflectie|0.77
p:vertelt ik|vervolgafspraak|-0.9
p:vertelt ik|bedanken|0.99
p:vertelt u|gevoelsreflectie|-1.0
p:vertelt u|aanmoediging|1.0
p:vertelt wanneer|aanmoediging|-0.99
p:vertrouwenspersoon er|vervolgafspraak|0.95
p:verveelt zich|interpreteren|0.99
p:verveelt zich|geruststellen|-0.99
p:vervelend hoe|open-vraag|0.88
p:vervelend voor|open-vraag|-0.9
p:verwaarloost zijn|aanmoediging|-1.0
p:verwacht dat|gevoelsreflectie|0.17
p:verwacht dat|open-vraag|-0.94
p:verwacht dat|bevelen|0.96
p:verwacht dat|waarschuwen|-0.82
p:verwend kind|etiketteren|0.99
p:verzuim achterloopt|moraliseren|-0.9
p:verzuim de|ik-boodschap|-0.99
p:verzuim de|samenvatting|0.99
p:verzuim de|afronding-aankondigen|-0.89
p:verzuim en|jij-boodschap|-0.95
p:verzuim en|gevoelsreflectie|-0.99
p:verzuim en|samenvatting|0.99
p:verzuim en|moraliseren|-0.99
p:verzuim en|bekritiseren|-0.99
p:verzuim en|afronding-aankondigen|-0.84
p:verzuim in|samenvatting|0.83
p:verzuim in|vervolgafspraak|0.9
p:verzuim in|bedanken|0.9
p:verzuim je|bekritiseren|-0.83
p:verzuim zijn|argumenteren|-0.7
p:verzuim zit|open-vraag|-0.82
p:verzuimen lager|argumenteren|1.0
p:via dat|open-vraag|-0.98
p:via dat|afleiden|-0.98
p:via een|parafrase|0.96
p:via een|prijzen|-0.96
p:via magister|gevoelsreflectie|-1.0
p:vier dagen|vervolgafspraak|-1.0
p:vier keer|vervolgafspraak|-0.68
p:vier uur|afronding-aankondigen|-0.99
p:vier uur|bedanken|-0.99
p:vierde en|bekritiseren|-0.99
p:vierde klas|adviseren|-0.96
p:vierde mag|moraliseren|0.9
p:vijf minuten|vervolgafspraak|-0.91
p:vijf van|argumenteren|0.96
p:vind dat|ik-boodschap|0.7
p:vind dat|gevoelsreflectie|-0.83
p:vind dat|samenvatting|-0.7
p:vind dat|open-vraag|-0.94
p:vind dat|bevelen|-0.97
p:vind dat|bekritiseren|1.89
p:vind het|adviseren|-0.95
p:vind het|afronding-aankondigen|-1.0
p:vind het|vervolgafspraak|-0.68
p:vind ik|ik-boodschap|2.56
p:vind ik|gevoelsreflectie|-0.74
p:vind ik|open-vraag|0.86
p:vind ik|aanmoediging|-0.99
p:vind ik|moraliseren|1.78
p:vind ik|adviseren|0.76
p:vind ik|argumenteren|-0.9
p:vind ik|interpreteren|-0.95
p:vind ik|ondervragen|-0.97
p:vind is|open-vraag|-0.81
p:vind je|open-vraag|0.96
p:vind jij|jij-boodschap|-0.88
p:vind jij|bekritiseren|-0.88
p:vinden jullie|prijzen|0.98
p:vindt dat|gevoelsreflectie|-0.66
p:vindt dus|bekritiseren|-0.93
p:vindt het|jij-boodschap|1.82
p:vindt het|waarschuwen|-0.95
p:vindt het|adviseren|0.84
p:vindt het|argumenteren|0.93
p:vindt het|bekritiseren|1.93
p:vindt jezelf|etiketteren|0.17
p:vindt maar|parafrase|-0.99
p:vindt maar|gevoelsreflectie|0.99
p:vindt maar|adviseren|0.99
p:vindt u|parafrase|0.91
p:vindt u|open-vraag|0.94
p:vindt u|interpreteren|1.0
p:vindt uzelf|etiketteren|1.81
p:vlak voor|argumenteren|0.81
p:voel dat|ik-boodschap|-0.97
p:voel dat|bevelen|-0.99
p:voel ik|ik-boodschap|0.97
p:voel jij|afleiden|-0.88
p:voelen als|gevoelsreflectie|0.91
p:voelen zo|geruststellen|0.59
p:voelt door|samenvatting|-0.94
p:voelt je|gevoelsreflectie|0.72
p:voelt omdat|bekritiseren|-0.92
p:voelt zich|parafrase|-1.83
p:voelt zich|gevoelsreflectie|0.99
p:voelt zich|samenvatting|1.68
p:voelt zich|waarschuwen|-1.0
p:voetbal vertelde|waarschuwen|-0.98
p:voetbalwedstrijd zaterdag|open-vraag|-1.84
p:voetbalwedstrijd zaterdag|afleiden|0.88
p:vol ?|gevoelsreflectie|0.98
p:voldoende maar|argumenteren|-0.7
p:voldoende zo|geruststellen|-1.0
p:voldoendes zo|argumenteren|0.96
p:volg wilt|parafrase|0.99
p:volgend jaar|jij-boodschap|-0.95
p:volgend jaar|waarschuwen|0.97
p:volgend jaar|afronding-aankondigen|-0.95
p:volgende dag|argumenteren|0.81
p:volgende gesprek|vervolgafspraak|-0.91
p:volgende incident|waarschuwen|0.99
p:volgende incident|geruststellen|-0.99
p:volgende incident|afleiden|-0.99
p:volgende keer|ik-boodschap|-0.97
p:volgende keer|argumenteren|-0.97
p:volgende keer|afronding-aankondigen|-0.9
p:volgende keer|vervolgafspraak|1.8
p:volgende maand|afleiden|0.82
p:volgende ouders|afronding-aankondigen|0.98
p:volgende ouders|vervolgafspraak|-0.97
p:volgende punt|afleiden|0.98
p:volgende week|ik-boodschap|-0.92
p:volgende week|adviseren|-0.76
p:volgende week|bekritiseren|-0.95
p:volgende week|afleiden|-0.93
p:volgende week|vervolgafspraak|2.05
p:volgende week|bedanken|-0.91
p:volgens jou|parafrase|-0.99
p:volgens mij|bevelen|-0.97
p:volgens mij|prijzen|-0.98
p:volgens mij|interpreteren|1.88
p:volgens u|parafrase|0.96
p:volgens u|gevoelsreflectie|-1.9
p:volgens u|samenvatting|-0.13
p:volgens u|open-vraag|0.96
p:volgens u|interpreteren|-0.99
p:volgens u|vervolgafspraak|-0.99
p:volgt een|bevelen|-0.82
p:volgt een|waarschuwen|0.99
p:volgt een|argumenteren|-0.97
p:volgt een|geruststellen|-0.99
p:volgt een|afleiden|-0.99
p:volgt er|moraliseren|0.94
p:volgt nablijven|bevelen|0.88
p:volgt nablijven|adviseren|-0.78
p:volgt nablijven|argumenteren|0.98
p:vond dat|moraliseren|-0.94
p:vond dat|bekritiseren|0.88
p:vond dat|geruststellen|-0.76
p:vond het|ik-boodschap|1.89
p:vond hij|afleiden|0.94
p:vond ik|vervolgafspraak|-1.0
p:voor aardrijkskunde|ik-boodschap|0.98
p:voor aardrijkskunde|jij-boodschap|-0.98
p:voor aardrijkskunde|bevelen|-0.95
p:voor aardrijkskunde|bekritiseren|-0.98
p:voor biologie|argumenteren|-0.86
p:voor biologie|bekritiseren|-0.93
p:voor dat|argumenteren|0.93
p:voor de|ik-boodschap|-0.62
p:voor de|jij-boodschap|0.71
p:voor de|parafrase|0.93
p:voor de|samenvatting|-0.95
p:voor de|open-vraag|0.94
p:voor de|moraliseren|-0.12
p:voor de|bekritiseren|0.93
p:voor de|afleiden|-0.95
p:voor de|vervolgafspraak|-0.96
p:voor denk|ik-boodschap|-1.0
p:voor denk|gevoelsreflectie|1.0
p:voor dit|gevoelsreflectie|-1.0
p:voor dit|prijzen|-0.98
p:voor elkaar|moraliseren|0.98
p:voor engels|samenvatting|0.98
p:voor engels|open-vraag|0.98
p:voor engels|argumenteren|-0.92
p:voor fleur|parafrase|-0.82
p:voor fleur|samenvatting|0.97
p:voor fleur|argumenteren|-0.97
p:voor geschiedenis|geruststellen|-1.0
p:voor haar|gevoelsreflectie|-0.99
p:voor haar|open-vraag|-0.9
p:voor half|samenvatting|0.83
p:voor half|vervolgafspraak|0.9
p:voor half|bedanken|0.9
p:voor hem|ik-boodschap|0.96
p:voor hem|parafrase|1.0
p:voor hem|samenvatting|-0.82
p:voor hem|waarschuwen|0.94
p:voor hem|afronding-aankondigen|-1.0
p:voor het|samenvatting|-0.78
p:voor het|open-vraag|-0.9
p:voor het|argumenteren|0.81
p:voor het|afronding-aankondigen|-1.72
p:voor het|bedanken|0.99
p:voor iedereen|argumenteren|0.97
p:voor ingezet|waarschuwen|-0.99
p:voor je|ik-boodschap|0.97
p:voor je|gevoelsreflectie|-0.74
p:voor je|bekritiseren|1.64
p:voor je|ondervragen|-0.97
p:voor je|vervolgafspraak|-0.99
p:voor je|bedanken|-1.81
p:voor jou|ik-boodschap|0.7
p:voor jou|gevoelsreflectie|0.15
p:voor jou|samenvatting|-0.7
p:voor jou|open-vraag|-0.94
p:voor jou|aanmoediging|-0.97
p:voor jullie|gevoelsreflectie|0.98
p:voor kiezen|interpreteren|-0.99
p:voor natuurkunde|jij-boodschap|-0.88
p:voor natuurkunde|argumenteren|0.88
p:voor natuurkunde|bekritiseren|-0.95
p:voor nederlands|argumenteren|-0.92
p:voor nederlands|bekritiseren|-0.83
p:voor nu|samenvatting|-0.96
p:voor nu|waarschuwen|-0.96
p:voor nu|afronding-aankondigen|0.96
p:voor nu|vervolgafspraak|0.96
p:voor te|adviseren|-0.97
p:voor telefoons|etiketteren|-0.94
p:voor twee|ik-boodschap|-0.95
p:voor u|parafrase|-1.0
p:voor u|gevoelsreflectie|0.76
p:voor u|samenvatting|-0.98
p:voor u|open-vraag|0.94
p:voor u|bedanken|-0.99
p:voor uw|samenvatting|0.57
p:voor uw|bekritiseren|0.89
p:voor uw|bedanken|2.82
p:voor vandaag|ik-boodschap|0.98
p:voor vandaag|interpreteren|-1.0
p:voor vandaag|afronding-aankondigen|1.94
p:voor volgend|jij-boodschap|-0.95
p:voor volgend|afronding-aankondigen|-0.95
p:voor volgende|samenvatting|-0.86
p:voor volgende|afleiden|-0.93
p:voor volgende|vervolgafspraak|0.95
p:voor wat|parafrase|0.93
p:voor wiskunde|jij-boodschap|-0.88
p:voor wiskunde|argumenteren|0.21
p:voor wiskunde|bekritiseren|-0.95
p:voor woorden|argumenteren|-0.74
p:voor zijn|interpreteren|1.0
p:vooral boos|gevoelsreflectie|0.84
p:vooral de|afleiden|-0.94
p:vooral om|parafrase|1.0
p:vooral online|parafrase|-0.9
p:vooral online|samenvatting|0.9
p:vooral teleurgesteld|aanmoediging|-0.92
p:voorbeeld geven|moraliseren|-1.0
p:voorbeeld geven|argumenteren|-1.0
p:voorbeeld moeten|adviseren|-0.91
p:voorbeeld te|moraliseren|1.0
p:voorbeeld te|adviseren|-1.0
p:voorstellen dat|ik-boodschap|-0.62
p:voorstellen dat|adviseren|-0.88
p:voort uit|interpreteren|0.99
p:voort uit|afleiden|-0.99
p:voortaan elke|adviseren|0.97
p:voortaan elke|bekritiseren|0.97
p:vorige keer|bekritiseren|0.97
p:vorige mentor|moraliseren|-0.94
p:vorige mentor|geruststellen|-0.76
p:vorige week|ik-boodschap|0.92
p:vorige week|jij-boodschap|0.98
p:vorige week|samenvatting|-0.65
p:vorige week|waarschuwen|-0.97
p:vorige week|bekritiseren|0.98
p:vorige week|ondervragen|0.91
p:vorige week|vervolgafspraak|-1.0
p:vraag de|ik-boodschap|-0.97
p:vraag en|samenvatting|-0.94
p:vraag ga|bevelen|0.98
p:vraag je|afleiden|-0.91
p:vraag krijg|argumenteren|-0.97
p:vraag maar|geruststellen|-0.85
p:vraag niet|ik-boodschap|0.95
p:vreselijk aan|bekritiseren|1.87
p:vrienden van|ik-boodschap|-0.85
p:vrienden van|open-vraag|0.91
p:vriendengroep en|open-vraag|0.94
p:vriendinnen en|open-vraag|-0.91
p:vriendinnen staat|ik-boodschap|-0.93
p:vrijdag even|vervolgafspraak|0.9
p:vrijdag even|bedanken|-0.96
p:vrijdag in|argumenteren|-0.97
p:vrijdag kijken|ik-boodschap|-0.92
p:vrijdag kijken|samenvatting|0.92
p:vrijdag mail|samenvatting|0.78
p:vrijdag mail|vervolgafspraak|0.99
p:vrijdag nablijven|waarschuwen|0.82
p:vrijdag om|ik-boodschap|-1.0
p:vrijdag om|samenvatting|-0.78
p:vrijdag om|open-vraag|-1.0
p:vrijdag om|geruststellen|-1.0
p:vrijdag om|ondervragen|-1.0
p:vrijdag om|afronding-aankondigen|-0.84
p:vrijdag om|vervolgafspraak|1.0
p:vrijdag weer|afronding-aankondigen|-0.99
p:vrijdag weer|vervolgafspraak|0.99
p:vrijdagmiddag nablijven|waarschuwen|0.99
p:vrijheid geven|moraliseren|-1.0
p:vrijheid geven|adviseren|1.0
p:vrijheid geven|prijzen|-0.85
p:vrijheid geven|interpreteren|-0.91
p:vrijheid geven|vervolgafspraak|-1.0
p:vroeger zelf|interpreteren|0.95
p:vrolijke jongen|etiketteren|-0.87
p:vrouw als|prijzen|0.85
p:vrouw u|prijzen|0.96
p:vrouw u|geruststellen|-0.64
p:waar de|ik-boodschap|0.99
p:waar denkt|samenvatting|-0.98
p:waar hij|ik-boodschap|0.93
p:waar hij|waarschuwen|-0.93
p:waar hij|interpreteren|-1.0
p:waar hij|vervolgafspraak|-0.93
p:waar maakt|gevoelsreflectie|-0.99
p:waar was|ik-boodschap|-0.89
p:waardeer het|bedanken|0.96
p:waardoor het|ik-boodschap|-0.67
p:waardoor hij|ik-boodschap|0.93
p:waardoor hij|open-vraag|0.96
p:waardoor ik|ik-boodschap|0.96
p:waardoor ik|bekritiseren|-0.93
p:waardoor je|gevoelsreflectie|-0.74
p:waardoor je|vervolgafspraak|-0.96
p:waardoor ze|ik-boodschap|0.99
p:waarom belt|jij-boodschap|0.99
p:waarom belt|ondervragen|-0.99
p:waarom ben|ik-boodschap|-0.89
p:waarom bent|jij-boodschap|-1.89
p:waarom bent|bekritiseren|-0.61
p:waarom bent|geruststellen|-1.0
p:waarom bent|ondervragen|0.89
p:waarom denkt|ondervragen|-0.99
p:waarom heeft|gevoelsreflectie|0.98
p:waarom heeft|waarschuwen|-1.0
p:waarom heeft|adviseren|-0.84
p:waarom heeft|ondervragen|3.94
p:waarom heeft|vervolgafspraak|-1.0
p:waarom komt|ondervragen|0.94
p:waarom laat|samenvatting|-1.0
p:waarom laat|bevelen|-1.0
p:waarom laat|adviseren|0.81
p:waarom laat|prijzen|-1.0
p:waarom laat|ondervragen|-0.94
p:waarom niet|aanmoediging|-0.93
p:waarom niet|bekritiseren|0.99
p:waarom niet|ondervragen|0.99
p:waarom probeert|ondervragen|-0.98
p:waarom vraag|afleiden|-0.91
p:waarom was|ondervragen|0.99
p:wacht ik|bevelen|0.9
p:wacht wel|bevelen|-0.91
p:wakker van|geruststellen|1.52
p:wanneer ?|open-vraag|-0.98
p:wanneer ?|afleiden|-0.98
p:wanneer het|waarschuwen|0.99
p:wanneer ik|argumenteren|-0.97
p:wanneer iris|moraliseren|-0.96
p:wanneer je|ik-boodschap|0.99
p:wanneer je|interpreteren|-1.0
p:wanneer jullie|ik-boodschap|0.93
p:wanneer jullie|waarschuwen|-0.83
p:wanneer kan|open-vraag|0.98
p:wanneer mo|open-vraag|0.93
p:wanneer yusuf|waarschuwen|-0.98
p:wanneer ze|aanmoediging|-0.99
p:want als|ik-boodschap|0.97
p:want als|jij-boodschap|-1.0
p:want als|waarschuwen|-1.0
p:want als|etiketteren|-1.0
p:want dan|ik-boodschap|0.62
p:want dan|open-vraag|-0.96
p:want dan|afronding-aankondigen|-1.0
p:want de|argumenteren|1.0
p:want lisa|open-vraag|-0.99
p:want lisa|bevelen|-0.99
p:want ze|open-vraag|0.97
p:want zo|ik-boodschap|1.87
p:war geschopt|bekritiseren|0.98
p:waren dank|jij-boodschap|-0.97
p:waren dank|bekritiseren|-0.97
p:was ?|gevoelsreflectie|-0.66
p:was ?|vervolgafspraak|-1.0
p:was aangekondigd|parafrase|1.0
p:was bedankt|bekritiseren|-0.72
p:was daarna|parafrase|-1.0
p:was dat|aanmoediging|-0.99
p:was de|ik-boodschap|-0.97
p:was de|samenvatting|-0.97
p:was dit|bekritiseren|-0.89
p:was dit|etiketteren|-0.93
p:was drie|bevelen|-1.0
p:was echt|jij-boodschap|-0.99
p:was echt|adviseren|-0.99
p:was echt|bekritiseren|0.92
p:was echt|geruststellen|-0.82
p:was er|ik-boodschap|-0.89
p:was er|open-vraag|0.96
p:was gevallen|ik-boodschap|0.92
p:was het|open-vraag|-0.27
p:was het|ondervragen|-0.97
p:was in|bekritiseren|-0.94
p:was je|ik-boodschap|-0.89
p:was je|open-vraag|-1.84
p:was je|ondervragen|0.99
p:was je|afleiden|0.88
p:was maar|argumenteren|0.97
p:was pas|argumenteren|1.0
p:was ronduit|jij-boodschap|-0.94
p:was te|gevoelsreflectie|0.82
p:was te|vervolgafspraak|0.95
p:was trouwens|geruststellen|0.99
p:was trouwens|afleiden|0.99
p:was u|ondervragen|0.98
p:was voor|open-vraag|0.94
p:was ze|ondervragen|0.98
p:was zou|ik-boodschap|-0.97
p:was zou|parafrase|-0.96
p:was zou|waarschuwen|-1.0
p:was zou|adviseren|1.99
p:was zou|prijzen|0.85
p:wat als|ik-boodschap|1.0
p:wat als|bevelen|-0.94
p:wat als|adviseren|0.68
p:wat bedoelt|parafrase|-1.0
p:wat bedoelt|bekritiseren|-1.0
p:wat bedoelt|ondervragen|-1.0
p:wat ben|bekritiseren|-0.56
p:wat bent|jij-boodschap|1.74
p:wat bent|etiketteren|0.91
p:wat bent|vervolgafspraak|-0.95
p:wat beter|bevelen|0.94
p:wat beter|geruststellen|0.94
p:wat de|open-vraag|-1.0
p:wat de|geruststellen|-1.0
p:wat de|vervolgafspraak|0.88
p:wat denk|parafrase|-0.98
p:wat denkt|parafrase|-0.96
p:wat doet|parafrase|0.99
p:wat een|jij-boodschap|-1.0
p:wat een|gevoelsreflectie|0.76
p:wat een|samenvatting|-0.98
p:wat een|open-vraag|-1.0
p:wat een|bevelen|-1.0
p:wat een|waarschuwen|-0.88
p:wat een|argumenteren|-1.0
p:wat een|bekritiseren|3.29
p:wat een|afleiden|-0.95
p:wat een|afronding-aankondigen|-1.0
p:wat er|ik-boodschap|0.85
p:wat er|parafrase|0.93
p:wat er|gevoelsreflectie|-0.77
p:wat er|waarschuwen|0.92
p:wat er|moraliseren|-0.98
p:wat eruit|samenvatting|0.94
p:wat eruit|vervolgafspraak|0.94
p:wat extra|interpreteren|0.99
p:wat extra|geruststellen|-0.99
p:wat ga|open-vraag|-0.91
p:wat ga|afleiden|0.91
p:wat gaat|gevoelsreflectie|0.92
p:wat gebeurde|parafrase|-0.99
p:wat gebeurde|gevoelsreflectie|-0.99
p:wat gebeurde|afleiden|-0.99
p:wat heb|samenvatting|-0.99
p:wat heb|open-vraag|0.99
p:wat heeft|open-vraag|0.99
p:wat heeft|aanmoediging|-0.95
p:wat het|adviseren|-1.0
p:wat het|prijzen|1.0
p:wat hij|ik-boodschap|0.89
p:wat hun|interpreteren|-0.96
p:wat ik|parafrase|1.0
p:wat ik|gevoelsreflectie|-1.0
p:wat ik|open-vraag|-2.79
p:wat ik|bevelen|0.98
p:wat is|open-vraag|2.0
p:wat is|argumenteren|-0.91
p:wat is|geruststellen|1.0
p:wat je|open-vraag|-0.97
p:wat je|interpreteren|-1.0
p:wat knap|adviseren|-0.83
p:wat knap|afleiden|-0.95
p:wat laten|afleiden|0.95
p:wat maakt|samenvatting|0.98
p:wat maakte|open-vraag|0.94
p:wat meer|moraliseren|-1.0
p:wat meer|adviseren|1.87
p:wat meer|interpreteren|-0.91
p:wat meer|geruststellen|1.0
p:wat meer|vervolgafspraak|-1.0
p:wat merkt|parafrase|-0.88
p:wat merkt|etiketteren|-0.94
p:wat merkt|geruststellen|-0.98
p:wat rustiger|vervolgafspraak|0.84
p:wat stiller|ik-boodschap|-0.99
p:wat u|parafrase|1.88
p:wat u|samenvatting|-1.63
p:wat u|open-vraag|-0.82
p:wat uw|waarschuwen|-0.75
p:wat vaker|bevelen|-0.88
p:wat vaker|geruststellen|-0.88
p:wat veranderde|parafrase|1.0
p:wat veranderde|samenvatting|-0.82
p:wat veranderde|afronding-aankondigen|-1.0
p:wat verdrietig|gevoelsreflectie|0.98
p:wat vind|jij-boodschap|-0.88
p:wat vind|open-vraag|0.96
p:wat vind|bekritiseren|-0.88
p:wat vond|afleiden|0.94
p:wat was|open-vraag|0.96
p:wat we|jij-boodschap|0.94
p:wat we|samenvatting|0.78
p:wat we|moraliseren|0.98
p:wat we|bekritiseren|0.94
p:wat we|vervolgafspraak|0.14
p:wat weegt|open-vraag|0.94
p:wat weet|ik-boodschap|0.91
p:wat weet|open-vraag|0.91
p:wat wel|afleiden|0.99
p:wat wil|ik-boodschap|-0.85
p:wat wil|open-vraag|0.91
p:wat wilt|parafrase|-0.93
p:wat wilt|samenvatting|1.86
p:wat wilt|open-vraag|0.98
p:wat zou|gevoelsreflectie|-1.74
p:wat zou|adviseren|-1.0
p:wc aangetroffen|waarschuwen|-0.97
p:wc gaat|ik-boodschap|-0.96
p:wc gaat|gevoelsreflectie|-0.98
p:we af|samenvatting|-0.94
p:we afronden|samenvatting|-0.99
p:we afronden|afleiden|-0.99
p:we afronden|bedanken|-0.9
p:we afspreken|jij-boodschap|0.94
p:we afspreken|samenvatting|0.78
p:we afspreken|bekritiseren|0.94
p:we afspreken|vervolgafspraak|0.14
p:we allebei|ik-boodschap|-1.0
p:we allebei|samenvatting|1.0
p:we allebei|bevelen|-1.0
p:we allebei|vervolgafspraak|0.84
p:we allebei|bedanken|-1.0
p:we bellen|bekritiseren|0.32
p:we bij|geruststellen|0.57
p:we dat|afronding-aankondigen|-1.0
p:we de|aanmoediging|-0.9
p:we de|etiketteren|0.9
p:we de|afronding-aankondigen|-0.97
p:we dit|parafrase|-0.98
p:we dit|argumenteren|0.93
p:we donderdag|afronding-aankondigen|-0.9
p:we draaien|afronding-aankondigen|0.99
p:we een|jij-boodschap|-1.89
p:we een|bekritiseren|-0.61
p:we een|geruststellen|-1.0
p:we een|ondervragen|0.89
p:we een|bedanken|0.88
p:we eerst|afleiden|0.98
p:we elkaar|samenvatting|-0.85
p:we elkaar|bedanken|-0.88
p:we er|afronding-aankondigen|-0.94
p:we even|bevelen|-0.98
p:we even|argumenteren|-0.98
p:we even|afleiden|0.9
p:we hebben|ik-boodschap|-0.99
p:we hebben|gevoelsreflectie|-0.99
p:we hebben|samenvatting|1.35
p:we hebben|open-vraag|-0.82
p:we hebben|moraliseren|-0.99
p:we hebben|bekritiseren|-0.84
p:we hebben|etiketteren|-0.86
p:we hebben|afleiden|-0.95
p:we hebben|afronding-aankondigen|-0.84
p:we hebben|vervolgafspraak|-0.9
p:we hem|waarschuwen|-0.95
p:we het|jij-boodschap|-0.94
p:we het|samenvatting|-0.4
p:we het|bekritiseren|0.6
p:we het|interpreteren|-1.0
p:we het|geruststellen|-1.0
p:we het|afleiden|2.96
p:we het|afronding-aankondigen|2.0
p:we het|vervolgafspraak|-0.96
p:we hier|prijzen|0.96
p:we hier|afronding-aankondigen|0.91
p:we hier|bedanken|-0.91
p:we hoe|parafrase|-0.96
p:we hoe|samenvatting|-0.14
p:we hoe|vervolgafspraak|0.96
p:we houden|samenvatting|0.83
p:we houden|aanmoediging|-0.99
p:we houden|bedanken|0.9
p:we maar|afleiden|-0.95
p:we moeten|afronding-aankondigen|0.98
p:we moeten|vervolgafspraak|-1.95
p:we mogen|moraliseren|0.98
p:we na|afleiden|-0.97
p:we niet|argumenteren|0.97
p:we niet|afronding-aankondigen|1.93
p:we niet|bedanken|-0.88
p:we niets|ik-boodschap|0.78
p:we nu|afronding-aankondigen|1.0
p:we ons|afronding-aankondigen|-0.98
p:we over|afronding-aankondigen|-0.97
p:we over|vervolgafspraak|0.97
p:we plannen|afronding-aankondigen|1.74
p:we ronden|samenvatting|-0.78
p:we ronden|bekritiseren|-0.95
p:we ronden|afronding-aankondigen|0.75
p:we ronden|vervolgafspraak|-0.99
p:we samen|ik-boodschap|-0.92
p:we samen|samenvatting|1.86
p:we samen|vervolgafspraak|1.73
p:we sluiten|vervolgafspraak|-0.9
p:we spreken|ik-boodschap|-0.92
p:we spreken|samenvatting|0.92
p:we spreken|afronding-aankondigen|-0.99
p:we spreken|vervolgafspraak|1.78
p:we steeds|ik-boodschap|0.98
p:we stoppen|samenvatting|-0.96
p:we stoppen|waarschuwen|-0.96
p:we stoppen|afronding-aankondigen|0.96
p:we stoppen|vervolgafspraak|0.96
p:we stoppen|bedanken|0.96
p:we volgende|afronding-aankondigen|-0.99
p:we volgende|vervolgafspraak|0.96
p:we volgende|bedanken|-0.99
p:we voor|ik-boodschap|0.98
p:we vrijdag|vervolgafspraak|0.9
p:we weer|samenvatting|0.83
p:we weer|vervolgafspraak|0.9
p:we wel|afleiden|-0.95
p:we willen|parafrase|-0.97
p:we willen|samenvatting|0.97
p:we willen|open-vraag|-0.97
p:we zijn|vervolgafspraak|0.15
p:we zijn|bedanken|0.99
p:we zitten|bedanken|-0.98
p:website daar|argumenteren|-0.99
p:weegt voor|open-vraag|0.94
p:week bel|bedanken|0.96
p:week dinsdag|afronding-aankondigen|0.68
p:week dinsdag|bedanken|-0.99
p:week donderdag|ik-boodschap|1.0
p:week donderdag|adviseren|-0.76
p:week door|etiketteren|-0.84
p:week doorneemt|adviseren|0.99
p:week drie|ik-boodschap|0.84
p:week drie|argumenteren|-0.84
p:week drie|bekritiseren|-0.93
p:week een|ik-boodschap|-1.0
p:week een|afronding-aankondigen|-0.75
p:week een|vervolgafspraak|1.0
p:week gelezen|ondervragen|0.91
p:week ging|samenvatting|0.78
p:week ging|vervolgafspraak|0.99
p:week heb|waarschuwen|-0.97
p:week hebben|afleiden|-0.93
p:week in|samenvatting|-0.97
p:week maandag|gevoelsreflectie|0.82
p:week maandag|vervolgafspraak|0.95
p:week mee|ik-boodschap|-0.98
p:week niet|vervolgafspraak|-1.0
p:week samen|jij-boodschap|0.98
p:week samen|samenvatting|-0.65
p:week samen|bekritiseren|0.98
p:week samen|vervolgafspraak|0.96
p:week terug|vervolgafspraak|-1.81
p:week twee|gevoelsreflectie|-0.74
p:week twee|open-vraag|0.83
p:week vier|vervolgafspraak|-1.0
p:week voor|bedanken|-0.99
p:week vrijdag|ik-boodschap|-0.92
p:week vrijdag|samenvatting|0.92
p:week weer|waarschuwen|0.99
p:week woensdag|bedanken|-0.89
p:week zijn|ik-boodschap|0.92
p:week zit|vervolgafspraak|0.95
p:weekend ?|jij-boodschap|-0.99
p:weekend ?|bekritiseren|-0.99
p:weekend ?|geruststellen|-0.98
p:weekend niet|ik-boodschap|0.93
p:weekend niet|waarschuwen|-0.93
p:weekend niet|vervolgafspraak|-0.93
p:weekplanner gebruiken|geruststellen|0.97
p:weekplanning te|ik-boodschap|-0.83
p:weekplanning te|adviseren|1.0
p:weer beter|etiketteren|0.9
p:weer dan|samenvatting|-0.85
p:weer dan|afronding-aankondigen|-0.97
p:weer dank|samenvatting|-0.96
p:weer dank|waarschuwen|-0.96
p:weer dank|bekritiseren|1.73
p:weer dank|afronding-aankondigen|0.96
p:weer dank|bedanken|-0.8
p:weer een|gevoelsreflectie|-1.0
p:weer een|adviseren|-1.0
p:weer elke|ik-boodschap|0.95
p:weer gesproken|etiketteren|-1.0
p:weer helemaal|bekritiseren|-0.81
p:weer helemaal|geruststellen|-0.94
p:weer in|waarschuwen|0.97
p:weer in|argumenteren|-0.97
p:weer is|afleiden|0.73
p:weer met|parafrase|-0.97
p:weer mooi|argumenteren|-0.91
p:weer om|samenvatting|0.83
p:weer om|vervolgafspraak|0.9
p:weer ontbreekt|waarschuwen|0.99
p:weer pesten|aanmoediging|-0.99
p:weer plezier|ik-boodschap|-1.0
p:weer plezier|samenvatting|1.0
p:weer plezier|bevelen|-1.0
p:weer plezier|bedanken|-1.0
p:weer spijbelt|moraliseren|-0.98
p:weer spijbelt|bekritiseren|-0.94
p:weer te|waarschuwen|0.92
p:weer zin|bekritiseren|-0.75
p:wees gerust|geruststellen|0.97
p:wees gewaarschuwd|waarschuwen|0.99
p:wees gewaarschuwd|geruststellen|-0.99
p:wees gewaarschuwd|afleiden|-0.99
p:weet ?|jij-boodschap|0.99
p:weet ?|afleiden|-0.99
p:weet het|etiketteren|0.9
p:weet ik|samenvatting|-0.91
p:weet je|ik-boodschap|1.0
p:weet je|moraliseren|0.94
p:weet niet|parafrase|-0.93
p:weet niet|gevoelsreflectie|-0.94
p:weet niet|samenvatting|1.82
p:weet toch|waarschuwen|-0.9
p:weet toch|moraliseren|1.71
p:weet toch|argumenteren|-1.5
p:weet u|ik-boodschap|0.91
p:weet u|open-vraag|0.91
p:weet u|argumenteren|0.81
p:weet u|bekritiseren|0.94
p:weet vast|adviseren|-1.0
p:weet vast|prijzen|1.0
p:weet wat|waarschuwen|0.92
p:weet wat|moraliseren|-0.98
p:weet wat|bekritiseren|-0.94
p:weet zeker|prijzen|0.99
p:weet zeker|geruststellen|0.96
p:weg als|bevelen|0.9
p:weg bram|etiketteren|-0.93
p:weg in|bevelen|-0.79
p:weg meneer|bevelen|1.0
p:weg meneer|prijzen|-1.0
p:weg meneer|bedanken|-1.0
p:wegbleef zonder|vervolgafspraak|-1.0
p:wegblijft ?|jij-boodschap|0.95
p:weggelopen uit|open-vraag|-0.81
p:wegliep wat|open-vraag|0.96
p:wegstopt pak|ik-boodschap|-0.98
p:wegstopt pak|waarschuwen|0.98
p:wegzakt misschien|ik-boodschap|0.96
p:weinig contact|parafrase|0.91
p:weinig en|interpreteren|-0.85
p:weinig oplevert|open-vraag|-1.0
p:weinig slaapt|ik-boodschap|0.96
p:weinig vrienden|samenvatting|0.69
p:weken echt|geruststellen|0.96
p:weken geen|ik-boodschap|0.98
p:weken geen|jij-boodschap|-0.98
p:weken geen|bekritiseren|-0.98
p:weken in|argumenteren|2.68
p:weken in|bekritiseren|0.97
p:weken niet|adviseren|-0.73
p:weken om|ik-boodschap|0.93
p:weken om|adviseren|0.76
p:weken op|parafrase|-0.96
p:weken op|samenvatting|0.71
p:weken op|vervolgafspraak|0.96
p:weken vaak|ik-boodschap|-1.0
p:weken van|ik-boodschap|-0.75
p:weken weer|ik-boodschap|0.95
p:weken weer|afronding-aankondigen|-0.97
p:weken zien|samenvatting|-0.85
p:weken zijn|adviseren|0.76
p:weken zijn|vervolgafspraak|0.96
p:weken zitten|samenvatting|0.83
p:weken zitten|vervolgafspraak|0.9
p:wekker dan|geruststellen|-0.95
p:wel accepteren|bedanken|-0.99
p:wel alleen|geruststellen|-0.64
p:wel bram|open-vraag|-0.91
p:wel bram|afleiden|0.91
p:wel dan|afronding-aankondigen|0.91
p:wel dat|parafrase|-0.98
p:wel dat|moraliseren|-0.69
p:wel dat|interpreteren|-0.9
p:wel doorheen|geruststellen|1.38
p:wel echt|geruststellen|0.81
p:wel eens|etiketteren|-0.96
p:wel eens|geruststellen|-1.22
p:wel eens|afleiden|1.88
p:wel even|jij-boodschap|-0.92
p:wel even|moraliseren|-0.96
p:wel even|bekritiseren|-0.37
p:wel gewoon|parafrase|1.0
p:wel gewoon|gevoelsreflectie|-1.0
p:wel goed|open-vraag|-1.0
p:wel goed|geruststellen|1.15
p:wel goed|afleiden|1.0
p:wel had|ik-boodschap|-0.97
p:wel had|parafrase|0.96
p:wel had|open-vraag|0.96
p:wel had|geruststellen|-0.97
p:wel hoe|open-vraag|0.97
p:wel hoe|bekritiseren|0.94
p:wel hoe|afleiden|-0.94
p:wel in|bekritiseren|-1.0
p:wel in|geruststellen|0.96
p:wel je|gevoelsreflectie|-0.94
p:wel je|samenvatting|0.94
p:wel leert|ik-boodschap|0.99
p:wel mee|jij-boodschap|-0.71
p:wel mee|geruststellen|1.0
p:wel mee|afleiden|-0.99
p:wel oefent|parafrase|0.9
p:wel over|afleiden|-0.9
p:wel prima|parafrase|-0.96
p:wel uren|open-vraag|-0.93
p:wel vertellen|waarschuwen|0.98
p:wel voor|samenvatting|-0.78
p:wel voor|prijzen|-0.98
p:wel voor|afronding-aankondigen|-0.76
p:wel wat|adviseren|-1.0
p:wel wat|prijzen|1.0
p:wel we|bekritiseren|-0.95
p:weleens een|prijzen|-0.94
p:welk telefoonnummer|open-vraag|-0.94
p:welk vak|open-vraag|-1.71
p:welke ideeën|ondervragen|-0.91
p:welke klas|ondervragen|-0.98
p:welkom om|moraliseren|-0.98
p:welkom om|prijzen|-0.98
p:werd op|afleiden|-1.0
p:werk hem|adviseren|0.99
p:werk is|waarschuwen|-0.88
p:werk niet|gevoelsreflectie|-1.0
p:werk voor|ondervragen|-0.97
p:werken dan|jij-boodschap|-0.76
p:werken dan|vervolgafspraak|-0.95
p:werken maar|gevoelsreflectie|-0.91
p:werken omdat|interpreteren|-0.85
p:werkstuk is|argumenteren|1.0
p:werkstuk krijgt|argumenteren|0.71
p:werkstuk uiterlijk|bevelen|1.73
p:werkt ?|jij-boodschap|-0.99
p:werkt ?|bekritiseren|-0.99
p:werkt ?|ondervragen|0.99
p:werkt dat|argumenteren|0.53
p:werkt vast|ondervragen|-0.99
p:werkt voor|gevoelsreflectie|-0.99
p:werkweek met|ik-boodschap|-0.98
p:werkweek niet|ik-boodschap|-1.79
p:werkweek niet|parafrase|0.95
p:weten als|vervolgafspraak|0.96
p:weten dat|ondervragen|-0.97
p:weten dat|vervolgafspraak|-1.0
p:weten je|adviseren|-0.71
p:weten wat|open-vraag|-1.0
p:weten wat|waarschuwen|-0.75
p:weten wat|interpreteren|-0.96
p:weten wat|geruststellen|-1.0
p:wie controleert|open-vraag|-0.96
p:wie doet|jij-boodschap|-0.99
p:wie doet|bekritiseren|-0.99
p:wie doet|ondervragen|0.99
p:wie een|argumenteren|0.97
p:wie heeft|open-vraag|-0.98
p:wie heeft|afleiden|-0.98
p:wie niet|argumenteren|0.91
p:wie niet|geruststellen|-1.0
p:wie was|ik-boodschap|-0.89
p:wie was|ondervragen|0.98
p:wij letten|adviseren|-0.97
p:wij u|gevoelsreflectie|-0.77
p:wijze vrouw|prijzen|0.96
p:wil alleen|geruststellen|-0.92
p:wil dit|bevelen|0.96
p:wil eerlijk|open-vraag|0.88
p:wil eigenlijk|parafrase|0.89
p:wil gaan|vervolgafspraak|-0.83
p:wil gewoon|interpreteren|1.0
p:wil graag|parafrase|-0.93
p:wil graag|open-vraag|0.97
p:wil graag|bedanken|-0.98
p:wil het|samenvatting|0.83
p:wil het|afronding-aankondigen|1.84
p:wil het|vervolgafspraak|0.9
p:wil hij|jij-boodschap|-1.0
p:wil hij|moraliseren|-1.0
p:wil ik|bevelen|0.95
p:wil ik|argumenteren|-0.91
p:wil ik|afronding-aankondigen|1.84
p:wil je|ik-boodschap|-1.78
p:wil je|open-vraag|0.91
p:wil je|waarschuwen|-0.85
p:wil meer|bekritiseren|-0.5
p:wil niet|open-vraag|-0.98
p:wil nu|gevoelsreflectie|-1.0
p:wil nu|geruststellen|-1.0
p:wil praten|gevoelsreflectie|1.0
p:wil wel|gevoelsreflectie|-0.94
p:wil wel|samenvatting|0.94
p:wil werken|gevoelsreflectie|-0.91
p:wilden komen|bedanken|0.99
p:willen afsluiten|adviseren|-0.99
p:willen allebei|parafrase|-0.97
p:willen allebei|samenvatting|0.97
p:willen allebei|open-vraag|-0.97
p:willen dat|gevoelsreflectie|-1.0
p:willen dat|adviseren|-1.0
p:willen we|ik-boodschap|-1.0
p:willen we|samenvatting|1.0
p:willen we|bevelen|-1.0
p:willen we|bedanken|-1.0
p:wilt dat|jij-boodschap|-0.91
p:wilt dat|parafrase|0.86
p:wilt dat|samenvatting|0.98
p:wilt een|parafrase|-0.82
p:wilt een|gevoelsreflectie|0.82
p:wilt een|samenvatting|0.97
p:wilt een|argumenteren|-0.97
p:wilt een|vervolgafspraak|0.95
p:wilt gewoon|interpreteren|0.92
p:wilt graag|gevoelsreflectie|-0.79
p:wilt graag|samenvatting|-0.86
p:wilt meer|jij-boodschap|-0.91
p:wilt meer|parafrase|-0.99
p:wilt meer|samenvatting|0.99
p:wilt meer|bekritiseren|-0.5
p:wilt u|gevoelsreflectie|-0.84
p:wilt u|samenvatting|1.86
p:wilt u|open-vraag|0.98
p:wiskunde een|argumenteren|-0.67
p:wiskunde en|jij-boodschap|-0.88
p:wiskunde en|argumenteren|0.88
p:wiskunde en|bekritiseren|-0.95
p:wiskunde gaat|open-vraag|-0.91
p:wiskunde maar|interpreteren|-0.96
p:wiskunde opziet|open-vraag|0.99
p:wiskunde ravi|interpreteren|0.98
p:wiskunde steeds|gevoelsreflectie|-0.98
p:wist ik|vervolgafspraak|-1.0
p:wist niets|parafrase|-0.82
p:wist niets|samenvatting|0.97
p:wist niets|argumenteren|-0.97
p:wist u|open-vraag|-0.98
p:wist u|afleiden|-0.98
p:wit staan|argumenteren|0.94
p:woensdag bijles|prijzen|0.98
p:woensdag en|ik-boodschap|-0.95
p:woensdag het|vervolgafspraak|0.98
p:woensdag kijken|parafrase|-0.96
p:woensdag kijken|samenvatting|0.71
p:woensdag kijken|vervolgafspraak|0.96
p:woensdag nog|bedanken|-0.89
p:woorden het|geruststellen|-0.62
p:woorden hij|parafrase|1.0
p:woorden hij|waarschuwen|-1.0
p:woorden u|aanmoediging|-0.98
p:woordjes voor|ik-boodschap|0.99
p:word er|ik-boodschap|1.57
p:word er|open-vraag|-0.96
p:word hier|gevoelsreflectie|-0.88
p:word onrustig|samenvatting|-1.0
p:worden gewogen|argumenteren|0.53
p:worden kunnen|afronding-aankondigen|1.0
p:wordt bij|argumenteren|0.89
p:wordt buitengesloten|parafrase|0.98
p:wordt buitengesloten|samenvatting|-1.63
p:wordt en|interpreteren|-0.95
p:wordt er|ik-boodschap|0.86
p:wordt fijn|bedanken|0.92
p:wordt hij|waarschuwen|1.82
p:wordt ik|interpreteren|0.85
p:wordt wat|geruststellen|-0.98
p:wordt ze|jij-boodschap|-0.98
p:yusuf door|waarschuwen|-0.98
p:yusuf heeft|parafrase|-0.99
p:yusuf heeft|samenvatting|0.99
p:zag dat|ik-boodschap|0.12
p:zag dat|bevelen|-0.94
p:zag dat|moraliseren|-1.0
p:zag dat|adviseren|-1.0
p:zag dat|prijzen|-1.0
p:zag dat|bedanken|-1.0
p:zakken en|samenvatting|0.99
p:zakken en|open-vraag|-0.99
p:zakken wat|ik-boodschap|-0.85
p:zakken wat|open-vraag|0.91
p:zat ?|open-vraag|0.73
p:zaterdag ?|open-vraag|-1.84
p:zaterdag ?|afleiden|0.88
p:zaterdag voetbal|waarschuwen|-0.98
p:ze alsof|bekritiseren|0.82
p:ze alsof|geruststellen|-0.67
p:ze contact|open-vraag|-0.98
p:ze contact|afleiden|-0.98
p:ze dat|interpreteren|-0.85
p:ze de|ik-boodschap|1.0
p:ze de|adviseren|-0.76
p:ze een|samenvatting|-0.97
p:ze eigenlijk|ik-boodschap|-0.93
p:ze er|ik-boodschap|-0.97
p:ze gewoon|interpreteren|0.92
p:ze gewoon|geruststellen|0.9
p:ze haar|geruststellen|-0.76
p:ze heeft|ik-boodschap|0.92
p:ze heeft|jij-boodschap|-1.2
p:ze heeft|moraliseren|-0.93
p:ze heeft|argumenteren|-0.96
p:ze heeft|geruststellen|0.99
p:ze hulp|prijzen|0.69
p:ze is|jij-boodschap|0.9
p:ze is|argumenteren|-1.0
p:ze is|bekritiseren|-0.81
p:ze je|aanmoediging|-0.99
p:ze kan|open-vraag|0.97
p:ze komt|geruststellen|0.41
p:ze mijn|moraliseren|-0.96
p:ze morgen|bevelen|0.98
p:ze niet|ik-boodschap|0.92
p:ze niet|jij-boodschap|-0.98
p:ze nog|ik-boodschap|-0.92
p:ze onzeker|geruststellen|0.78
p:ze op|ik-boodschap|0.99
p:ze op|bevelen|-1.0
p:ze op|geruststellen|-1.0
p:ze op|ondervragen|0.98
p:ze op|afleiden|1.0
p:ze steeds|geruststellen|-0.85
p:ze thuis|parafrase|1.9
p:ze thuis|ondervragen|0.98
p:ze uitgeschreven|jij-boodschap|-0.98
p:ze vijf|argumenteren|0.96
p:ze voelt|samenvatting|0.57
p:ze voor|vervolgafspraak|-0.96
p:ze vrijdagmiddag|waarschuwen|0.99
p:ze weer|parafrase|-0.97
p:ze weer|samenvatting|0.97
p:ze weer|open-vraag|-0.97
p:ze wil|parafrase|0.89
p:ze wil|open-vraag|-0.98
p:ze zich|parafrase|-0.93
p:ze zich|samenvatting|0.88
p:ze ziek|samenvatting|-0.91
p:ze zit|interpreteren|-0.85
p:ze zo|open-vraag|0.99
p:ze zo|ondervragen|-0.99
p:ze zoekt|parafrase|-1.0
p:ze zoekt|waarschuwen|-1.0
p:ze zoekt|adviseren|-1.0
p:ze zoekt|bekritiseren|-1.0
p:ze zoekt|interpreteren|1.0
p:zeg heeft|afleiden|0.99
p:zeg het|samenvatting|0.69
p:zeg hoe|open-vraag|-0.99
p:zeg je|interpreteren|0.98
p:zeg je|geruststellen|-0.93
p:zeg jij|bevelen|0.99
p:zeg niet|gevoelsreflectie|-1.0
p:zeg niet|bekritiseren|-0.93
p:zeg niet|geruststellen|0.86
p:zeggen dat|parafrase|0.93
p:zeggen is|parafrase|1.0
p:zeggen is|gevoelsreflectie|-1.0
p:zegt als|waarschuwen|-0.98
p:zegt dat|ik-boodschap|-0.38
p:zegt dat|jij-boodschap|-0.5
p:zegt dat|parafrase|1.05
p:zegt dat|interpreteren|0.85
p:zegt dat|geruststellen|0.59
p:zegt eigenlijk|gevoelsreflectie|-0.94
p:zegt eigenlijk|interpreteren|-0.97
p:zegt hij|parafrase|0.98
p:zegt hij|samenvatting|-1.63
p:zegt is|parafrase|0.9
p:zegt meer|interpreteren|0.99
p:zegt meer|geruststellen|-0.99
p:zegt u|aanmoediging|1.51
p:zegt u|bevelen|0.84
p:zegt weinig|interpreteren|-0.85
p:zeker dat|prijzen|0.99
p:zeker dat|geruststellen|0.96
p:zeker heel|etiketteren|1.0
p:zeker mee|moraliseren|-0.94
p:zelf ?|open-vraag|0.83
p:zelf ?|ondervragen|-0.91
p:zelf aan|samenvatting|-0.98
p:zelf begint|interpreteren|0.85
p:zelf dat|parafrase|-0.98
p:zelf doet|jij-boodschap|0.93
p:zelf doet|samenvatting|-0.93
p:zelf doet|bekritiseren|1.44
p:zelf gepest|interpreteren|0.95
p:zelf je|bevelen|0.93
p:zelf je|vervolgafspraak|-0.93
p:zelf kunt|open-vraag|-0.97
p:zelf laten|adviseren|0.87
p:zelf laten|geruststellen|1.0
p:zelf niet|interpreteren|1.0
p:zelf nooit|jij-boodschap|1.0
p:zelf nooit|bekritiseren|1.0
p:zelf nooit|ondervragen|-0.89
p:zelf ook|jij-boodschap|-0.71
p:zelf ook|gevoelsreflectie|-0.88
p:zelf over|parafrase|0.89
p:zelf plannen|bevelen|-0.88
p:zelf plannen|geruststellen|-0.88
p:zelf praten|parafrase|0.99
p:zelf steeds|jij-boodschap|1.68
p:zelf steeds|bekritiseren|0.89
p:zelf thuis|ondervragen|0.98
p:zelf van|jij-boodschap|-0.88
p:zelf van|open-vraag|0.96
p:zelf van|bekritiseren|-0.88
p:zenuwachtig bent|ik-boodschap|-0.62
p:zenuwachtig bent|geruststellen|1.79
p:zenuwachtig over|gevoelsreflectie|0.99
p:zes toetsen|argumenteren|0.96
p:zesde uur|afronding-aankondigen|0.97
p:zesde uur|vervolgafspraak|0.97
p:zet die|bevelen|1.0
p:zet die|prijzen|-1.0
p:zet die|bedanken|-1.0
p:zet een|geruststellen|-0.95
p:zet gewoon|moraliseren|-0.99
p:zet gewoon|interpreteren|-0.99
p:zet het|open-vraag|-0.96
p:zet zijn|samenvatting|0.95
p:zet zijn|vervolgafspraak|-0.95
p:zetten over|vervolgafspraak|-0.91
p:zich aan|bevelen|0.92
p:zich alleen|samenvatting|0.97
p:zich als|etiketteren|0.99
p:zich buitengesloten|parafrase|-0.9
p:zich buitengesloten|samenvatting|0.9
p:zich buitengesloten|bekritiseren|-0.92
p:zich daar|gevoelsreflectie|0.94
p:zich daardoor|samenvatting|0.57
p:zich de|moraliseren|-0.99
p:zich de|argumenteren|0.9
p:zich deze|bekritiseren|-0.93
p:zich echt|gevoelsreflectie|1.0
p:zich echt|geruststellen|0.3
p:zich eigenlijk|interpreteren|1.0
p:zich eigenlijk|geruststellen|-0.83
p:zich er|waarschuwen|-0.99
p:zich genegeerd|samenvatting|-0.94
p:zich gewoon|interpreteren|0.99
p:zich gewoon|geruststellen|-0.99
p:zich grote|geruststellen|-1.0
p:zich heeft|vervolgafspraak|0.9
p:zich het|gevoelsreflectie|-0.99
p:zich in|gevoelsreflectie|0.99
p:zich in|samenvatting|-0.76
p:zich maar|gevoelsreflectie|-0.98
p:zich maar|adviseren|-1.0
p:zich maar|afleiden|-1.0
p:zich morgen|bevelen|0.84
p:zich nergens|samenvatting|-0.97
p:zich nergens|bekritiseren|0.99
p:zich nergens|etiketteren|-0.93
p:zich niet|jij-boodschap|-0.97
p:zich niet|open-vraag|-1.0
p:zich niet|waarschuwen|-1.0
p:zich niet|bekritiseren|-0.97
p:zich nou|geruststellen|0.86
p:zich ongerust|open-vraag|-0.99
p:zich onzeker|etiketteren|-0.96
p:zich op|parafrase|0.81
p:zich overal|jij-boodschap|0.96
p:zich overal|gevoelsreflectie|-0.96
p:zich overal|bekritiseren|0.76
p:zich terug|parafrase|-0.93
p:zich terug|samenvatting|0.88
p:zich thuis|parafrase|-0.96
p:zich thuis|bevelen|-0.97
p:zich thuis|adviseren|-0.98
p:zich vanaf|waarschuwen|0.83
p:zich vreselijk|bekritiseren|1.87
p:zich zorgen|gevoelsreflectie|1.0
p:zich zorgen|open-vraag|1.0
p:zich zorgen|adviseren|0.96
p:zich zorgen|interpreteren|-0.92
p:zich zorgen|geruststellen|1.0
p:zich zorgen|bedanken|-0.89
p:zie alleen|gevoelsreflectie|-1.0
p:zie dat|ik-boodschap|0.7
p:zie dat|gevoelsreflectie|0.95
p:zie dat|samenvatting|-1.7
p:zie dat|geruststellen|0.98
p:zie dat|vervolgafspraak|-1.86
p:zie dat|bedanken|-0.96
p:zie ik|ik-boodschap|-0.56
p:zie ik|parafrase|-1.0
p:zie ik|gevoelsreflectie|1.98
p:zie ik|samenvatting|-0.96
p:zie ik|geruststellen|-0.98
p:zie ik|afronding-aankondigen|1.93
p:zie ik|vervolgafspraak|2.78
p:zie ik|bedanken|0.96
p:zie je|vervolgafspraak|0.98
p:zie jij|open-vraag|0.83
p:zie neem|bevelen|0.9
p:zie u|afronding-aankondigen|-0.97
p:ziek gemeld|gevoelsreflectie|-0.92
p:ziek gemeld|bekritiseren|-0.93
p:ziek gemeld|etiketteren|-0.92
p:ziek is|samenvatting|-0.91
p:ziekmelding pas|ik-boodschap|0.93
p:ziekmelding pas|waarschuwen|-0.83
p:ziekte voor|samenvatting|0.83
p:ziekte voor|vervolgafspraak|0.9
p:ziekte voor|bedanken|0.9
p:zien ?|parafrase|0.91
p:zien dat|bekritiseren|-0.99
p:zien hoe|ik-boodschap|0.92
p:zien wat|ik-boodschap|0.89
p:zien wat|open-vraag|-0.97
p:zien wat|interpreteren|-1.0
p:zien we|samenvatting|-0.85
p:zien we|geruststellen|0.57
p:ziet u|prijzen|1.65
p:ziet vast|bekritiseren|-1.0
p:zij spijbelt|bekritiseren|0.82
p:zij spijbelt|geruststellen|-0.67
p:zijn agenda|adviseren|1.0
p:zijn als|open-vraag|0.88
p:zijn altijd|moraliseren|-0.98
p:zijn altijd|prijzen|-0.98
p:zijn bijna|vervolgafspraak|-0.83
p:zijn boeken|samenvatting|-1.0
p:zijn boeken|moraliseren|-0.96
p:zijn buurman|vervolgafspraak|-0.96
p:zijn cijfers|ik-boodschap|-0.92
p:zijn cijfers|interpreteren|1.0
p:zijn cijfers|afronding-aankondigen|0.89
p:zijn cijfers|bedanken|-0.89
p:zijn concentratie|samenvatting|0.95
p:zijn concentratie|vervolgafspraak|-0.95
p:zijn daden|moraliseren|0.94
p:zijn diploma|waarschuwen|0.79
p:zijn door|vervolgafspraak|0.99
p:zijn door|bedanken|0.99
p:zijn duidelijk|bevelen|-1.0
p:zijn duidelijk|argumenteren|1.0
p:zijn duidelijk|interpreteren|-1.0
p:zijn duidelijk|ondervragen|-1.0
p:zijn echt|bekritiseren|-1.96
p:zijn echt|etiketteren|1.0
p:zijn er|samenvatting|0.95
p:zijn er|afleiden|0.99
p:zijn er|vervolgafspraak|-0.95
p:zijn examen|geruststellen|-0.98
p:zijn fiets|bevelen|0.99
p:zijn gang|bevelen|-0.86
p:zijn gedraai|bekritiseren|0.99
p:zijn gedrag|waarschuwen|0.99
p:zijn gemiddelde|ik-boodschap|0.98
p:zijn gemiddelde|jij-boodschap|-0.98
p:zijn gemiddelde|bekritiseren|-0.98
p:zijn geweest|parafrase|-1.0
p:zijn geweest|gevoelsreflectie|0.97
p:zijn gymtas|open-vraag|-0.87
p:zijn hoe|gevoelsreflectie|0.76
p:zijn hoe|samenvatting|-0.98
p:zijn hoor|adviseren|-0.97
p:zijn huiswerk|jij-boodschap|-0.99
p:zijn huiswerk|adviseren|1.04
p:zijn huiswerk|geruststellen|-0.98
p:zijn huiswerk|ondervragen|0.99
p:zijn huiswerk|afleiden|-0.95
p:zijn huiswerk|vervolgafspraak|0.96
p:zijn huiswerkbegeleiding|aanmoediging|-1.0
p:zijn kamer|open-vraag|-0.96
p:zijn kind|moraliseren|0.99
p:zijn klasgenoot|ik-boodschap|0.92
p:zijn laars|jij-boodschap|0.98
p:zijn laars|samenvatting|-0.65
p:zijn laars|bekritiseren|0.98
p:zijn laatste|bekritiseren|-0.75
p:zijn leeftijd|moraliseren|-0.96
p:zijn lip|adviseren|-0.98
p:zijn mentor|bevelen|-0.9
p:zijn met|jij-boodschap|0.98
p:zijn met|bekritiseren|0.98
p:zijn oké|adviseren|-0.99
p:zijn oma|interpreteren|-0.99
p:zijn opdrachten|ik-boodschap|0.93
p:zijn opdrachten|open-vraag|0.93
p:zijn planner|ik-boodschap|0.93
p:zijn planner|waarschuwen|-0.93
p:zijn planner|vervolgafspraak|-0.93
p:zijn planning|adviseren|-0.86
p:zijn planning|vervolgafspraak|0.78
p:zijn planning|bedanken|0.96
p:zijn playstation|argumenteren|-0.94
p:zijn plek|waarschuwen|1.52
p:zijn pootjes|geruststellen|0.92
p:zijn regels|argumenteren|0.71
p:zijn rekenmachine|vervolgafspraak|0.9
p:zijn schermtijd|jij-boodschap|0.98
p:zijn schermtijd|bekritiseren|0.98
p:zijn slaap|jij-boodschap|-0.99
p:zijn slaap|samenvatting|1.92
p:zijn slaap|open-vraag|0.98
p:zijn slaap|waarschuwen|-0.99
p:zijn slaap|bekritiseren|-0.63
p:zijn slaap|vervolgafspraak|-0.95
p:zijn slechte|open-vraag|-0.96
p:zijn sport|vervolgafspraak|-0.96
p:zijn tas|bekritiseren|-0.97
p:zijn tegen|bevelen|-0.99
p:zijn tegen|waarschuwen|-0.9
p:zijn tegen|moraliseren|0.99
p:zijn telefoon|jij-boodschap|-0.96
p:zijn telefoon|parafrase|-0.96
p:zijn telefoon|open-vraag|0.88
p:zijn telefoon|waarschuwen|0.22
p:zijn telefoon|adviseren|1.0
p:zijn telefoon|argumenteren|-1.0
p:zijn telefoon|prijzen|-1.0
p:zijn vader|samenvatting|-0.92
p:zijn van|waarschuwen|-0.78
p:zijn van|bedanken|-0.96
p:zijn vermoeidheid|etiketteren|-0.94
p:zijn verzuim|samenvatting|0.83
p:zijn verzuim|open-vraag|-0.82
p:zijn verzuim|afronding-aankondigen|-0.84
p:zijn verzuim|vervolgafspraak|0.9
p:zijn verzuim|bedanken|0.9
p:zijn voldoende|argumenteren|-0.7
p:zijn vrienden|bekritiseren|-0.97
p:zijn vrienden|afleiden|-0.97
p:zijn vrienden|bedanken|-0.89
p:zijn ze|jij-boodschap|-0.99
p:zijn ze|geruststellen|0.99
p:zijn zorgpunten|argumenteren|-0.7
p:zijn zulke|argumenteren|-1.0
p:zijn zulke|prijzen|1.0
p:zijn zulke|etiketteren|-1.0
p:zijn zus|open-vraag|-0.97
p:zijn zus|afleiden|0.95
p:zin afmaken|bevelen|0.9
p:zin hebt|interpreteren|0.98
p:zin in|jij-boodschap|1.69
p:zin in|argumenteren|-0.96
p:zin in|bekritiseren|0.62
p:zin in|interpreteren|-0.92
p:zin in|geruststellen|-0.98
p:zin meer|gevoelsreflectie|-0.98
p:zit al|ik-boodschap|-1.0
p:zit alleen|interpreteren|-0.85
p:zit de|bevelen|0.93
p:zit de|vervolgafspraak|0.95
p:zit elke|ik-boodschap|0.89
p:zit elke|adviseren|0.72
p:zit en|open-vraag|-0.82
p:zit er|argumenteren|0.96
p:zit er|etiketteren|-1.0
p:zit er|afleiden|-0.95
p:zit erop|gevoelsreflectie|-1.0
p:zit erop|aanmoediging|-0.66
p:zit erop|bevelen|-1.0
p:zit erop|geruststellen|-1.0
p:zit erop|afronding-aankondigen|1.0
p:zit haar|ondervragen|-0.98
p:zit het|interpreteren|0.9
p:zit hier|jij-boodschap|0.86
p:zit hier|samenvatting|-0.57
p:zit hier|bevelen|-0.93
p:zit hier|bekritiseren|1.51
p:zit hij|open-vraag|-0.96
p:zit hij|waarschuwen|0.97
p:zit in|jij-boodschap|-0.93
p:zit je|adviseren|-0.71
p:zit kan|open-vraag|0.88
p:zit kan|ondervragen|-0.97
p:zit kom|ik-boodschap|0.99
p:zit kom|moraliseren|-0.82
p:zit me|ik-boodschap|0.84
p:zit me|argumenteren|-0.84
p:zit merk|ik-boodschap|0.93
p:zit naast|bekritiseren|-0.98
p:zit praat|vervolgafspraak|-0.96
p:zit te|jij-boodschap|0.87
p:zit te|parafrase|-0.99
p:zit weet|samenvatting|-0.91
p:zitten aan|bedanken|-0.98
p:zitten anders|aanmoediging|-0.95
p:zitten anders|waarschuwen|0.95
p:zitten daardoor|ik-boodschap|0.7
p:zitten daardoor|gevoelsreflectie|-0.83
p:zitten daardoor|samenvatting|-0.7
p:zitten daardoor|open-vraag|-0.94
p:zitten dat|waarschuwen|0.98
p:zitten dat|geruststellen|0.98
p:zitten en|waarschuwen|-0.85
p:zitten in|ik-boodschap|1.0
p:zitten in|open-vraag|-1.0
p:zitten je|bevelen|-1.75
p:zitten je|geruststellen|-0.97
p:zitten of|waarschuwen|0.9
p:zitten snap|gevoelsreflectie|0.92
p:zitten snap|geruststellen|0.77
p:zitten veel|adviseren|-0.98
p:zitten we|samenvatting|0.83
p:zitten we|vervolgafspraak|0.9
p:zo aan|argumenteren|-0.66
p:zo aan|etiketteren|1.0
p:zo afronden|afronding-aankondigen|0.98
p:zo babyachtig|etiketteren|0.93
p:zo begripvol|bedanken|-0.99
p:zo behulpzaam|jij-boodschap|-0.92
p:zo behulpzaam|bekritiseren|-0.37
p:zo blijft|waarschuwen|0.99
p:zo blijft|adviseren|-0.96
p:zo dat|waarschuwen|-0.98
p:zo dat|moraliseren|0.96
p:zo dat|argumenteren|0.65
p:zo dat|interpreteren|-0.96
p:zo doorgaat|jij-boodschap|0.85
p:zo doorgaat|waarschuwen|1.94
p:zo doorgaat|bekritiseren|0.72
p:zo doorgaat|prijzen|-0.71
p:zo doorgaat|etiketteren|-1.0
p:zo doorgaat|afleiden|-0.95
p:zo dramatisch|bevelen|-0.9
p:zo dramatisch|moraliseren|-0.98
p:zo dramatisch|geruststellen|0.98
p:zo druk|open-vraag|-1.0
p:zo druk|afronding-aankondigen|-0.98
p:zo eenvoudig|argumenteren|0.96
p:zo eerlijk|gevoelsreflectie|-0.77
p:zo eerlijk|open-vraag|-1.0
p:zo eerlijk|moraliseren|-0.69
p:zo eerlijk|afronding-aankondigen|-0.97
p:zo eerlijk|bedanken|1.0
p:zo en|ondervragen|-0.97
p:zo erg|geruststellen|-0.13
p:zo erg|afleiden|0.2
p:zo fijn|afleiden|0.73
p:zo gaat|bevelen|-0.96
p:zo gaat|geruststellen|0.59
p:zo gaat|afleiden|0.98
p:zo goed|adviseren|-0.83
p:zo goed|prijzen|1.98
p:zo goed|afleiden|-0.95
p:zo haalt|geruststellen|-0.76
p:zo hysterisch|bevelen|1.75
p:zo hysterisch|afleiden|-0.99
p:zo kinderachtig|waarschuwen|-0.97
p:zo kunnen|afronding-aankondigen|0.93
p:zo lang|samenvatting|-1.0
p:zo lang|bevelen|-1.0
p:zo lang|prijzen|-1.0
p:zo lang|ondervragen|1.0
p:zo meedenkend|waarschuwen|-0.95
p:zo meegaand|jij-boodschap|-0.98
p:zo meegaand|prijzen|0.98
p:zo mist|ik-boodschap|0.89
p:zo moeilijk|open-vraag|0.94
p:zo moeilijk|etiketteren|0.93
p:zo omdat|geruststellen|0.78
p:zo ongeïnteresseerd|jij-boodschap|0.87
p:zo ook|bevelen|-1.75
p:zo ook|geruststellen|-0.97
p:zo open|bedanken|0.8
p:zo overdreven|jij-boodschap|-1.78
p:zo overdreven|bevelen|-0.9
p:zo praat|moraliseren|0.98
p:zo praat|etiketteren|-0.98
p:zo reageert|etiketteren|-0.96
p:zo redelijk|gevoelsreflectie|-0.82
p:zo schieten|ik-boodschap|0.98
p:zo schreeuwen|argumenteren|-0.99
p:zo simpel|geruststellen|-1.0
p:zo snel|parafrase|-0.99
p:zo staat|ik-boodschap|-1.89
p:zo staat|argumenteren|0.94
p:zo sterk|interpreteren|0.95
p:zo stil|geruststellen|-0.77
p:zo stil|ondervragen|-0.99
p:zo stoppen|vervolgafspraak|-0.99
p:zo te|moraliseren|0.95
p:zo te|prijzen|0.95
p:zo tegen|open-vraag|0.99
p:zo tegen|waarschuwen|0.76
p:zo weer|argumenteren|-0.97
p:zo weinig|ik-boodschap|0.96
p:zo werkt|argumenteren|0.53
p:zo zwaar|moraliseren|-0.95
p:zo zwaar|interpreteren|-0.84
p:zo zwaar|geruststellen|-0.58
p:zo zwaar|afleiden|0.95
p:zo'n betrokken|parafrase|-0.98
p:zo'n betrokken|adviseren|0.84
p:zo'n betrokken|bekritiseren|-1.0
p:zo'n betrokken|prijzen|0.96
p:zo'n betrokken|etiketteren|-0.96
p:zo'n goede|adviseren|-1.0
p:zo'n goede|prijzen|1.0
p:zo'n goede|ondervragen|-0.99
p:zo'n hockeymoeder|etiketteren|0.99
p:zo'n moment|moraliseren|-1.0
p:zo'n moment|argumenteren|-1.0
p:zo'n opmerking|jij-boodschap|-0.98
p:zo'n opmerking|waarschuwen|0.99
p:zo'n opmerking|bekritiseren|0.82
p:zo'n opmerking|interpreteren|-0.98
p:zo'n ouder|gevoelsreflectie|-0.82
p:zo'n ouder|prijzen|-0.94
p:zo'n ouder|etiketteren|0.94
p:zo'n slimme|waarschuwen|-0.98
p:zo'n slimme|moraliseren|-0.96
p:zo'n slimme|prijzen|1.97
p:zoekt een|interpreteren|1.0
p:zoekt gewoon|parafrase|-1.0
p:zoekt gewoon|waarschuwen|-1.0
p:zoekt gewoon|adviseren|-1.0
p:zoekt gewoon|bekritiseren|-1.0
p:zoekt gewoon|interpreteren|1.0
p:zoekt hij|adviseren|0.99
p:zomaar drie|jij-boodschap|0.95
p:zomaar wegliep|open-vraag|0.96
p:zomer eigenlijk|open-vraag|-0.91
p:zomer eigenlijk|afleiden|0.91
p:zondag samen|adviseren|0.99
p:zonde hoe|open-vraag|0.93
p:zonde want|ik-boodschap|0.89
p:zonde zullen|vervolgafspraak|0.9
p:zonder bericht|argumenteren|0.97
p:zonder bericht|vervolgafspraak|-1.0
p:zonder uitzondering|jij-boodschap|-0.99
p:zoon gedraagt|etiketteren|0.99
p:zoon trekt|etiketteren|-0.93
p:zorg dat|bevelen|0.99
p:zorgcommissie ervan|vervolgafspraak|0.88
p:zorgcoordinator of|ik-boodschap|-0.97
p:zorgcoördinator aan|vervolgafspraak|1.8
p:zorgcoördinator en|samenvatting|0.94
p:zorgcoördinator en|vervolgafspraak|0.94
p:zorgcoördinator erbij|afleiden|-0.97
p:zorgcoördinator niet|ik-boodschap|0.98
p:zorgcoördinator niet|argumenteren|-0.9
p:zorgcoördinator niet|vervolgafspraak|-0.9
p:zorgelijk hoe|open-vraag|0.83
p:zorgelijk wat|parafrase|0.99
p:zorgen dat|geruststellen|-0.98
p:zorgen het|gevoelsreflectie|1.0
p:zorgen het|open-vraag|1.0
p:zorgen het|geruststellen|1.0
p:zorgen laat|geruststellen|0.97
p:zorgen lisa|afleiden|-0.98
p:zorgen maakt|gevoelsreflectie|1.0
p:zorgen maakt|open-vraag|1.0
p:zorgen maakt|adviseren|0.96
p:zorgen maakt|geruststellen|-0.3
p:zorgen om|ik-boodschap|-0.89
p:zorgen om|interpreteren|-0.92
p:zorgen om|geruststellen|-1.0
p:zorgen omdat|ik-boodschap|0.96
p:zorgen omdat|vervolgafspraak|0.28
p:zorgen over|ik-boodschap|0.97
p:zorgen over|gevoelsreflectie|-0.99
p:zorgen over|open-vraag|-0.99
p:zorgen over|vervolgafspraak|-0.96
p:zorgen over|bedanken|-0.89
p:zorgen vast|argumenteren|-1.0
p:zorgen vast|prijzen|1.0
p:zorgen vast|etiketteren|-1.0
p:zorgen want|ik-boodschap|0.97
p:zorgen want|jij-boodschap|-1.0
p:zorgen want|waarschuwen|-1.0
p:zorgen want|etiketteren|-1.0
p:zorgen zijn|samenvatting|0.95
p:zorgen zijn|vervolgafspraak|-0.95
p:zorgt u|bevelen|0.98
p:zou als|adviseren|-0.91
p:zou bellen|gevoelsreflectie|0.94
p:zou bellen|open-vraag|-0.94
p:zou eens|adviseren|1.0
p:zou hem|moraliseren|-1.0
p:zou hem|adviseren|1.0
p:zou hem|prijzen|-0.85
p:zou hem|vervolgafspraak|-1.0
p:zou het|adviseren|-0.99
p:zou hij|moraliseren|0.95
p:zou ik|ik-boodschap|-0.97
p:zou ik|waarschuwen|-1.0
p:zou ik|adviseren|1.99
p:zou ik|prijzen|0.85
p:zou in|adviseren|0.96
p:zou je|gevoelsreflectie|-0.74
p:zou u|gevoelsreflectie|-1.0
p:zou u|open-vraag|1.0
p:zou u|adviseren|-1.0
p:zouden bellen|gevoelsreflectie|-0.77
p:zoveel grapjes|ik-boodschap|-0.73
p:zoveel grapjes|interpreteren|0.96
p:zoveel kinderen|geruststellen|0.96
p:zoveel missen|geruststellen|-0.94
p:zoveel verzuim|moraliseren|-0.9
p:zoë de|ik-boodschap|0.95
p:zoë haar|ik-boodschap|1.0
p:zoë haar|adviseren|-0.76
p:zulke fijne|argumenteren|-1.0
p:zulke fijne|prijzen|1.0
p:zulke fijne|etiketteren|-1.0
p:zulke ruzietjes|bevelen|-1.0
p:zulke ruzietjes|geruststellen|-1.0
p:zulke ruzietjes|afleiden|1.0
p:zullen we|samenvatting|-0.97
p:zullen we|interpreteren|-1.0
p:zullen we|afronding-aankondigen|-0.96
p:zullen we|vervolgafspraak|1.88
p:zullen we|bedanken|-0.11
p:zult dit|bedanken|-0.99
p:zus ?|open-vraag|-0.97
p:zus ?|ondervragen|-0.98
p:zus in|afleiden|0.95
p:zusje daarom|ik-boodschap|-0.93
p:zwaar aan|moraliseren|-0.95
p:zwaar aan|interpreteren|-0.84
p:zwaar aan|geruststellen|-0.58
p:zwaar aan|afleiden|0.95
p:zwaar voor|ik-boodschap|0.96
p:zwaar voor|parafrase|0.93
p:zwaar was|gevoelsreflectie|-0.66
p:zwaarst ?|open-vraag|0.94
p:zwak in|interpreteren|-0.96
p:zware tijd|gevoelsreflectie|0.98
p:zware week|bedanken|-0.99
p:zwart op|argumenteren|0.94
p:één keer|bevelen|-0.93
p:één keer|geruststellen|-0.89
regel:aanmoediging|parafrase|-1.88
regel:aanmoediging|gevoelsreflectie|-1.93
regel:aanmoediging|samenvatting|-1.97
regel:aanmoediging|open-vraag|-1.9
regel:aanmoediging|aanmoediging|8.57
regel:aanmoediging|bevelen|-0.91
regel:aanmoediging|ondervragen|-0.99
regel:adviseren|ik-boodschap|0.98
regel:adviseren|parafrase|-0.97
regel:adviseren|gevoelsreflectie|0.99
regel:adviseren|bevelen|-2.8
regel:adviseren|waarschuwen|-1.0
regel:adviseren|moraliseren|-1.99
regel:adviseren|adviseren|15.63
regel:adviseren|argumenteren|-1.93
regel:adviseren|bekritiseren|-0.93
regel:adviseren|etiketteren|-1.8
regel:adviseren|interpreteren|-2.89
regel:adviseren|geruststellen|-1.2
regel:adviseren|ondervragen|-2.92
regel:adviseren|afleiden|-0.91
regel:adviseren|vervolgafspraak|-1.0
regel:afleiden|jij-boodschap|-0.94
regel:afleiden|samenvatting|-0.97
regel:afleiden|open-vraag|-1.96
regel:afleiden|bevelen|-1.9
regel:afleiden|waarschuwen|-0.99
regel:afleiden|moraliseren|-1.91
regel:afleiden|argumenteren|-1.89
regel:afleiden|bekritiseren|-0.95
regel:afleiden|prijzen|-0.94
regel:afleiden|etiketteren|-1.0
regel:afleiden|geruststellen|-1.93
regel:afleiden|ondervragen|-0.97
regel:afleiden|afleiden|15.08
regel:afleiden|afronding-aankondigen|-2.91
regel:afleiden|vervolgafspraak|-0.96
regel:afronding-aankondigen|ik-boodschap|0.98
regel:afronding-aankondigen|gevoelsreflectie|-1.0
regel:afronding-aankondigen|samenvatting|-0.34
regel:afronding-aankondigen|aanmoediging|-0.66
regel:afronding-aankondigen|bevelen|-1.0
regel:afronding-aankondigen|adviseren|-0.99
regel:afronding-aankondigen|bekritiseren|-0.95
regel:afronding-aankondigen|interpreteren|-1.0
regel:afronding-aankondigen|geruststellen|-1.0
regel:afronding-aankondigen|afleiden|-1.92
regel:afronding-aankondigen|afronding-aankondigen|11.36
regel:afronding-aankondigen|vervolgafspraak|-4.83
regel:afronding-aankondigen|bedanken|-1.91
regel:argumenteren|ik-boodschap|0.14
regel:argumenteren|jij-boodschap|-1.45
regel:argumenteren|samenvatting|-0.95
regel:argumenteren|bevelen|-0.94
regel:argumenteren|waarschuwen|-0.99
regel:argumenteren|moraliseren|-0.1
regel:argumenteren|adviseren|-0.78
regel:argumenteren|argumenteren|15.14
regel:argumenteren|bekritiseren|-1.94
regel:argumenteren|interpreteren|-2.0
regel:argumenteren|geruststellen|-1.93
regel:argumenteren|ondervragen|-1.0
regel:argumenteren|afleiden|-1.89
regel:argumenteren|vervolgafspraak|-0.9
regel:bedanken|ik-boodschap|-1.0
regel:bedanken|jij-boodschap|-0.97
regel:bedanken|parafrase|-0.99
regel:bedanken|samenvatting|-0.34
regel:bedanken|open-vraag|-1.0
regel:bedanken|waarschuwen|-0.96
regel:bedanken|moraliseren|-0.69
regel:bedanken|bekritiseren|1.01
regel:bedanken|prijzen|-0.98
regel:bedanken|interpreteren|-0.9
regel:bedanken|afronding-aankondigen|-1.82
regel:bedanken|vervolgafspraak|-1.96
regel:bedanken|bedanken|9.58
regel:bekritiseren|ik-boodschap|-1.87
regel:bekritiseren|jij-boodschap|5.23
regel:bekritiseren|parafrase|-0.99
regel:bekritiseren|gevoelsreflectie|-3.72
regel:bekritiseren|samenvatting|-0.63
regel:bekritiseren|open-vraag|-1.0
regel:bekritiseren|aanmoediging|-1.0
regel:bekritiseren|bevelen|-1.1
regel:bekritiseren|waarschuwen|-1.08
regel:bekritiseren|moraliseren|-1.05
regel:bekritiseren|adviseren|-2.0
regel:bekritiseren|argumenteren|-1.06
regel:bekritiseren|bekritiseren|17.12
regel:bekritiseren|prijzen|-1.0
regel:bekritiseren|etiketteren|-3.84
regel:bekritiseren|interpreteren|-1.97
regel:bekritiseren|geruststellen|-3.47
regel:bekritiseren|afleiden|-1.93
regel:bekritiseren|afronding-aankondigen|-1.95
regel:bevelen|ik-boodschap|-0.96
regel:bevelen|jij-boodschap|-0.89
regel:bevelen|samenvatting|-1.56
regel:bevelen|aanmoediging|-0.95
regel:bevelen|bevelen|14.46
regel:bevelen|waarschuwen|-1.83
regel:bevelen|moraliseren|-1.94
regel:bevelen|adviseren|-1.77
regel:bevelen|argumenteren|-0.85
regel:bevelen|bekritiseren|-0.45
regel:bevelen|prijzen|-1.0
regel:bevelen|etiketteren|-1.93
regel:bevelen|interpreteren|-1.0
regel:bevelen|geruststellen|-0.84
regel:bevelen|afleiden|-1.0
regel:bevelen|vervolgafspraak|-0.98
regel:bevelen|bedanken|-1.0
regel:etiketteren|jij-boodschap|1.06
regel:etiketteren|gevoelsreflectie|-0.96
regel:etiketteren|waarschuwen|-0.97
regel:etiketteren|moraliseren|-0.97
regel:etiketteren|argumenteren|-1.87
regel:etiketteren|bekritiseren|-6.44
regel:etiketteren|prijzen|-0.96
regel:etiketteren|etiketteren|11.38
regel:etiketteren|afleiden|-1.94
regel:geen|ik-boodschap|-6.77
regel:geen|jij-boodschap|0.71
regel:geen|parafrase|-3.76
regel:geen|gevoelsreflectie|-1.18
regel:geen|samenvatting|-3.83
regel:geen|open-vraag|-2.0
regel:geen|bevelen|-1.13
regel:geen|waarschuwen|-0.1
regel:geen|moraliseren|-1.85
regel:geen|adviseren|-0.99
regel:geen|argumenteren|-3.47
regel:geen|bekritiseren|0.79
regel:geen|prijzen|-1.26
regel:geen|etiketteren|-0.87
regel:geen|interpreteren|-1.92
regel:geen|geruststellen|0.15
regel:geen|ondervragen|-1.07
regel:geen|afleiden|-0.81
regel:geen|afronding-aankondigen|-2.9
regel:geen|vervolgafspraak|-0.1
regel:geen|bedanken|-1.92
regel:geruststellen|ik-boodschap|-0.92
regel:geruststellen|jij-boodschap|-0.99
regel:geruststellen|bevelen|-0.98
regel:geruststellen|moraliseren|-2.89
regel:geruststellen|adviseren|-1.78
regel:geruststellen|argumenteren|-1.97
regel:geruststellen|bekritiseren|-2.36
regel:geruststellen|prijzen|-1.95
regel:geruststellen|etiketteren|-0.79
regel:geruststellen|interpreteren|-0.91
regel:geruststellen|geruststellen|17.19
regel:geruststellen|afleiden|-3.7
regel:gevoelsreflectie|ik-boodschap|1.3
regel:gevoelsreflectie|parafrase|-2.97
regel:gevoelsreflectie|gevoelsreflectie|16.0
regel:gevoelsreflectie|samenvatting|-3.38
regel:gevoelsreflectie|open-vraag|-3.86
regel:gevoelsreflectie|aanmoediging|-1.98
regel:gevoelsreflectie|adviseren|0.39
regel:gevoelsreflectie|argumenteren|0.94
regel:gevoelsreflectie|bekritiseren|-0.28
regel:gevoelsreflectie|prijzen|-1.95
regel:gevoelsreflectie|etiketteren|-1.0
regel:gevoelsreflectie|interpreteren|-0.92
regel:gevoelsreflectie|ondervragen|0.98
regel:gevoelsreflectie|afleiden|0.94
regel:gevoelsreflectie|vervolgafspraak|-0.94
regel:gevoelsreflectie|bedanken|-1.93
regel:ik-boodschap|ik-boodschap|7.4
regel:ik-boodschap|jij-boodschap|-1.0
regel:ik-boodschap|gevoelsreflectie|-0.74
regel:ik-boodschap|samenvatting|-1.91
regel:ik-boodschap|aanmoediging|-0.99
regel:ik-boodschap|bevelen|-0.99
regel:ik-boodschap|waarschuwen|-1.98
regel:ik-boodschap|moraliseren|-1.96
regel:ik-boodschap|adviseren|-1.73
regel:ik-boodschap|argumenteren|-1.96
regel:ik-boodschap|bekritiseren|-0.99
regel:ik-boodschap|prijzen|-1.0
regel:ik-boodschap|etiketteren|-1.0
regel:ik-boodschap|interpreteren|-1.95
regel:ik-boodschap|geruststellen|-0.98
regel:ik-boodschap|ondervragen|-0.97
regel:ik-boodschap|afleiden|-1.0
regel:ik-boodschap|afronding-aankondigen|-0.99
regel:ik-boodschap|vervolgafspraak|-1.74
regel:ik-boodschap|bedanken|-1.88
regel:interpreteren|ik-boodschap|-0.93
regel:interpreteren|jij-boodschap|-0.14
regel:interpreteren|parafrase|-1.9
regel:interpreteren|bevelen|-0.97
regel:interpreteren|waarschuwen|-1.0
regel:interpreteren|moraliseren|-1.95
regel:interpreteren|adviseren|-1.0
regel:interpreteren|bekritiseren|-1.06
regel:interpreteren|prijzen|-0.98
regel:interpreteren|interpreteren|13.46
regel:interpreteren|geruststellen|-2.42
regel:interpreteren|afleiden|-1.0
regel:jij-boodschap|ik-boodschap|-0.91
regel:jij-boodschap|jij-boodschap|10.2
regel:jij-boodschap|parafrase|-0.99
regel:jij-boodschap|gevoelsreflectie|-3.69
regel:jij-boodschap|samenvatting|-1.62
regel:jij-boodschap|aanmoediging|-1.0
regel:jij-boodschap|bevelen|-1.0
regel:jij-boodschap|waarschuwen|-0.2
regel:jij-boodschap|moraliseren|-1.03
regel:jij-boodschap|adviseren|-1.01
regel:jij-boodschap|argumenteren|-1.96
regel:jij-boodschap|bekritiseren|2.98
regel:jij-boodschap|prijzen|-1.95
regel:jij-boodschap|etiketteren|1.91
regel:jij-boodschap|interpreteren|-1.0
regel:jij-boodschap|geruststellen|-2.65
regel:jij-boodschap|ondervragen|-0.99
regel:jij-boodschap|afleiden|-1.93
regel:jij-boodschap|afronding-aankondigen|-0.95
regel:moraliseren|ik-boodschap|-1.0
regel:moraliseren|jij-boodschap|-0.16
regel:moraliseren|samenvatting|-1.0
regel:moraliseren|bevelen|-2.81
regel:moraliseren|waarschuwen|-2.59
regel:moraliseren|moraliseren|12.72
regel:moraliseren|adviseren|-2.77
regel:moraliseren|argumenteren|-1.89
regel:moraliseren|bekritiseren|-0.73
regel:moraliseren|etiketteren|-0.98
regel:moraliseren|interpreteren|-2.76
regel:moraliseren|geruststellen|-1.53
regel:moraliseren|ondervragen|-1.0
regel:moraliseren|afleiden|0.95
regel:moraliseren|bedanken|-0.96
regel:ondervragen|ik-boodschap|-0.89
regel:ondervragen|jij-boodschap|-0.99
regel:ondervragen|gevoelsreflectie|0.98
regel:ondervragen|samenvatting|-1.0
regel:ondervragen|open-vraag|-1.94
regel:ondervragen|aanmoediging|-0.93
regel:ondervragen|bevelen|-1.0
regel:ondervragen|waarschuwen|-1.0
regel:ondervragen|adviseren|-1.55
regel:ondervragen|bekritiseren|-0.99
regel:ondervragen|prijzen|-1.0
regel:ondervragen|geruststellen|-0.98
regel:ondervragen|ondervragen|6.88
regel:ondervragen|afleiden|-0.98
regel:ondervragen|vervolgafspraak|-1.0
regel:open-vraag|ik-boodschap|0.26
regel:open-vraag|jij-boodschap|-1.85
regel:open-vraag|parafrase|-1.99
regel:open-vraag|gevoelsreflectie|-1.94
regel:open-vraag|samenvatting|-1.91
regel:open-vraag|open-vraag|16.46
regel:open-vraag|aanmoediging|-0.99
regel:open-vraag|moraliseren|-1.0
regel:open-vraag|adviseren|-1.0
regel:open-vraag|argumenteren|-1.99
regel:open-vraag|bekritiseren|-2.85
regel:open-vraag|etiketteren|-0.94
regel:open-vraag|ondervragen|-1.9
regel:open-vraag|afronding-aankondigen|-1.0
regel:open-vraag|vervolgafspraak|-0.92
regel:open-vraag|bedanken|-0.99
regel:parafrase|ik-boodschap|-2.75
regel:parafrase|parafrase|15.25
regel:parafrase|gevoelsreflectie|-4.38
regel:parafrase|samenvatting|-2.13
regel:parafrase|open-vraag|-2.01
regel:parafrase|aanmoediging|-1.9
regel:parafrase|waarschuwen|-1.85
regel:parafrase|bekritiseren|-2.82
regel:parafrase|prijzen|-0.82
regel:parafrase|interpreteren|-1.11
regel:parafrase|geruststellen|-1.59
regel:parafrase|afleiden|-0.94
regel:parafrase|afronding-aankondigen|-1.0
regel:parafrase|vervolgafspraak|-0.98
regel:prijzen|ik-boodschap|-0.99
regel:prijzen|jij-boodschap|-3.29
regel:prijzen|parafrase|-0.98
regel:prijzen|gevoelsreflectie|-0.82
regel:prijzen|bevelen|-0.98
regel:prijzen|waarschuwen|-0.95
regel:prijzen|moraliseren|-0.95
regel:prijzen|adviseren|-0.98
regel:prijzen|argumenteren|-1.0
regel:prijzen|bekritiseren|-1.37
regel:prijzen|prijzen|10.5
regel:prijzen|etiketteren|-1.96
regel:prijzen|geruststellen|-0.64
regel:prijzen|ondervragen|-0.99
regel:prijzen|afleiden|-0.95
regel:prijzen|vervolgafspraak|-0.95
regel:prijzen|bedanken|-0.99
regel:samenvatting|ik-boodschap|-2.99
regel:samenvatting|jij-boodschap|0.56
regel:samenvatting|parafrase|-3.66
regel:samenvatting|gevoelsreflectie|-2.9
regel:samenvatting|samenvatting|13.24
regel:samenvatting|open-vraag|-3.7
regel:samenvatting|aanmoediging|-0.96
regel:samenvatting|bevelen|-1.93
regel:samenvatting|waarschuwen|-0.99
regel:samenvatting|moraliseren|-0.99
regel:samenvatting|adviseren|-0.99
regel:samenvatting|argumenteren|-1.67
regel:samenvatting|bekritiseren|1.89
regel:samenvatting|interpreteren|-0.85
regel:samenvatting|afronding-aankondigen|-0.84
regel:samenvatting|vervolgafspraak|0.82
regel:vervolgafspraak|ik-boodschap|-1.03
regel:vervolgafspraak|parafrase|-0.96
regel:vervolgafspraak|samenvatting|0.74
regel:vervolgafspraak|open-vraag|-1.0
regel:vervolgafspraak|bevelen|0.93
regel:vervolgafspraak|waarschuwen|-0.93
regel:vervolgafspraak|adviseren|-0.86
regel:vervolgafspraak|bekritiseren|-0.95
regel:vervolgafspraak|geruststellen|-1.0
regel:vervolgafspraak|ondervragen|-1.0
regel:vervolgafspraak|afleiden|-0.97
regel:vervolgafspraak|afronding-aankondigen|-3.75
regel:vervolgafspraak|vervolgafspraak|11.48
regel:vervolgafspraak|bedanken|-1.82
regel:waarschuwen|ik-boodschap|-0.99
regel:waarschuwen|jij-boodschap|0.87
regel:waarschuwen|parafrase|-1.0
regel:waarschuwen|gevoelsreflectie|-1.0
regel:waarschuwen|bevelen|-0.87
regel:waarschuwen|waarschuwen|14.06
regel:waarschuwen|moraliseren|-0.99
regel:waarschuwen|adviseren|-1.96
regel:waarschuwen|argumenteren|-1.97
regel:waarschuwen|prijzen|-2.7
regel:waarschuwen|interpreteren|-0.99
regel:waarschuwen|geruststellen|-2.64
regel:waarschuwen|afleiden|-1.95
vraag|ik-boodschap|-0.62
vraag|jij-boodschap|0.91
vraag|parafrase|-1.03
vraag|gevoelsreflectie|-2.03
vraag|samenvatting|-2.79
vraag|open-vraag|3.99
vraag|aanmoediging|-1.08
vraag|bevelen|-1.03
vraag|waarschuwen|-1.0
vraag|moraliseren|-1.96
vraag|adviseren|-0.94
vraag|argumenteren|-1.99
vraag|bekritiseren|-2.07
vraag|prijzen|-2.0
vraag|etiketteren|-0.94
vraag|interpreteren|-1.0
vraag|geruststellen|-0.99
vraag|ondervragen|-1.06
vraag|afleiden|0.99
vraag|afronding-aankondigen|-1.96
vraag|bedanken|-2.87
w:'niet|parafrase|-1.0
w:'niet|bekritiseren|-1.0
w:'niet|ondervragen|-1.0
w:'ouwe'|ik-boodschap|0.99
w:'s|jij-boodschap|0.87
w:'s|open-vraag|-0.96
w:'s|adviseren|1.25
w:'s|afleiden|-0.94
w:0|argumenteren|1.0
w:1|waarschuwen|1.0
w:1|adviseren|-1.0
w:1|argumenteren|0.78
w:14|samenvatting|0.94
w:14|vervolgafspraak|1.8
w:2|jij-boodschap|-0.88
w:2|bekritiseren|-0.95
w:2b|jij-boodschap|-0.93
w:3|moraliseren|-0.72
w:3|argumenteren|0.9
w:3|geruststellen|-1.0
w:4|jij-boodschap|-0.88
w:4|argumenteren|2.17
w:4|bekritiseren|-0.95
w:4|afleiden|-0.94
w:5|jij-boodschap|-0.88
w:5|moraliseren|-0.72
w:5|argumenteren|1.14
w:5|bekritiseren|-0.95
w:6|moraliseren|-0.72
w:6|argumenteren|0.94
w:7|waarschuwen|-0.98
w:7|argumenteren|-0.92
w:7|prijzen|0.98
w:8|argumenteren|1.97
w:8|geruststellen|-1.0
w:8|afleiden|0.95
w:9|jij-boodschap|-0.88
w:9|bekritiseren|-0.95
w:?|ik-boodschap|-2.46
w:?|jij-boodschap|-2.08
w:?|parafrase|-1.03
w:?|samenvatting|-2.79
w:?|open-vraag|-0.85
w:?|aanmoediging|-1.95
w:?|bevelen|-1.03
w:?|waarschuwen|-1.0
w:?|moraliseren|-1.01
w:?|adviseren|-1.59
w:?|argumenteren|-1.99
w:?|bekritiseren|-2.45
w:?|etiketteren|-0.94
w:?|interpreteren|-1.0
w:?|geruststellen|-1.96
w:?|ondervragen|4.88
w:?|afleiden|-0.98
w:?|afronding-aankondigen|-1.96
w:?|bedanken|-1.99
w:aan|ik-boodschap|0.99
w:aan|parafrase|0.96
w:aan|open-vraag|1.01
w:aan|bevelen|2.0
w:aan|waarschuwen|1.02
w:aan|moraliseren|-1.77
w:aan|adviseren|0.93
w:aan|argumenteren|1.92
w:aan|bekritiseren|1.11
w:aan|prijzen|-0.98
w:aan|interpreteren|0.16
w:aan|geruststellen|-1.25
w:aan|afleiden|-0.9
w:aan|afronding-aankondigen|0.99
w:aan|vervolgafspraak|1.8
w:aan|bedanken|-0.98
w:aanbieden|bevelen|0.95
w:aandacht|parafrase|-1.0
w:aandacht|waarschuwen|-1.0
w:aandacht|adviseren|-1.0
w:aandacht|bekritiseren|-1.0
w:aandacht|interpreteren|1.0
w:aangekondigd|ik-boodschap|-0.75
w:aangekondigd|parafrase|1.0
w:aangekondigd|argumenteren|0.99
w:aangepakt|jij-boodschap|-0.93
w:aangetroffen|waarschuwen|-0.97
w:aangrijpt|bedanken|-0.96
w:aanpak|prijzen|0.96
w:aanpakken|ik-boodschap|-0.85
w:aanpakken|parafrase|-0.93
w:aanpakken|samenvatting|0.88
w:aanpakken|open-vraag|0.91
w:aansluiting|jij-boodschap|-1.0
w:aansluiting|waarschuwen|-1.62
w:aansluiting|bekritiseren|-0.99
w:aansluiting|etiketteren|-1.0
w:aantekeningen|vervolgafspraak|-0.96
w:aantrekt|samenvatting|-0.97
w:aantrekt|bekritiseren|0.99
w:aanvraag|open-vraag|-0.9
w:aardrijkskunde|ik-boodschap|0.98
w:aardrijkskunde|jij-boodschap|-0.98
w:aardrijkskunde|bevelen|-0.95
w:aardrijkskunde|bekritiseren|-0.98
w:absenties|samenvatting|-0.99
w:absenties|afleiden|-0.99
w:absenties|afronding-aankondigen|-1.0
w:accepteren|interpreteren|1.0
w:accepteren|bedanken|-0.99
w:account|open-vraag|-0.98
w:account|afleiden|-0.98
w:ach|bevelen|-1.0
w:ach|waarschuwen|-0.99
w:ach|moraliseren|-0.98
w:ach|bekritiseren|-0.95
w:ach|prijzen|-1.88
w:ach|geruststellen|-1.83
w:ach|afleiden|3.77
w:acht|bevelen|0.86
w:achter|waarschuwen|-0.71
w:achter|bekritiseren|0.9
w:achter|vervolgafspraak|-0.91
w:achteraf|afronding-aankondigen|-1.0
w:achterin|vervolgafspraak|-0.96
w:achterloopt|moraliseren|-0.9
w:achterloopt|bekritiseren|0.89
w:achterloopt|vervolgafspraak|0.96
w:administratie|ik-boodschap|0.93
w:administratie|waarschuwen|-0.83
w:advies|etiketteren|-1.0
w:advocaat|bekritiseren|-0.92
w:advocaat|etiketteren|0.92
w:af|ik-boodschap|-1.89
w:af|jij-boodschap|-1.0
w:af|gevoelsreflectie|-1.0
w:af|samenvatting|-0.23
w:af|bevelen|1.0
w:af|waarschuwen|0.98
w:af|moraliseren|-0.95
w:af|bekritiseren|-0.95
w:af|etiketteren|-1.0
w:af|interpreteren|-1.0
w:af|geruststellen|-0.96
w:af|afronding-aankondigen|2.47
w:af|vervolgafspraak|-0.12
w:af|bedanken|0.99
w:afdelingsleider|prijzen|-0.82
w:afgaat|open-vraag|-0.96
w:afgelopen|ik-boodschap|1.82
w:afgelopen|jij-boodschap|-0.98
w:afgelopen|open-vraag|-0.81
w:afgelopen|argumenteren|-0.84
w:afgelopen|bekritiseren|-0.98
w:afgerond|argumenteren|0.89
w:afheeft|open-vraag|0.96
w:afleiding|adviseren|0.99
w:aflopen|waarschuwen|0.94
w:afmaken|ik-boodschap|-0.96
w:afmaken|bevelen|0.9
w:afronden|ik-boodschap|0.96
w:afronden|gevoelsreflectie|-1.0
w:afronden|samenvatting|-0.16
w:afronden|bevelen|-1.0
w:afronden|moraliseren|-0.72
w:afronden|geruststellen|-1.0
w:afronden|afleiden|-1.92
w:afronden|afronding-aankondigen|1.98
w:afronden|bedanken|0.93
w:afsluiten|samenvatting|0.98
w:afsluiten|adviseren|-0.99
w:afsluiten|afronding-aankondigen|1.84
w:afsluiten|vervolgafspraak|-1.94
w:afsluiten|bedanken|-1.96
w:afspraak|ik-boodschap|0.98
w:afspraak|jij-boodschap|0.98
w:afspraak|samenvatting|0.94
w:afspraak|argumenteren|-0.9
w:afspraak|afronding-aankondigen|0.81
w:afspraak|vervolgafspraak|-0.89
w:afspraak|bedanken|0.88
w:afspraken|ik-boodschap|-1.0
w:afspraken|jij-boodschap|1.83
w:afspraken|samenvatting|-0.65
w:afspraken|bevelen|0.92
w:afspraken|bekritiseren|0.98
w:afspraken|afronding-aankondigen|0.23
w:afspraken|vervolgafspraak|1.0
w:afspraken|bedanken|-0.88
w:afspreekt|adviseren|0.68
w:afspreken|ik-boodschap|1.72
w:afspreken|jij-boodschap|0.94
w:afspreken|samenvatting|0.78
w:afspreken|waarschuwen|-1.0
w:afspreken|adviseren|1.76
w:afspreken|afronding-aankondigen|-0.99
w:afspreken|vervolgafspraak|0.14
w:afspreken|bedanken|-0.99
w:afweten|waarschuwen|-0.99
w:afwezig|ik-boodschap|0.93
w:afwezig|jij-boodschap|-0.85
w:afwezig|bevelen|-1.0
w:afwezig|waarschuwen|-0.83
w:afwijken|prijzen|0.96
w:afzet|bevelen|0.95
w:agenda|moraliseren|0.99
w:agenda|adviseren|1.84
w:akkoord|gevoelsreflectie|-0.82
w:akkoord|moraliseren|-0.94
w:akkoord|prijzen|1.0
w:al|ik-boodschap|-0.93
w:al|jij-boodschap|0.99
w:al|samenvatting|-0.98
w:al|aanmoediging|0.98
w:al|waarschuwen|-0.83
w:al|moraliseren|-0.99
w:al|adviseren|0.93
w:al|argumenteren|2.71
w:al|bekritiseren|1.02
w:al|ondervragen|-0.99
w:al|afleiden|0.99
w:al|afronding-aankondigen|0.98
w:al|vervolgafspraak|-0.67
w:alle|jij-boodschap|0.98
w:alle|samenvatting|-0.65
w:alle|aanmoediging|0.76
w:alle|bekritiseren|0.98
w:allebei|parafrase|-0.97
w:allebei|samenvatting|1.97
w:allebei|open-vraag|-0.97
w:allebei|bevelen|-1.0
w:allebei|afronding-aankondigen|1.0
w:allebei|vervolgafspraak|0.84
w:allebei|bedanken|-1.0
w:alleen|ik-boodschap|-0.18
w:alleen|parafrase|-0.9
w:alleen|gevoelsreflectie|-0.19
w:alleen|samenvatting|0.97
w:alleen|bekritiseren|-1.9
w:alleen|interpreteren|0.13
w:alleen|geruststellen|-1.56
w:allemaal|ik-boodschap|0.89
w:allemaal|bevelen|-1.0
w:allemaal|bekritiseren|-0.99
w:allemaal|geruststellen|1.91
w:alles|ik-boodschap|0.7
w:alles|jij-boodschap|1.0
w:alles|gevoelsreflectie|-0.83
w:alles|samenvatting|0.24
w:alles|open-vraag|-1.9
w:alles|aanmoediging|-0.96
w:alles|adviseren|-0.83
w:alles|bekritiseren|0.94
w:alles|etiketteren|1.0
w:alles|ondervragen|-0.89
w:alles|afleiden|-0.95
w:alles|vervolgafspraak|-1.91
w:als|ik-boodschap|2.0
w:als|jij-boodschap|-0.99
w:als|parafrase|0.95
w:als|gevoelsreflectie|0.89
w:als|samenvatting|-0.62
w:als|open-vraag|-1.77
w:als|aanmoediging|-1.91
w:als|waarschuwen|1.13
w:als|moraliseren|1.75
w:als|argumenteren|-1.13
w:als|bekritiseren|-1.61
w:als|prijzen|1.96
w:als|interpreteren|-1.0
w:als|ondervragen|-1.08
w:als|afleiden|-0.95
w:als|afronding-aankondigen|-1.99
w:als|vervolgafspraak|-1.02
w:als|bedanken|-0.99
w:alsof|jij-boodschap|0.15
w:alsof|parafrase|-0.95
w:alsof|gevoelsreflectie|2.66
w:alsof|samenvatting|-0.94
w:alsof|bekritiseren|0.9
w:alsof|geruststellen|-0.67
w:alsof|ondervragen|-0.89
w:alstublieft|argumenteren|-0.99
w:altijd|gevoelsreflectie|-0.82
w:altijd|waarschuwen|-0.95
w:altijd|moraliseren|-0.98
w:altijd|argumenteren|-0.94
w:altijd|bekritiseren|-0.37
w:altijd|prijzen|0.98
w:altijd|etiketteren|-0.87
w:altijd|interpreteren|-1.0
w:altijd|ondervragen|-0.99
w:altijd|bedanken|-0.99
w:amira|ik-boodschap|0.94
w:amira|gevoelsreflectie|-0.94
w:ander|bevelen|-0.98
w:ander|argumenteren|-0.98
w:ander|afleiden|0.9
w:andere|jij-boodschap|-0.83
w:andere|parafrase|3.76
w:andere|gevoelsreflectie|-0.84
w:andere|samenvatting|-0.98
w:andere|aanmoediging|-0.98
w:andere|waarschuwen|-1.0
w:andere|prijzen|-1.94
w:andere|interpreteren|0.98
w:andere|geruststellen|-0.62
w:anderen|ik-boodschap|2.65
w:anderen|gevoelsreflectie|-0.83
w:anderen|samenvatting|-0.7
w:anderen|open-vraag|-0.94
w:anderen|waarschuwen|-0.98
w:anders|jij-boodschap|-0.63
w:anders|aanmoediging|-0.95
w:anders|waarschuwen|1.78
w:anders|adviseren|0.99
w:anders|afleiden|0.96
w:andersom|jij-boodschap|1.67
w:andersom|bekritiseren|0.96
w:antwoord|ik-boodschap|0.98
w:antwoord|argumenteren|-0.9
w:antwoord|vervolgafspraak|-0.9
w:antwoorden|jij-boodschap|0.44
w:apart|ik-boodschap|0.7
w:apart|gevoelsreflectie|-0.83
w:apart|samenvatting|-0.7
w:apart|open-vraag|-0.94
w:app|parafrase|0.99
w:app|vervolgafspraak|0.93
w:avond|bevelen|-0.94
w:avond|adviseren|1.98
w:avond|afleiden|-0.95
w:avonds|parafrase|0.98
w:avonds|open-vraag|-0.96
w:avonds|adviseren|1.95
w:avonds|afleiden|-0.94
w:ayoub|samenvatting|0.69
w:ayoub|vervolgafspraak|-0.96
w:baalt|ik-boodschap|-0.56
w:baalt|gevoelsreflectie|0.66
w:baalt|afleiden|0.94
w:baan|afleiden|0.99
w:baart|bekritiseren|-0.99
w:baby|afleiden|-0.95
w:babyachtig|etiketteren|0.93
w:bak|bevelen|1.0
w:bak|waarschuwen|-1.0
w:bak|afleiden|-1.0
w:balen|gevoelsreflectie|-0.74
w:bang|parafrase|-0.9
w:bang|gevoelsreflectie|0.92
w:bang|samenvatting|0.94
w:bang|adviseren|-0.97
w:bang|interpreteren|1.97
w:bang|geruststellen|-0.16
w:bas|ik-boodschap|0.93
w:basisschool|open-vraag|0.73
w:bed|open-vraag|-0.96
w:bed|bevelen|-0.86
w:bed|bekritiseren|0.61
w:bedankt|parafrase|-0.99
w:bedankt|gevoelsreflectie|-0.77
w:bedankt|samenvatting|0.57
w:bedankt|bekritiseren|1.2
w:bedankt|vervolgafspraak|-0.9
w:bedoelt|parafrase|1.79
w:bedoelt|gevoelsreflectie|-0.99
w:bedoelt|samenvatting|-0.94
w:bedoelt|bekritiseren|-1.92
w:bedoelt|ondervragen|-1.0
w:bedtijd|samenvatting|0.78
w:bedtijd|vervolgafspraak|0.99
w:beetje|ik-boodschap|-0.41
w:beetje|gevoelsreflectie|1.87
w:beetje|interpreteren|0.92
w:beetje|geruststellen|0.9
w:begeleiden|aanmoediging|-0.95
w:begeleiden|waarschuwen|0.95
w:begeleider|afronding-aankondigen|-0.9
w:beginnen|afleiden|-0.95
w:begint|jij-boodschap|1.68
w:begint|bekritiseren|0.89
w:begint|etiketteren|-0.87
w:begint|interpreteren|0.85
w:begint|vervolgafspraak|-0.91
w:begon|argumenteren|-0.96
w:begon|afronding-aankondigen|-1.0
w:begonnen|open-vraag|-0.97
w:begrijp|ik-boodschap|-2.72
w:begrijp|parafrase|1.92
w:begrijp|gevoelsreflectie|-0.96
w:begrijp|samenvatting|-0.95
w:begrijp|open-vraag|0.94
w:begrijp|waarschuwen|-0.85
w:begrijp|argumenteren|0.94
w:begrijp|bekritiseren|0.76
w:begrijp|prijzen|-0.82
w:begrijp|geruststellen|0.41
w:begrijp|vervolgafspraak|-0.95
w:begrijpen|argumenteren|0.97
w:begrijpen|geruststellen|-0.92
w:begripvol|bedanken|-0.99
w:behandeld|gevoelsreflectie|0.72
w:behulpzaam|jij-boodschap|-0.92
w:behulpzaam|bekritiseren|1.36
w:behulpzaam|vervolgafspraak|-0.95
w:behulpzaam|bedanken|-1.76
w:bel|samenvatting|-0.78
w:bel|open-vraag|-1.0
w:bel|waarschuwen|1.52
w:bel|moraliseren|-0.95
w:bel|geruststellen|-1.0
w:bel|ondervragen|-1.0
w:bel|vervolgafspraak|2.74
w:beleid|etiketteren|-0.94
w:bellen|gevoelsreflectie|0.17
w:bellen|moraliseren|-0.98
w:bellen|bekritiseren|-1.96
w:bellen|prijzen|-0.98
w:bellen|vervolgafspraak|0.9
w:bellen|bedanken|-0.89
w:beloningssysteem|interpreteren|-1.0
w:beloningssysteem|ondervragen|-0.98
w:belt|jij-boodschap|0.99
w:belt|samenvatting|0.83
w:belt|bevelen|0.93
w:belt|ondervragen|-0.99
w:belt|vervolgafspraak|0.91
w:belt|bedanken|0.9
w:bemoeien|bevelen|0.81
w:bemoeit|jij-boodschap|0.96
w:bemoeit|gevoelsreflectie|-0.96
w:bemoeit|bekritiseren|0.76
w:ben|ik-boodschap|1.88
w:ben|parafrase|1.0
w:ben|gevoelsreflectie|-1.0
w:ben|samenvatting|-1.85
w:ben|open-vraag|-0.24
w:ben|aanmoediging|0.98
w:ben|bekritiseren|-1.49
w:ben|geruststellen|0.69
w:ben|bedanken|0.8
w:beneden|parafrase|0.98
w:beneden|adviseren|0.96
w:benieuwd|open-vraag|0.75
w:bent|ik-boodschap|-2.6
w:bent|jij-boodschap|-0.51
w:bent|parafrase|-0.89
w:bent|gevoelsreflectie|1.09
w:bent|samenvatting|0.94
w:bent|open-vraag|-0.15
w:bent|aanmoediging|-0.99
w:bent|bevelen|-1.91
w:bent|moraliseren|-0.95
w:bent|adviseren|-1.71
w:bent|bekritiseren|-2.47
w:bent|prijzen|1.73
w:bent|etiketteren|2.0
w:bent|interpreteren|0.14
w:bent|geruststellen|1.48
w:bent|ondervragen|1.87
w:bent|afronding-aankondigen|-0.97
w:bent|bedanken|-0.14
w:bereikbaar|bekritiseren|0.32
w:bereiken|open-vraag|0.88
w:bericht|jij-boodschap|0.91
w:bericht|argumenteren|0.97
w:bericht|bekritiseren|0.91
w:bericht|vervolgafspraak|-1.0
w:berichten|jij-boodschap|1.53
w:berichten|bevelen|-0.99
w:berichten|bekritiseren|1.53
w:beschermt|bekritiseren|-0.79
w:beschermt|interpreteren|0.95
w:beslissing|jij-boodschap|-0.99
w:beslissing|adviseren|-0.99
w:besloten|adviseren|-0.99
w:bespreken|ik-boodschap|0.93
w:bespreken|samenvatting|0.94
w:bespreken|waarschuwen|-0.93
w:bespreken|afronding-aankondigen|-0.97
w:besproken|ik-boodschap|-0.99
w:besproken|samenvatting|0.99
w:besproken|open-vraag|-0.82
w:best|jij-boodschap|-1.55
w:best|aanmoediging|-1.0
w:best|bevelen|-0.98
w:best|moraliseren|0.94
w:best|bekritiseren|-2.8
w:best|prijzen|0.83
w:beste|moraliseren|0.95
w:beste|adviseren|-0.13
w:beste|prijzen|2.9
w:beste|geruststellen|0.76
w:beter|parafrase|0.99
w:beter|gevoelsreflectie|-0.99
w:beter|samenvatting|0.95
w:beter|bevelen|0.94
w:beter|adviseren|-0.99
w:beter|etiketteren|-0.1
w:betrokken|parafrase|-0.98
w:betrokken|adviseren|0.84
w:betrokken|bekritiseren|-1.0
w:betrokken|prijzen|0.96
w:betrokken|etiketteren|-0.96
w:betrokken|interpreteren|-0.9
w:bevalt|open-vraag|-1.67
w:bevalt|afleiden|1.98
w:bevorderen|adviseren|-0.96
w:bevorderen|argumenteren|0.96
w:bewezen|argumenteren|1.0
w:bezig|bekritiseren|0.92
w:bezig|interpreteren|0.9
w:bezorgd|ik-boodschap|1.91
w:bezorgd|jij-boodschap|-0.92
w:bezorgd|samenvatting|-0.91
w:bezorgd|bekritiseren|-0.92
w:beëindig|afronding-aankondigen|0.93
w:beëindigen|vervolgafspraak|0.84
w:beëindigen|bedanken|-0.88
w:bieden|prijzen|-0.98
w:biedt|bevelen|0.97
w:biedt|waarschuwen|-0.8
w:bij|ik-boodschap|-0.1
w:bij|jij-boodschap|-1.47
w:bij|parafrase|1.0
w:bij|gevoelsreflectie|-1.88
w:bij|samenvatting|-0.85
w:bij|open-vraag|-1.02
w:bij|aanmoediging|-0.96
w:bij|bevelen|0.86
w:bij|waarschuwen|-1.75
w:bij|moraliseren|-0.84
w:bij|argumenteren|-1.07
w:bij|bekritiseren|-0.99
w:bij|etiketteren|-1.0
w:bij|interpreteren|-2.01
w:bij|geruststellen|-0.4
w:bij|ondervragen|-1.0
w:bij|afleiden|-1.74
w:bij|vervolgafspraak|3.65
w:bij|bedanken|1.78
w:bijhoudt|ik-boodschap|-0.92
w:bijhoudt|samenvatting|0.92
w:bijhoudt|adviseren|-0.83
w:bijhoudt|afleiden|-0.95
w:bijles|ik-boodschap|-0.99
w:bijles|samenvatting|2.8
w:bijles|open-vraag|-1.0
w:bijles|bevelen|1.66
w:bijles|adviseren|0.93
w:bijles|prijzen|0.98
w:bijles|etiketteren|-0.9
w:bijles|geruststellen|-0.86
w:bijles|afronding-aankondigen|-0.72
w:bijles|vervolgafspraak|1.69
w:bijles|bedanken|0.9
w:bijna|ik-boodschap|0.99
w:bijna|moraliseren|-0.82
w:bijna|vervolgafspraak|-0.83
w:bijwerkt|ik-boodschap|0.93
w:bijwerkt|waarschuwen|-0.93
w:bijwerkt|vervolgafspraak|-0.93
w:binnengekregen|bekritiseren|-0.93
w:binnenkwam|ik-boodschap|1.91
w:binnenkwam|open-vraag|0.91
w:binnenkwam|bevelen|-0.94
w:binnenkwam|moraliseren|-1.0
w:binnenkwam|adviseren|-1.0
w:binnenkwam|prijzen|-1.0
w:binnenkwam|bedanken|-1.0
w:biologie|argumenteren|-0.86
w:biologie|bekritiseren|-0.93
w:blaadjes|vervolgafspraak|-0.96
w:blauw|ik-boodschap|0.91
w:blauw|open-vraag|0.91
w:blij|ik-boodschap|0.95
w:blijft|parafrase|-0.9
w:blijft|gevoelsreflectie|0.92
w:blijft|samenvatting|0.95
w:blijft|open-vraag|-0.96
w:blijft|waarschuwen|1.97
w:blijft|adviseren|-0.96
w:blijft|geruststellen|0.77
w:blijft|afleiden|-0.95
w:blijkbaar|bekritiseren|0.94
w:blijkbaar|etiketteren|1.81
w:blijkt|argumenteren|1.81
w:blijkt|interpreteren|-1.0
w:blijven|ik-boodschap|0.98
w:blijven|bekritiseren|-1.0
w:bo|bekritiseren|-0.43
w:boeken|samenvatting|-1.0
w:boeken|moraliseren|-0.96
w:boer|gevoelsreflectie|0.72
w:boos|gevoelsreflectie|1.68
w:boos|open-vraag|-1.0
w:boos|geruststellen|-1.81
w:boos|afleiden|0.94
w:boos|afronding-aankondigen|1.0
w:bovenbouw|waarschuwen|-0.62
w:boze|bekritiseren|-0.43
w:bram|ik-boodschap|-0.53
w:bram|jij-boodschap|0.45
w:bram|gevoelsreflectie|-1.0
w:bram|moraliseren|-1.78
w:bram|bekritiseren|-1.92
w:bram|etiketteren|-0.93
w:breek|afronding-aankondigen|0.81
w:brengen|argumenteren|-0.84
w:brief|ik-boodschap|-2.75
w:brief|parafrase|0.95
w:broer|bevelen|0.99
w:brugklas|afleiden|1.0
w:brugklas|vervolgafspraak|-0.95
w:brugklassers|geruststellen|0.57
w:brutaal|etiketteren|-0.78
w:buikpijn|interpreteren|0.99
w:buikpijn|afleiden|-0.99
w:buiten|ik-boodschap|0.89
w:buiten|aanmoediging|-0.95
w:buiten|waarschuwen|0.95
w:buiten|adviseren|0.72
w:buitengesloten|samenvatting|-0.73
w:buitengesloten|bekritiseren|-0.92
w:buitensluiten|parafrase|0.99
w:bus|ondervragen|-0.94
w:buurman|open-vraag|-0.97
w:buurman|vervolgafspraak|-0.96
w:capuchon|moraliseren|-0.94
w:chagrijn|etiketteren|1.82
w:chagrijn|geruststellen|-0.59
w:checken|parafrase|0.86
w:cijfer|parafrase|0.93
w:cijfer|samenvatting|-0.95
w:cijfer|argumenteren|0.93
w:cijfer|bekritiseren|-0.93
w:cijfer|geruststellen|0.56
w:cijfer|afleiden|-1.94
w:cijfers|ik-boodschap|-1.77
w:cijfers|gevoelsreflectie|-0.81
w:cijfers|samenvatting|2.64
w:cijfers|open-vraag|0.9
w:cijfers|adviseren|-0.99
w:cijfers|argumenteren|0.82
w:cijfers|bekritiseren|-0.83
w:cijfers|interpreteren|1.0
w:cijfers|afronding-aankondigen|0.87
w:cijfers|vervolgafspraak|-0.99
w:cijfers|bedanken|-0.89
w:clown|jij-boodschap|0.14
w:clown|etiketteren|0.8
w:collega|vervolgafspraak|0.94
w:communicatie|parafrase|0.99
w:communicatie|gevoelsreflectie|-0.99
w:communicatie|afleiden|-0.94
w:concentratie|samenvatting|0.95
w:concentratie|waarschuwen|-0.98
w:concentratie|argumenteren|0.81
w:concentratie|bekritiseren|-0.99
w:concentratie|vervolgafspraak|-0.95
w:conciërge|ik-boodschap|1.0
w:conciërge|open-vraag|-1.0
w:conciërge|aanmoediging|-0.95
w:conciërge|bevelen|-0.93
w:conciërge|waarschuwen|0.95
w:consequent|etiketteren|-0.9
w:contact|parafrase|0.83
w:contact|gevoelsreflectie|-0.81
w:contact|samenvatting|0.99
w:contact|open-vraag|-0.98
w:contact|aanmoediging|-1.95
w:contact|adviseren|1.0
w:contact|bekritiseren|-0.5
w:contact|afleiden|-0.98
w:contact|vervolgafspraak|-0.96
w:contacten|open-vraag|0.99
w:controleert|jij-boodschap|-0.99
w:controleert|open-vraag|-0.96
w:controleert|adviseren|0.97
w:controleert|ondervragen|0.99
w:controleert|vervolgafspraak|0.78
w:controleren|adviseren|-0.83
w:controleren|bekritiseren|-0.97
w:controleren|afleiden|-0.95
w:curlingouders|bekritiseren|-0.96
w:daan|parafrase|0.99
w:daan|gevoelsreflectie|0.99
w:daan|bevelen|0.94
w:daan|moraliseren|-0.94
w:daan|adviseren|-0.99
w:daan|argumenteren|-0.67
w:daan|geruststellen|0.94
w:daan|vervolgafspraak|0.9
w:daar|gevoelsreflectie|1.0
w:daar|open-vraag|-0.8
w:daar|aanmoediging|-0.9
w:daar|adviseren|-0.76
w:daar|etiketteren|0.11
w:daar|interpreteren|-0.91
w:daar|geruststellen|-2.01
w:daar|afleiden|1.94
w:daar|afronding-aankondigen|-0.98
w:daar|vervolgafspraak|-0.96
w:daardoor|ik-boodschap|0.7
w:daardoor|gevoelsreflectie|-0.83
w:daardoor|samenvatting|-0.13
w:daardoor|open-vraag|-0.12
w:daarmee|samenvatting|0.98
w:daarmee|afronding-aankondigen|0.89
w:daarna|parafrase|-1.0
w:daarna|aanmoediging|-0.93
w:daarna|adviseren|-0.86
w:daarom|ik-boodschap|-0.93
w:daarom|jij-boodschap|-1.0
w:daarom|parafrase|1.0
w:daarom|samenvatting|-0.87
w:daarom|moraliseren|-1.0
w:daarom|adviseren|0.99
w:daarom|interpreteren|0.97
w:daarover|open-vraag|-0.97
w:daartegenaan|jij-boodschap|-0.97
w:daartegenaan|open-vraag|0.93
w:daartegenaan|bekritiseren|-0.97
w:daarvan|ik-boodschap|0.91
w:daarvan|afleiden|-0.98
w:daden|moraliseren|0.94
w:dag|jij-boodschap|-0.99
w:dag|bevelen|0.96
w:dag|waarschuwen|0.16
w:dag|adviseren|-0.71
w:dag|argumenteren|0.81
w:dag|geruststellen|-0.98
w:dag|ondervragen|0.99
w:dagen|ik-boodschap|-0.95
w:dagen|jij-boodschap|0.95
w:dagen|vervolgafspraak|-1.0
w:dalen|gevoelsreflectie|-0.81
w:dan|ik-boodschap|2.54
w:dan|jij-boodschap|-0.76
w:dan|parafrase|1.97
w:dan|gevoelsreflectie|-0.82
w:dan|samenvatting|-2.22
w:dan|open-vraag|-0.96
w:dan|moraliseren|0.98
w:dan|adviseren|-0.83
w:dan|argumenteren|-0.9
w:dan|prijzen|1.96
w:dan|etiketteren|0.9
w:dan|interpreteren|0.99
w:dan|geruststellen|-0.93
w:dan|ondervragen|0.99
w:dan|afleiden|-0.95
w:dan|afronding-aankondigen|-0.81
w:dan|vervolgafspraak|-0.87
w:dan|bedanken|-0.9
w:dank|ik-boodschap|-1.0
w:dank|jij-boodschap|-0.97
w:dank|gevoelsreflectie|0.77
w:dank|samenvatting|-0.91
w:dank|open-vraag|-1.0
w:dank|waarschuwen|-0.96
w:dank|moraliseren|-0.69
w:dank|bekritiseren|-0.19
w:dank|prijzen|-0.98
w:dank|interpreteren|-0.9
w:dank|afronding-aankondigen|-0.86
w:dank|vervolgafspraak|-0.1
w:dank|bedanken|4.82
w:dankbaar|bedanken|0.8
w:dankjewel|afronding-aankondigen|-0.93
w:dankjewel|bedanken|1.98
w:dat|ik-boodschap|0.35
w:dat|jij-boodschap|-0.75
w:dat|parafrase|0.78
w:dat|gevoelsreflectie|1.24
w:dat|samenvatting|-2.41
w:dat|open-vraag|-1.07
w:dat|aanmoediging|-2.96
w:dat|bevelen|-0.19
w:dat|waarschuwen|-0.15
w:dat|moraliseren|-1.51
w:dat|adviseren|-2.68
w:dat|argumenteren|0.8
w:dat|bekritiseren|0.52
w:dat|etiketteren|-1.0
w:dat|geruststellen|-1.22
w:dat|afleiden|0.14
w:dat|afronding-aankondigen|-3.9
w:dat|vervolgafspraak|-3.21
w:dat|bedanken|0.83
w:datum|afronding-aankondigen|-0.76
w:datum|vervolgafspraak|0.99
w:de|ik-boodschap|1.72
w:de|jij-boodschap|-2.0
w:de|parafrase|-0.84
w:de|gevoelsreflectie|-1.75
w:de|samenvatting|1.32
w:de|open-vraag|0.85
w:de|aanmoediging|-0.95
w:de|bevelen|-1.03
w:de|waarschuwen|-1.49
w:de|moraliseren|-2.19
w:de|adviseren|-1.93
w:de|argumenteren|-0.36
w:de|bekritiseren|-2.53
w:de|prijzen|-2.56
w:de|etiketteren|-0.18
w:de|interpreteren|-0.15
w:de|geruststellen|-0.67
w:de|ondervragen|-1.98
w:de|afleiden|-1.76
w:de|afronding-aankondigen|-4.32
w:de|vervolgafspraak|-0.91
w:de|bedanken|-0.12
w:deadline|ik-boodschap|0.97
w:deadline|argumenteren|0.71
w:debatclub|ik-boodschap|0.88
w:degene|jij-boodschap|1.67
w:degene|bekritiseren|0.96
w:degene|etiketteren|-0.87
w:delen|open-vraag|0.97
w:denk|ik-boodschap|-1.93
w:denk|jij-boodschap|0.94
w:denk|parafrase|-0.98
w:denk|samenvatting|0.98
w:denk|bekritiseren|0.37
w:denk|interpreteren|1.8
w:denk|afronding-aankondigen|0.99
w:denk|vervolgafspraak|-0.97
w:denken|prijzen|0.98
w:denkt|samenvatting|-0.98
w:denkt|bekritiseren|2.74
w:denkt|geruststellen|1.03
w:denkt|ondervragen|-0.99
w:derde|ik-boodschap|-0.88
w:deur|ik-boodschap|0.87
w:deur|parafrase|-1.0
w:deur|gevoelsreflectie|-0.84
w:deur|samenvatting|-0.97
w:deze|ik-boodschap|-0.98
w:deze|jij-boodschap|-0.97
w:deze|parafrase|1.0
w:deze|gevoelsreflectie|-2.48
w:deze|samenvatting|-0.97
w:deze|argumenteren|-0.86
w:deze|bekritiseren|-1.87
w:deze|etiketteren|-0.92
w:deze|geruststellen|0.66
w:deze|vervolgafspraak|-0.68
w:dezelfde|argumenteren|-0.97
w:dicht|adviseren|0.68
w:dichtklapt|parafrase|0.99
w:dichtsloeg|ik-boodschap|-0.97
w:dichtsloeg|samenvatting|-0.97
w:dichtsmeet|ik-boodschap|1.84
w:dichtsmeet|parafrase|-1.0
w:dichtsmeet|gevoelsreflectie|-0.84
w:die|ik-boodschap|0.92
w:die|gevoelsreflectie|-0.71
w:die|samenvatting|-0.87
w:die|open-vraag|0.99
w:die|bevelen|0.91
w:die|adviseren|0.99
w:die|prijzen|-0.94
w:die|etiketteren|0.14
w:die|interpreteren|0.99
w:die|geruststellen|-0.1
w:die|vervolgafspraak|-0.98
w:die|bedanken|-1.0
w:dient|jij-boodschap|-1.0
w:dient|bevelen|1.92
w:dient|moraliseren|-1.0
w:dient|etiketteren|-1.0
w:dient|interpreteren|-1.0
w:dingen|ik-boodschap|-0.99
w:dingen|samenvatting|0.99
w:dingen|afronding-aankondigen|-0.89
w:dingen|vervolgafspraak|-0.9
w:dinsdag|parafrase|-0.96
w:dinsdag|samenvatting|-0.21
w:dinsdag|afronding-aankondigen|0.68
w:dinsdag|vervolgafspraak|0.96
w:dinsdag|bedanken|-0.99
w:dipje|geruststellen|0.96
w:diploma|jij-boodschap|-0.99
w:diploma|waarschuwen|0.79
w:diploma|geruststellen|0.23
w:directie|waarschuwen|0.76
w:discussie|bevelen|0.99
w:dit|ik-boodschap|-1.87
w:dit|jij-boodschap|-1.53
w:dit|parafrase|-0.98
w:dit|gevoelsreflectie|0.77
w:dit|waarschuwen|1.75
w:dit|adviseren|-2.9
w:dit|bekritiseren|-0.94
w:dit|prijzen|2.97
w:dit|etiketteren|-1.93
w:dit|ondervragen|-0.99
w:dit|afleiden|-2.88
w:dit|vervolgafspraak|-2.81
w:docent|ik-boodschap|-0.92
w:docent|samenvatting|2.49
w:docent|moraliseren|1.78
w:docent|argumenteren|-0.66
w:docent|bekritiseren|0.72
w:docent|etiketteren|-0.98
w:docent|vervolgafspraak|0.96
w:docenten|jij-boodschap|0.71
w:docenten|waarschuwen|-0.9
w:docenten|moraliseren|-0.93
w:docenten|bekritiseren|0.93
w:dochter|ik-boodschap|0.96
w:dochter|bekritiseren|-0.93
w:dochter|etiketteren|-1.0
w:doe|jij-boodschap|-2.22
w:doe|gevoelsreflectie|-1.0
w:doe|moraliseren|1.69
w:doe|adviseren|-1.0
w:doe|argumenteren|-0.94
w:doe|bekritiseren|-1.69
w:doe|etiketteren|0.94
w:doe|afleiden|-0.99
w:doen|ik-boodschap|-0.23
w:doen|gevoelsreflectie|-0.83
w:doen|samenvatting|-0.7
w:doen|open-vraag|-1.77
w:doen|bevelen|-0.98
w:doen|waarschuwen|0.99
w:doen|argumenteren|0.94
w:doen|bekritiseren|0.59
w:doen|prijzen|0.83
w:doen|interpreteren|-0.11
w:doen|geruststellen|1.79
w:doen|afleiden|0.91
w:doet|ik-boodschap|0.21
w:doet|parafrase|1.01
w:doet|gevoelsreflectie|0.77
w:doet|samenvatting|-0.93
w:doet|open-vraag|-1.0
w:doet|bevelen|-1.84
w:doet|moraliseren|0.94
w:doet|adviseren|-0.98
w:doet|bekritiseren|-0.29
w:doet|interpreteren|0.97
w:doet|geruststellen|0.42
w:doet|ondervragen|0.11
w:doet|afleiden|1.77
w:doet|vervolgafspraak|-1.75
w:doet|bedanken|0.99
w:dom|samenvatting|0.57
w:domme|bekritiseren|0.97
w:domme|geruststellen|-0.96
w:donderdag|samenvatting|-0.96
w:donderdag|waarschuwen|-0.96
w:donderdag|adviseren|-1.63
w:donderdag|afronding-aankondigen|1.02
w:donderdag|vervolgafspraak|2.81
w:donderdag|bedanken|0.96
w:donderdagmiddag|vervolgafspraak|0.91
w:door|ik-boodschap|1.81
w:door|parafrase|-0.96
w:door|gevoelsreflectie|2.63
w:door|samenvatting|-1.7
w:door|adviseren|0.84
w:door|etiketteren|0.12
w:door|interpreteren|0.84
w:door|geruststellen|-0.77
w:door|vervolgafspraak|0.15
w:door|bedanken|0.99
w:doordat|ik-boodschap|-1.0
w:doordat|jij-boodschap|-1.0
w:doordat|parafrase|-1.0
w:doordat|gevoelsreflectie|-1.0
w:doordat|samenvatting|-1.0
w:doordat|open-vraag|-1.0
w:doordat|aanmoediging|-1.0
w:doordat|bevelen|-1.0
w:doordat|waarschuwen|-1.0
w:doordat|moraliseren|-1.0
w:doordat|adviseren|-1.0
w:doordat|argumenteren|-1.0
w:doordat|bekritiseren|-1.43
w:doordat|prijzen|-1.0
w:doordat|etiketteren|-1.0
w:doordat|interpreteren|-1.0
w:doordat|geruststellen|-1.0
w:doordat|ondervragen|-1.0
w:doordat|afleiden|-1.0
w:doordat|afronding-aankondigen|-1.0
w:doordat|vervolgafspraak|-1.0
w:doordat|bedanken|-1.0
w:doordeweeks|argumenteren|-0.94
w:doordring|afronding-aankondigen|-0.99
w:doorgaat|jij-boodschap|0.85
w:doorgaat|waarschuwen|1.94
w:doorgaat|bekritiseren|0.72
w:doorgaat|prijzen|-0.71
w:doorgaat|etiketteren|-1.0
w:doorgaat|afleiden|-0.95
w:doorgeven|ik-boodschap|0.93
w:doorgeven|waarschuwen|-0.83
w:doorheen|geruststellen|1.38
w:doorlopen|adviseren|1.0
w:doorneemt|adviseren|0.99
w:dossier|aanmoediging|-0.52
w:draad|open-vraag|-0.96
w:draaien|afronding-aankondigen|0.99
w:drama|prijzen|-0.94
w:dramaqueen|etiketteren|0.97
w:dramatisch|bevelen|-0.9
w:dramatisch|moraliseren|-0.98
w:dramatisch|geruststellen|0.98
w:drie|ik-boodschap|0.87
w:drie|jij-boodschap|-0.4
w:drie|parafrase|-0.99
w:drie|samenvatting|1.82
w:drie|open-vraag|-0.81
w:drie|bevelen|-0.94
w:drie|adviseren|-0.75
w:drie|argumenteren|0.14
w:drie|bekritiseren|-0.96
w:drie|afronding-aankondigen|-1.86
w:drie|vervolgafspraak|0.97
w:drie|bedanken|0.9
w:druk|open-vraag|-1.0
w:druk|bevelen|0.94
w:druk|argumenteren|-0.91
w:druk|interpreteren|-0.97
w:druk|geruststellen|1.8
w:druk|afronding-aankondigen|-0.98
w:duidelijk|gevoelsreflectie|0.82
w:duidelijk|aanmoediging|0.92
w:duidelijk|adviseren|-0.78
w:duidelijk|argumenteren|3.02
w:duidelijk|bekritiseren|-0.99
w:duidelijk|interpreteren|-2.0
w:duidelijk|ondervragen|-1.0
w:duidelijk|vervolgafspraak|0.95
w:durfde|ik-boodschap|-1.0
w:durfde|afronding-aankondigen|-1.0
w:dus|jij-boodschap|-1.69
w:dus|parafrase|2.03
w:dus|gevoelsreflectie|-2.77
w:dus|samenvatting|0.77
w:dus|open-vraag|-1.01
w:dus|aanmoediging|-0.96
w:dus|bevelen|-1.98
w:dus|waarschuwen|-0.95
w:dus|moraliseren|-0.94
w:dus|adviseren|-0.99
w:dus|argumenteren|-0.84
w:dus|bekritiseren|-1.28
w:dus|prijzen|2.8
w:dus|etiketteren|-0.86
w:dus|interpreteren|-0.99
w:dus|geruststellen|-1.97
w:dus|afleiden|-0.94
w:dus|vervolgafspraak|0.11
w:duurt|moraliseren|0.95
w:duurzaamheid|bevelen|-0.95
w:dyslexieonderzoek|open-vraag|-0.9
w:ech|argumenteren|-0.94
w:echt|ik-boodschap|2.16
w:echt|jij-boodschap|-0.86
w:echt|parafrase|-1.0
w:echt|gevoelsreflectie|1.65
w:echt|open-vraag|-0.99
w:echt|aanmoediging|-0.97
w:echt|bevelen|-0.98
w:echt|waarschuwen|-0.92
w:echt|adviseren|-0.81
w:echt|argumenteren|-1.0
w:echt|bekritiseren|0.25
w:echt|prijzen|-0.13
w:echt|etiketteren|1.82
w:echt|geruststellen|3.13
w:echt|ondervragen|0.99
w:echt|vervolgafspraak|-1.88
w:echt|bedanken|-0.99
w:een|ik-boodschap|0.58
w:een|jij-boodschap|-1.23
w:een|gevoelsreflectie|1.03
w:een|samenvatting|-0.16
w:een|open-vraag|-1.97
w:een|bevelen|-3.83
w:een|waarschuwen|-1.94
w:een|moraliseren|-1.54
w:een|adviseren|1.6
w:een|argumenteren|-0.18
w:een|bekritiseren|-3.37
w:een|prijzen|-1.03
w:een|etiketteren|1.13
w:een|interpreteren|-1.04
w:een|geruststellen|0.74
w:een|afleiden|-1.03
w:een|afronding-aankondigen|-0.95
w:een|vervolgafspraak|1.01
w:een|bedanken|-0.17
w:eenmaal|ik-boodschap|-1.0
w:eenmaal|samenvatting|-1.0
w:eenmaal|waarschuwen|-0.99
w:eenmaal|moraliseren|1.04
w:eenmaal|argumenteren|0.38
w:eenmaal|bekritiseren|-0.8
w:eenmaal|interpreteren|-0.84
w:eenmaal|geruststellen|-0.58
w:eenmaal|ondervragen|-1.0
w:eenmaal|afleiden|0.99
w:eens|jij-boodschap|1.83
w:eens|gevoelsreflectie|-0.99
w:eens|bevelen|-0.84
w:eens|waarschuwen|0.96
w:eens|moraliseren|0.94
w:eens|adviseren|2.64
w:eens|argumenteren|-0.99
w:eens|bekritiseren|0.93
w:eens|prijzen|-0.96
w:eens|etiketteren|-0.96
w:eens|interpreteren|-1.0
w:eens|geruststellen|-0.56
w:eens|ondervragen|-0.98
w:eens|afleiden|1.88
w:eentje|ik-boodschap|-0.99
w:eenvoudig|argumenteren|0.96
w:eenzaam|aanmoediging|-1.0
w:eenzaam|adviseren|-0.98
w:eerder|gevoelsreflectie|1.92
w:eerder|open-vraag|-0.94
w:eerder|aanmoediging|-0.93
w:eerder|bekritiseren|-1.11
w:eerder|interpreteren|0.85
w:eerder|ondervragen|0.98
w:eerlijk|ik-boodschap|-0.98
w:eerlijk|jij-boodschap|0.94
w:eerlijk|parafrase|-0.99
w:eerlijk|gevoelsreflectie|-0.78
w:eerlijk|open-vraag|-0.12
w:eerlijk|bevelen|-0.99
w:eerlijk|waarschuwen|-0.9
w:eerlijk|moraliseren|1.26
w:eerlijk|adviseren|0.99
w:eerlijk|afronding-aankondigen|-0.97
w:eerlijk|vervolgafspraak|-0.85
w:eerlijk|bedanken|1.0
w:eerst|parafrase|0.99
w:eerst|samenvatting|-0.97
w:eerst|bevelen|0.9
w:eerst|adviseren|0.87
w:eerst|geruststellen|-0.81
w:eerst|afleiden|0.98
w:eerste|ik-boodschap|-1.78
w:eerste|parafrase|-1.86
w:eerste|samenvatting|0.88
w:eerste|open-vraag|0.91
w:eerste|argumenteren|-0.96
w:eerste|bekritiseren|-0.94
w:eerste|etiketteren|-0.79
w:eerste|geruststellen|0.92
w:eerste|vervolgafspraak|0.86
w:eet|interpreteren|-0.85
w:eigen|samenvatting|0.98
w:eigen|bekritiseren|0.89
w:eigen|interpreteren|0.96
w:eigen|afleiden|-0.96
w:eigenlijk|ik-boodschap|-0.93
w:eigenlijk|jij-boodschap|-1.0
w:eigenlijk|parafrase|2.87
w:eigenlijk|gevoelsreflectie|-1.94
w:eigenlijk|open-vraag|-1.6
w:eigenlijk|moraliseren|-1.0
w:eigenlijk|bekritiseren|0.94
w:eigenlijk|interpreteren|1.02
w:eigenlijk|geruststellen|-1.76
w:eigenlijk|afleiden|1.89
w:eind|ik-boodschap|-0.98
w:eind|waarschuwen|0.98
w:eind|afronding-aankondigen|0.99
w:eind|vervolgafspraak|-0.99
w:einde|gevoelsreflectie|0.84
w:einde|afleiden|0.94
w:eindelijk|jij-boodschap|1.83
w:eindelijk|bekritiseren|1.83
w:eis|bekritiseren|0.48
w:elf|jij-boodschap|-1.0
w:elf|parafrase|0.93
w:elf|waarschuwen|-1.0
w:elf|argumenteren|0.93
w:elf|etiketteren|-1.0
w:elkaar|samenvatting|-0.85
w:elkaar|aanmoediging|-0.96
w:elkaar|moraliseren|0.98
w:elkaar|afleiden|-0.97
w:elkaar|afronding-aankondigen|-1.97
w:elkaar|vervolgafspraak|0.14
w:elkaar|bedanken|-0.88
w:elke|ik-boodschap|1.84
w:elke|jij-boodschap|-0.99
w:elke|parafrase|-0.96
w:elke|gevoelsreflectie|-1.0
w:elke|samenvatting|0.71
w:elke|waarschuwen|-0.82
w:elke|adviseren|1.71
w:elke|geruststellen|-0.89
w:elke|ondervragen|0.99
w:elke|afleiden|0.91
w:elke|vervolgafspraak|0.96
w:emma|gevoelsreflectie|-0.99
w:emotioneel|bedanken|0.92
w:en|ik-boodschap|2.16
w:en|jij-boodschap|0.42
w:en|parafrase|-3.62
w:en|gevoelsreflectie|-3.6
w:en|samenvatting|5.7
w:en|open-vraag|-0.83
w:en|aanmoediging|-0.99
w:en|waarschuwen|0.3
w:en|moraliseren|-1.91
w:en|adviseren|-3.32
w:en|argumenteren|-3.13
w:en|bekritiseren|0.27
w:en|prijzen|-0.71
w:en|interpreteren|-1.8
w:en|geruststellen|-1.6
w:en|afleiden|-0.98
w:en|vervolgafspraak|0.84
w:eng|parafrase|-0.99
w:eng|gevoelsreflectie|0.99
w:eng|adviseren|0.99
w:eng|vervolgafspraak|-1.0
w:engels|samenvatting|0.98
w:engels|open-vraag|0.98
w:engels|argumenteren|-0.92
w:engels|vervolgafspraak|0.94
w:enige|argumenteren|-1.0
w:enige|geruststellen|1.0
w:enkel|jij-boodschap|1.62
w:enkel|moraliseren|-0.93
w:enkel|bekritiseren|0.91
w:enkele|ik-boodschap|1.9
w:enkele|jij-boodschap|-1.9
w:enkele|bekritiseren|-1.9
w:enorm|jij-boodschap|0.85
w:enorm|waarschuwen|0.79
w:er|ik-boodschap|0.87
w:er|jij-boodschap|-1.27
w:er|gevoelsreflectie|0.82
w:er|samenvatting|-0.84
w:er|open-vraag|1.02
w:er|moraliseren|0.96
w:er|adviseren|-0.95
w:er|argumenteren|-0.9
w:er|bekritiseren|-0.77
w:er|prijzen|-0.96
w:er|etiketteren|-1.0
w:er|interpreteren|-0.99
w:er|geruststellen|-0.15
w:er|ondervragen|-0.11
w:er|afleiden|-0.94
w:er|afronding-aankondigen|-0.94
w:er|bedanken|-0.95
w:erbij|gevoelsreflectie|-0.79
w:erbij|samenvatting|-0.86
w:erbij|afleiden|-0.97
w:erbij|afronding-aankondigen|-0.84
w:erbij|vervolgafspraak|0.97
w:erg|ik-boodschap|-0.85
w:erg|bekritiseren|-1.56
w:erg|geruststellen|0.86
w:erg|afleiden|-0.8
w:erg|vervolgafspraak|-1.0
w:erom|bekritiseren|-0.99
w:erom|interpreteren|-0.99
w:erop|jij-boodschap|-0.98
w:erop|gevoelsreflectie|-1.0
w:erop|samenvatting|-0.97
w:erop|aanmoediging|-0.66
w:erop|bevelen|-1.0
w:erop|bekritiseren|0.99
w:erop|prijzen|0.98
w:erop|geruststellen|-1.0
w:erop|afronding-aankondigen|1.0
w:eruit|jij-boodschap|1.85
w:eruit|samenvatting|0.94
w:eruit|waarschuwen|1.0
w:eruit|bekritiseren|1.7
w:eruit|prijzen|-0.71
w:eruit|geruststellen|-0.89
w:eruit|vervolgafspraak|0.94
w:ervaart|open-vraag|0.99
w:ervan|parafrase|-1.0
w:ervan|open-vraag|0.96
w:ervan|afleiden|0.94
w:ervan|vervolgafspraak|0.88
w:ervaring|prijzen|1.65
w:ervoor|bevelen|0.98
w:eva|ik-boodschap|-0.93
w:evalueren|vervolgafspraak|0.78
w:even|ik-boodschap|-0.96
w:even|jij-boodschap|-1.68
w:even|parafrase|-2.79
w:even|gevoelsreflectie|-0.81
w:even|samenvatting|2.87
w:even|aanmoediging|0.13
w:even|moraliseren|-0.96
w:even|adviseren|0.16
w:even|argumenteren|-2.65
w:even|bekritiseren|-0.37
w:even|etiketteren|-0.99
w:even|interpreteren|-0.85
w:even|afronding-aankondigen|-1.0
w:even|vervolgafspraak|0.99
w:even|bedanken|-0.89
w:examen|geruststellen|-0.98
w:examenreglement|argumenteren|0.97
w:examens|parafrase|-0.99
w:examens|geruststellen|0.99
w:excuses|bevelen|1.92
w:excuses|waarschuwen|-0.8
w:excuses|prijzen|-0.98
w:extra|samenvatting|0.98
w:extra|open-vraag|-0.9
w:extra|bevelen|-0.98
w:extra|prijzen|0.83
w:extra|interpreteren|0.99
w:extra|geruststellen|-0.99
w:faalangst|bekritiseren|-0.43
w:faalangst|interpreteren|0.99
w:faalangst|afleiden|-0.99
w:falen|interpreteren|1.0
w:fatsoenlijk|ik-boodschap|-1.0
w:fatsoenlijk|samenvatting|-1.0
w:fatsoenlijk|moraliseren|1.0
w:fatsoenlijk|ondervragen|-1.0
w:feedback|open-vraag|0.93
w:feit|argumenteren|0.96
w:feit|geruststellen|-0.94
w:feiten|bevelen|-1.0
w:feiten|argumenteren|1.0
w:feiten|interpreteren|-1.0
w:feiten|ondervragen|-1.0
w:fenna|bekritiseren|-0.91
w:ff|adviseren|1.0
w:fiets|bevelen|0.99
w:fiets|adviseren|0.81
w:fiets|ondervragen|-1.0
w:fietst|ik-boodschap|-0.92
w:fijn|bevelen|-0.93
w:fijn|bekritiseren|-0.75
w:fijn|prijzen|-0.96
w:fijn|etiketteren|-0.93
w:fijn|interpreteren|-0.85
w:fijn|afleiden|0.73
w:fijn|vervolgafspraak|-0.68
w:fijn|bedanken|-0.93
w:fijne|jij-boodschap|-0.76
w:fijne|argumenteren|-1.0
w:fijne|prijzen|1.0
w:fijne|etiketteren|-1.0
w:fijne|afronding-aankondigen|-0.79
w:fijne|vervolgafspraak|-0.95
w:finn|waarschuwen|-0.98
w:finn|prijzen|0.98
w:flauwgevallen|ik-boodschap|0.98
w:fleur|parafrase|-0.82
w:fleur|samenvatting|0.63
w:fleur|argumenteren|-0.97
w:fouten|parafrase|0.93
w:fouten|argumenteren|0.93
w:frans|ik-boodschap|-0.92
w:frans|parafrase|-0.96
w:frans|samenvatting|1.63
w:frans|vervolgafspraak|0.96
w:frustreert|bedanken|-0.88
w:frustrerend|jij-boodschap|-0.99
w:frustrerend|gevoelsreflectie|0.99
w:ga|samenvatting|-0.99
w:ga|open-vraag|-0.91
w:ga|waarschuwen|0.9
w:ga|geruststellen|-0.97
w:ga|afleiden|1.86
w:ga|vervolgafspraak|-1.94
w:gaan|jij-boodschap|0.98
w:gaan|samenvatting|-1.65
w:gaan|open-vraag|0.99
w:gaan|bevelen|-1.86
w:gaan|adviseren|0.96
w:gaan|bekritiseren|0.14
w:gaan|prijzen|-0.96
w:gaan|geruststellen|-0.34
w:gaan|ondervragen|-0.94
w:gaan|afleiden|-0.99
w:gaan|vervolgafspraak|-0.83
w:gaan|bedanken|-0.9
w:gaat|ik-boodschap|-0.63
w:gaat|jij-boodschap|-0.99
w:gaat|parafrase|-3.82
w:gaat|gevoelsreflectie|-1.81
w:gaat|samenvatting|1.88
w:gaat|open-vraag|-2.85
w:gaat|aanmoediging|-0.93
w:gaat|bevelen|0.86
w:gaat|waarschuwen|-1.7
w:gaat|moraliseren|-0.94
w:gaat|adviseren|-0.31
w:gaat|bekritiseren|-1.61
w:gaat|etiketteren|-0.9
w:gaat|geruststellen|0.95
w:gaat|ondervragen|-1.0
w:gaat|afleiden|0.11
w:gaat|vervolgafspraak|1.04
w:gaat|bedanken|-0.92
w:gaf|jij-boodschap|-0.97
w:gaf|bevelen|-0.9
w:gaf|bekritiseren|-0.97
w:gamen|jij-boodschap|0.87
w:gamen|parafrase|-0.99
w:gamen|samenvatting|-1.0
w:gamen|bevelen|-1.0
w:gamen|moraliseren|0.95
w:gamen|adviseren|0.91
w:gamen|prijzen|-1.0
w:gamen|ondervragen|1.0
w:gamet|jij-boodschap|0.99
w:gamet|adviseren|0.99
w:gamet|bekritiseren|0.99
w:gang|bevelen|-0.86
w:gang|waarschuwen|0.99
w:gangpad|ik-boodschap|-0.67
w:gapen|ik-boodschap|0.89
w:gapen|adviseren|0.72
w:gaten|samenvatting|0.83
w:gaten|adviseren|-0.99
w:gaten|geruststellen|0.97
w:gaten|vervolgafspraak|0.9
w:gaten|bedanken|0.9
w:gebeld|samenvatting|-0.99
w:gebeld|bekritiseren|0.68
w:gebeld|interpreteren|-0.99
w:gebeld|ondervragen|0.99
w:gebeld|vervolgafspraak|-0.99
w:gebeurd|ik-boodschap|0.85
w:gebeurd|parafrase|0.93
w:gebeurd|open-vraag|2.0
w:gebeurd|geruststellen|1.0
w:gebeurde|parafrase|-0.99
w:gebeurde|gevoelsreflectie|-0.99
w:gebeurde|afleiden|-0.99
w:gebeuren|gevoelsreflectie|0.92
w:gebeuren|geruststellen|1.76
w:gebeurt|parafrase|-0.9
w:gebeurt|gevoelsreflectie|-0.77
w:gebeurt|samenvatting|0.9
w:gebeurt|waarschuwen|0.92
w:gebeurt|moraliseren|-0.98
w:gebeurt|geruststellen|0.83
w:gebeurt|afleiden|-0.77
w:gebouw|afleiden|0.99
w:gebruiken|open-vraag|-0.94
w:gebruiken|geruststellen|0.97
w:gecontroleerd|geruststellen|-0.98
w:gedaan|prijzen|-0.98
w:gedaan|interpreteren|-1.0
w:gedaan|geruststellen|-1.0
w:gedacht|adviseren|0.93
w:gedoe|open-vraag|-1.88
w:gedoe|etiketteren|1.81
w:gedoe|geruststellen|-0.96
w:gedoe|afleiden|0.91
w:gedraagt|bevelen|-0.97
w:gedraagt|etiketteren|0.99
w:gedraai|bekritiseren|0.99
w:gedrag|waarschuwen|0.99
w:gedrag|argumenteren|-0.7
w:gedrag|bekritiseren|-0.43
w:gedragen|moraliseren|0.95
w:gedragen|prijzen|0.95
w:geeft|gevoelsreflectie|-0.91
w:geeft|bekritiseren|-0.97
w:geen|ik-boodschap|2.81
w:geen|jij-boodschap|0.51
w:geen|gevoelsreflectie|-0.14
w:geen|moraliseren|-0.93
w:geen|adviseren|-1.0
w:geen|argumenteren|0.98
w:geen|bekritiseren|1.08
w:geen|interpreteren|-0.94
w:geen|geruststellen|0.57
w:geen|ondervragen|-0.97
w:geen|afleiden|-1.98
w:gegaan|ik-boodschap|-0.89
w:gegevens|vervolgafspraak|-0.98
w:gehad|ik-boodschap|0.84
w:gehad|jij-boodschap|-1.8
w:gehad|samenvatting|0.99
w:gehad|moraliseren|-0.99
w:gehad|argumenteren|-0.84
w:gehad|bekritiseren|-1.82
w:gehad|afronding-aankondigen|-1.79
w:gehad|vervolgafspraak|-0.9
w:geholpen|jij-boodschap|-0.65
w:geholpen|bekritiseren|-0.53
w:gehoord|parafrase|-0.96
w:gehouden|jij-boodschap|0.93
w:gehouden|gevoelsreflectie|0.84
w:gek|argumenteren|-0.74
w:gekeken|jij-boodschap|0.98
w:gekeken|samenvatting|-0.65
w:gekeken|bekritiseren|0.98
w:gekomen|parafrase|1.0
w:gekomen|bekritiseren|-0.61
w:gekomen|interpreteren|-0.9
w:gekomen|vervolgafspraak|0.27
w:gekomen|bedanken|0.96
w:gekozen|open-vraag|-1.71
w:gekregen|parafrase|-0.82
w:gekregen|gevoelsreflectie|-1.0
w:gekregen|argumenteren|-0.38
w:gekregen|prijzen|-0.82
w:gekregen|ondervragen|-0.98
w:gekwetst|parafrase|0.96
w:gekwetst|prijzen|-0.96
w:gelaten|gevoelsreflectie|0.99
w:gelaten|samenvatting|-0.76
w:geldt|ik-boodschap|-0.95
w:gelezen|jij-boodschap|0.96
w:gelezen|gevoelsreflectie|-0.96
w:gelezen|bekritiseren|0.76
w:gelezen|ondervragen|0.91
w:gelijk|parafrase|0.93
w:gelijk|argumenteren|0.93
w:gelukt|gevoelsreflectie|0.98
w:gemaakt|ik-boodschap|-0.97
w:gemaakt|parafrase|0.96
w:gemaakt|open-vraag|0.96
w:gemaakt|argumenteren|0.96
w:gemaakt|geruststellen|-0.97
w:gemaild|jij-boodschap|0.44
w:gemeld|ik-boodschap|-0.86
w:gemeld|bekritiseren|-0.97
w:gemeld|etiketteren|-0.92
w:gemeld|ondervragen|0.98
w:gemeld|vervolgafspraak|-0.95
w:gemengde|adviseren|-0.93
w:gemiddeld|argumenteren|0.83
w:gemiddelde|ik-boodschap|0.98
w:gemiddelde|jij-boodschap|-0.98
w:gemiddelde|argumenteren|1.0
w:gemiddelde|bekritiseren|-0.98
w:gemist|ik-boodschap|0.96
w:gemist|jij-boodschap|-1.0
w:gemist|open-vraag|-0.99
w:gemist|bevelen|-0.99
w:gemist|waarschuwen|-1.0
w:gemist|argumenteren|1.0
w:gemist|bekritiseren|-0.99
w:gemist|etiketteren|-1.0
w:gemist|interpreteren|-1.0
w:gemist|ondervragen|-1.0
w:gemotiveerd|jij-boodschap|0.59
w:genegeerd|samenvatting|-0.94
w:genoeg|open-vraag|-0.97
w:genoeg|etiketteren|-0.82
w:genomen|jij-boodschap|0.44
w:genomen|aanmoediging|-0.96
w:genomen|vervolgafspraak|-0.96
w:gepast|bekritiseren|0.91
w:gepest|interpreteren|1.8
w:gepest|geruststellen|-0.98
w:gepest|afleiden|-1.0
w:gepraat|samenvatting|0.98
w:gepraat|afronding-aankondigen|0.89
w:geprobeerd|bekritiseren|-0.9
w:geraakt|ik-boodschap|0.91
w:geraakt|open-vraag|0.91
w:geraakt|aanmoediging|0.92
w:gereageerd|jij-boodschap|0.91
w:gereageerd|bekritiseren|0.91
w:gerust|aanmoediging|0.92
w:gerust|adviseren|0.87
w:gerust|geruststellen|1.01
w:geschiedenis|geruststellen|-1.0
w:geschopt|bekritiseren|0.98
w:geschorst|waarschuwen|0.83
w:geschrokken|ik-boodschap|0.85
w:geschrokken|gevoelsreflectie|1.83
w:geschrokken|argumenteren|0.94
w:geschrokken|afleiden|-0.94
w:geschrokken|bedanken|-0.99
w:geslagen|waarschuwen|-0.98
w:gespannen|bekritiseren|-1.0
w:gespannen|vervolgafspraak|-1.0
w:gesprek|ik-boodschap|0.78
w:gesprek|jij-boodschap|-1.89
w:gesprek|gevoelsreflectie|-0.14
w:gesprek|samenvatting|0.73
w:gesprek|adviseren|-0.99
w:gesprek|bekritiseren|-1.5
w:gesprek|prijzen|-0.98
w:gesprek|etiketteren|-0.93
w:gesprek|geruststellen|-1.0
w:gesprek|ondervragen|0.89
w:gesprek|afleiden|-0.93
w:gesprek|afronding-aankondigen|0.93
w:gesprek|vervolgafspraak|0.79
w:gesprek|bedanken|-0.95
w:gesproken|open-vraag|-1.0
w:gesproken|etiketteren|-1.0
w:gestuurd|open-vraag|0.83
w:gestuurd|waarschuwen|0.99
w:gestuurd|bekritiseren|-0.93
w:gestuurd|etiketteren|-0.9
w:getrokken|bekritiseren|0.95
w:gevallen|ik-boodschap|0.92
w:geven|open-vraag|-0.96
w:geven|bevelen|-0.99
w:geven|waarschuwen|-0.95
w:geven|moraliseren|-1.0
w:geven|adviseren|-0.91
w:geven|argumenteren|-1.0
w:geven|bekritiseren|-0.93
w:geven|prijzen|-0.85
w:geven|geruststellen|-0.99
w:geven|vervolgafspraak|-1.0
w:gevoel|gevoelsreflectie|-0.94
w:gevoel|geruststellen|-0.98
w:gevoel|afronding-aankondigen|-0.99
w:gevolgen|moraliseren|0.94
w:gewaarschuwd|waarschuwen|0.99
w:gewaarschuwd|geruststellen|-0.99
w:gewaarschuwd|afleiden|-0.99
w:geweest|jij-boodschap|-1.84
w:geweest|parafrase|-1.0
w:geweest|gevoelsreflectie|1.73
w:geweest|samenvatting|-0.98
w:geweest|bekritiseren|0.99
w:geweest|prijzen|0.98
w:geweest|etiketteren|-0.9
w:geweest|geruststellen|-0.96
w:geweest|ondervragen|0.99
w:geweldige|moraliseren|-0.94
w:geweldige|bekritiseren|3.47
w:geweldige|bedanken|-2.74
w:gewend|geruststellen|1.64
w:gewerkt|jij-boodschap|-0.91
w:gewerkt|bekritiseren|-0.91
w:gewerkt|afronding-aankondigen|-0.95
w:gewogen|argumenteren|0.53
w:gewond|ik-boodschap|0.97
w:gewoon|ik-boodschap|-0.93
w:gewoon|jij-boodschap|1.27
w:gewoon|parafrase|-1.06
w:gewoon|samenvatting|-2.43
w:gewoon|bevelen|-1.04
w:gewoon|waarschuwen|-1.98
w:gewoon|moraliseren|1.72
w:gewoon|adviseren|1.12
w:gewoon|argumenteren|1.84
w:gewoon|bekritiseren|-0.62
w:gewoon|prijzen|-1.13
w:gewoon|etiketteren|0.13
w:gewoon|interpreteren|1.99
w:gewoon|geruststellen|0.15
w:gewoon|ondervragen|-1.94
w:geworden|etiketteren|0.96
w:geworden|ondervragen|-0.99
w:gezegd|ik-boodschap|-0.98
w:gezegd|jij-boodschap|0.94
w:gezegd|gevoelsreflectie|-1.0
w:gezegd|waarschuwen|-1.0
w:gezegd|interpreteren|-0.92
w:gezegd|ondervragen|1.0
w:gezegd|vervolgafspraak|-0.85
w:gezien|jij-boodschap|-0.98
w:gezien|bekritiseren|-0.98
w:gezien|afleiden|0.99
w:gezien'|parafrase|-1.0
w:gezien'|bekritiseren|-1.0
w:gezien'|ondervragen|-1.0
w:gijs|ik-boodschap|0.93
w:gijs|waarschuwen|-0.93
w:gijs|vervolgafspraak|-0.93
w:ging|samenvatting|-0.2
w:ging|moraliseren|-0.94
w:ging|geruststellen|-0.76
w:gisteren|ik-boodschap|2.74
w:gisteren|parafrase|-1.0
w:gisteren|gevoelsreflectie|-0.84
w:gisteren|samenvatting|-0.97
w:gisteren|ondervragen|0.99
w:gisteren|vervolgafspraak|-0.94
w:goed|ik-boodschap|-2.72
w:goed|parafrase|2.98
w:goed|samenvatting|-0.61
w:goed|open-vraag|-1.81
w:goed|aanmoediging|-0.92
w:goed|waarschuwen|-1.8
w:goed|adviseren|-0.77
w:goed|bekritiseren|-1.54
w:goed|prijzen|-0.8
w:goed|interpreteren|-0.99
w:goed|geruststellen|1.14
w:goed|afronding-aankondigen|1.04
w:goed|vervolgafspraak|-0.95
w:goede|moraliseren|1.99
w:goede|adviseren|-2.9
w:goede|bekritiseren|1.0
w:goede|prijzen|1.0
w:goede|etiketteren|-0.84
w:goede|geruststellen|-0.96
w:goede|ondervragen|-0.99
w:goedemiddag|prijzen|-0.96
w:goedemiddag|bedanken|-0.92
w:goedkomt|geruststellen|0.96
w:graag|gevoelsreflectie|-0.79
w:graag|samenvatting|-0.86
w:graag|open-vraag|0.97
w:graag|adviseren|-0.99
w:graag|ondervragen|-0.99
w:graag|bedanken|-0.98
w:grammatica|ik-boodschap|0.99
w:grapjes|ik-boodschap|-0.73
w:grapjes|interpreteren|0.96
w:grappig|etiketteren|1.0
w:grenzen|moraliseren|0.95
w:grijpen|jij-boodschap|0.99
w:grijpen|adviseren|0.99
w:grijpen|bekritiseren|0.99
w:groep|jij-boodschap|1.49
w:groep|gevoelsreflectie|0.92
w:groep|open-vraag|-0.96
w:groep|afleiden|0.95
w:groepje|afleiden|-0.91
w:groepsapp|samenvatting|0.98
w:groepsapp|open-vraag|0.98
w:groepsapp|geruststellen|-0.96
w:groepsgenoten|bevelen|-0.97
w:groepsopdracht|ik-boodschap|0.7
w:groepsopdracht|gevoelsreflectie|-0.83
w:groepsopdracht|samenvatting|-0.7
w:groepsopdracht|open-vraag|-0.94
w:grote|aanmoediging|-0.9
w:grote|etiketteren|0.9
w:grote|geruststellen|-1.0
w:gym|ik-boodschap|0.92
w:gymdocent|jij-boodschap|-0.97
w:gymdocent|bekritiseren|-0.97
w:gymles|ik-boodschap|1.83
w:gymles|gevoelsreflectie|0.94
w:gymtas|open-vraag|-0.87
w:haal|ik-boodschap|0.97
w:haal|waarschuwen|-0.95
w:haal|bekritiseren|-0.99
w:haalde|argumenteren|0.97
w:haalt|samenvatting|0.69
w:haalt|waarschuwen|0.79
w:haalt|argumenteren|0.9
w:haalt|prijzen|-0.94
w:haalt|etiketteren|-0.96
w:haalt|geruststellen|1.85
w:haalt|afleiden|0.96
w:haar|ik-boodschap|1.71
w:haar|parafrase|-0.99
w:haar|bevelen|-0.99
w:haar|moraliseren|-0.96
w:haar|adviseren|1.06
w:haar|prijzen|-0.96
w:haar|etiketteren|-1.0
w:haar|interpreteren|0.95
w:haar|geruststellen|0.79
w:haar|ondervragen|-0.98
w:haar|vervolgafspraak|-0.95
w:had|ik-boodschap|-0.97
w:had|parafrase|1.97
w:had|gevoelsreflectie|0.17
w:had|samenvatting|-1.85
w:had|aanmoediging|-0.98
w:had|argumenteren|0.93
w:had|bekritiseren|0.5
w:had|etiketteren|-1.0
w:had|geruststellen|-0.97
w:had|vervolgafspraak|-0.94
w:hadden|bekritiseren|0.6
w:haha|afleiden|0.97
w:halen|ik-boodschap|0.59
w:halen|parafrase|-0.99
w:halen|waarschuwen|-0.98
w:halen|prijzen|0.98
w:half|samenvatting|-0.13
w:half|bevelen|0.98
w:half|waarschuwen|-0.96
w:half|afronding-aankondigen|0.96
w:half|vervolgafspraak|1.86
w:half|bedanken|1.86
w:halverwege|ik-boodschap|0.78
w:hand|open-vraag|0.96
w:hand|bekritiseren|0.13
w:hand|geruststellen|-0.67
w:handen|bevelen|1.0
w:handige|bekritiseren|0.88
w:hard|jij-boodschap|-0.91
w:hard|gevoelsreflectie|-0.99
w:hard|bekritiseren|-0.91
w:hartelijk|bedanken|0.93
w:havo|waarschuwen|1.52
w:he|argumenteren|-0.91
w:he|afleiden|0.97
w:heb|ik-boodschap|-0.68
w:heb|jij-boodschap|0.43
w:heb|parafrase|0.91
w:heb|gevoelsreflectie|-0.96
w:heb|samenvatting|-0.99
w:heb|open-vraag|-0.71
w:heb|aanmoediging|0.24
w:heb|waarschuwen|-2.79
w:heb|moraliseren|0.8
w:heb|argumenteren|0.14
w:heb|bekritiseren|-1.12
w:heb|etiketteren|-0.9
w:heb|geruststellen|-1.0
w:heb|afronding-aankondigen|-0.99
w:hebben|ik-boodschap|-0.99
w:hebben|jij-boodschap|-1.79
w:hebben|gevoelsreflectie|-0.99
w:hebben|samenvatting|-0.61
w:hebben|open-vraag|-0.82
w:hebben|aanmoediging|-0.9
w:hebben|bevelen|-1.0
w:hebben|waarschuwen|-0.99
w:hebben|moraliseren|1.84
w:hebben|adviseren|-0.99
w:hebben|argumenteren|-0.91
w:hebben|bekritiseren|-1.84
w:hebben|etiketteren|-0.75
w:hebben|geruststellen|-1.03
w:hebben|afleiden|2.91
w:hebben|afronding-aankondigen|-0.84
w:hebben|vervolgafspraak|-1.86
w:hebt|ik-boodschap|2.76
w:hebt|jij-boodschap|0.76
w:hebt|gevoelsreflectie|-0.76
w:hebt|samenvatting|-0.91
w:hebt|bevelen|-0.95
w:hebt|waarschuwen|-1.01
w:hebt|argumenteren|-1.7
w:hebt|bekritiseren|3.64
w:hebt|prijzen|-0.98
w:hebt|etiketteren|-1.0
w:hebt|interpreteren|-0.94
w:hebt|geruststellen|-0.98
w:hebt|afronding-aankondigen|-0.95
w:heeft|ik-boodschap|1.98
w:heeft|jij-boodschap|-1.46
w:heeft|parafrase|0.1
w:heeft|gevoelsreflectie|0.66
w:heeft|samenvatting|-0.62
w:heeft|open-vraag|-2.03
w:heeft|aanmoediging|-0.95
w:heeft|bevelen|-0.99
w:heeft|waarschuwen|-1.97
w:heeft|moraliseren|-1.89
w:heeft|argumenteren|0.48
w:heeft|prijzen|-0.13
w:heeft|etiketteren|-0.94
w:heeft|interpreteren|-1.07
w:heeft|geruststellen|-0.27
w:heeft|ondervragen|1.08
w:heeft|afleiden|-0.9
w:heeft|vervolgafspraak|-2.04
w:heel|ik-boodschap|0.96
w:heel|parafrase|-1.0
w:heel|gevoelsreflectie|1.71
w:heel|aanmoediging|1.0
w:heel|bevelen|-0.97
w:heel|waarschuwen|-0.71
w:heel|argumenteren|1.91
w:heel|bekritiseren|0.88
w:heel|etiketteren|1.11
w:heel|geruststellen|0.82
w:heel|ondervragen|0.99
w:heel|vervolgafspraak|-0.95
w:heel|bedanken|-1.76
w:heen|gevoelsreflectie|0.92
w:heen|waarschuwen|-0.98
w:heen|vervolgafspraak|0.15
w:heen|bedanken|0.99
w:heft|waarschuwen|-0.99
w:heimwee|interpreteren|0.92
w:heimwee|geruststellen|0.9
w:hek|bevelen|0.95
w:held|aanmoediging|-0.9
w:held|etiketteren|0.9
w:hele|ik-boodschap|-0.13
w:hele|jij-boodschap|0.59
w:hele|gevoelsreflectie|-0.84
w:hele|samenvatting|-0.97
w:hele|open-vraag|-0.96
w:hele|bevelen|0.93
w:hele|waarschuwen|-0.99
w:hele|argumenteren|0.93
w:hele|bekritiseren|1.93
w:hele|etiketteren|0.9
w:hele|vervolgafspraak|-1.0
w:helemaal|jij-boodschap|0.1
w:helemaal|gevoelsreflectie|0.92
w:helemaal|aanmoediging|-1.0
w:helemaal|bekritiseren|-0.81
w:helemaal|geruststellen|0.7
w:helemaal|afleiden|-0.96
w:helpen|gevoelsreflectie|-0.74
w:helpen|open-vraag|0.97
w:helpen|adviseren|1.0
w:helpen|prijzen|0.11
w:helpen|etiketteren|-0.96
w:helpt|adviseren|0.99
w:helpt|argumenteren|1.0
w:helpt|interpreteren|-1.0
w:hem|jij-boodschap|-1.65
w:hem|parafrase|1.0
w:hem|gevoelsreflectie|-0.88
w:hem|samenvatting|-2.8
w:hem|open-vraag|0.88
w:hem|bevelen|1.79
w:hem|waarschuwen|-0.28
w:hem|moraliseren|-1.05
w:hem|adviseren|2.0
w:hem|argumenteren|0.14
w:hem|bekritiseren|-1.49
w:hem|prijzen|-0.89
w:hem|etiketteren|-1.96
w:hem|geruststellen|0.1
w:hem|afleiden|-0.91
w:hem|afronding-aankondigen|-1.0
w:hem|vervolgafspraak|-0.96
w:herfstvakantie|ik-boodschap|0.92
w:herfstvakantie|jij-boodschap|-0.92
w:herfstvakantie|bekritiseren|-1.85
w:herkansing|ik-boodschap|0.34
w:herkansing|parafrase|-0.82
w:herkansing|gevoelsreflectie|0.82
w:herkansing|samenvatting|0.97
w:herkansing|geruststellen|1.84
w:herkansing|vervolgafspraak|0.95
w:het|ik-boodschap|-0.63
w:het|parafrase|-0.11
w:het|gevoelsreflectie|-2.51
w:het|samenvatting|-0.18
w:het|open-vraag|-1.79
w:het|bevelen|-1.09
w:het|waarschuwen|-1.71
w:het|moraliseren|-0.96
w:het|adviseren|-2.42
w:het|argumenteren|0.47
w:het|bekritiseren|-0.98
w:het|prijzen|-1.93
w:het|etiketteren|-1.09
w:het|interpreteren|0.69
w:het|geruststellen|-0.27
w:het|ondervragen|-2.97
w:het|afleiden|-0.95
w:het|afronding-aankondigen|1.02
w:het|vervolgafspraak|-1.67
w:hetzelfde|ik-boodschap|0.98
w:heus|moraliseren|-0.98
w:heus|geruststellen|2.82
w:heus|afleiden|-0.99
w:hielp|ik-boodschap|0.92
w:hier|jij-boodschap|0.86
w:hier|samenvatting|0.26
w:hier|aanmoediging|-0.52
w:hier|argumenteren|0.94
w:hier|bekritiseren|1.51
w:hier|prijzen|0.96
w:hier|interpreteren|-1.0
w:hier|afleiden|-0.93
w:hier|afronding-aankondigen|4.57
w:hier|vervolgafspraak|-1.0
w:hier|bedanken|0.84
w:hierbij|afronding-aankondigen|1.92
w:hierover|vervolgafspraak|-0.96
w:hij|ik-boodschap|-1.11
w:hij|jij-boodschap|-2.29
w:hij|parafrase|0.95
w:hij|gevoelsreflectie|-0.99
w:hij|samenvatting|1.81
w:hij|open-vraag|-1.19
w:hij|bevelen|-2.0
w:hij|waarschuwen|-0.26
w:hij|moraliseren|-1.04
w:hij|argumenteren|-0.9
w:hij|bekritiseren|-1.37
w:hij|etiketteren|-1.95
w:hij|interpreteren|0.26
w:hij|geruststellen|-0.83
w:hij|ondervragen|0.94
w:hij|afleiden|-0.95
w:hij|vervolgafspraak|-1.16
w:hij|bedanken|-0.1
w:hm|aanmoediging|1.89
w:hmhm|aanmoediging|0.97
w:hockeymoeder|etiketteren|0.99
w:hoe|ik-boodschap|0.16
w:hoe|jij-boodschap|-0.89
w:hoe|parafrase|-0.13
w:hoe|gevoelsreflectie|-0.18
w:hoe|samenvatting|0.64
w:hoe|open-vraag|3.97
w:hoe|aanmoediging|-0.99
w:hoe|argumenteren|-1.0
w:hoe|ondervragen|-0.99
w:hoe|afleiden|1.97
w:hoe|vervolgafspraak|1.04
w:hoe|bedanken|-0.92
w:hoeft|jij-boodschap|-0.99
w:hoeft|moraliseren|-0.95
w:hoeft|adviseren|-0.97
w:hoeft|interpreteren|-0.84
w:hoeft|geruststellen|1.55
w:hoeft|afleiden|0.95
w:hoeveel|adviseren|-0.71
w:hoi|bevelen|-1.75
w:hoi|geruststellen|-0.97
w:hoofd|samenvatting|-0.91
w:hoofdstuk|waarschuwen|-0.71
w:hoogte|gevoelsreflectie|0.84
w:hoogte|waarschuwen|-0.78
w:hoogte|moraliseren|0.93
w:hoogte|bekritiseren|-0.93
w:hoogte|prijzen|1.0
w:hoogte|vervolgafspraak|-0.87
w:hoor|gevoelsreflectie|2.77
w:hoor|open-vraag|-1.93
w:hoor|aanmoediging|0.78
w:hoor|bevelen|-0.91
w:hoor|moraliseren|0.95
w:hoor|adviseren|-0.97
w:hoor|argumenteren|0.71
w:hoor|bekritiseren|-0.69
w:hoor|prijzen|0.95
w:hoor|etiketteren|0.9
w:hoor|geruststellen|1.3
w:hoor|ondervragen|0.98
w:hoor|afleiden|-0.77
w:hoor|afronding-aankondigen|-1.0
w:hoorde|afleiden|-1.0
w:hoort|ik-boodschap|-1.0
w:hoort|jij-boodschap|-0.87
w:hoort|samenvatting|-1.0
w:hoort|bevelen|-0.99
w:hoort|waarschuwen|-1.05
w:hoort|moraliseren|2.81
w:hoort|adviseren|-1.87
w:hoort|argumenteren|-2.44
w:hoort|bekritiseren|-0.9
w:hoort|prijzen|-0.98
w:hoort|interpreteren|-1.8
w:hoort|geruststellen|-0.58
w:hoort|ondervragen|-1.0
w:hoort|afleiden|1.13
w:horen|ik-boodschap|0.93
w:horen|parafrase|0.96
w:horen|samenvatting|-0.78
w:horen|bevelen|0.1
w:horen|waarschuwen|-0.78
w:horen|bekritiseren|-0.83
w:horen|prijzen|-0.96
w:horen|interpreteren|-0.96
w:horen|ondervragen|-1.0
w:horen|vervolgafspraak|1.0
w:horen|bedanken|-0.88
w:hou|bevelen|1.89
w:houd|argumenteren|-0.97
w:houd|bedanken|0.96
w:houden|samenvatting|0.83
w:houden|aanmoediging|-0.99
w:houden|bevelen|0.92
w:houden|waarschuwen|0.83
w:houden|moraliseren|1.93
w:houden|adviseren|-0.99
w:houden|argumenteren|-0.29
w:houden|bekritiseren|-0.93
w:houden|afleiden|0.99
w:houden|afronding-aankondigen|-0.94
w:houden|bedanken|0.9
w:houding|jij-boodschap|-1.0
w:houding|open-vraag|-1.0
w:houding|bevelen|-1.0
w:houding|argumenteren|-1.0
w:houding|bekritiseren|1.0
w:houding|afronding-aankondigen|-1.0
w:houdt|ik-boodschap|1.0
w:houdt|jij-boodschap|-0.97
w:houdt|gevoelsreflectie|0.98
w:houdt|adviseren|-0.76
w:houdt|bekritiseren|-0.97
w:houdt|geruststellen|0.97
w:huilend|waarschuwen|-0.97
w:huis|ik-boodschap|-0.92
w:huis|open-vraag|-1.67
w:huis|waarschuwen|-0.9
w:huis|moraliseren|0.8
w:huis|afleiden|0.99
w:huisarts|samenvatting|0.94
w:huisarts|prijzen|-0.96
w:huisarts|geruststellen|0.66
w:huisarts|vervolgafspraak|0.94
w:huiswerk|ik-boodschap|0.87
w:huiswerk|jij-boodschap|-1.83
w:huiswerk|parafrase|0.96
w:huiswerk|samenvatting|1.53
w:huiswerk|open-vraag|1.97
w:huiswerk|waarschuwen|0.99
w:huiswerk|moraliseren|1.0
w:huiswerk|adviseren|0.18
w:huiswerk|argumenteren|-0.84
w:huiswerk|etiketteren|-1.0
w:huiswerk|interpreteren|-1.99
w:huiswerk|geruststellen|-0.98
w:huiswerk|ondervragen|0.99
w:huiswerk|afleiden|-0.95
w:huiswerk|vervolgafspraak|0.96
w:huiswerkbegeleiding|aanmoediging|-1.0
w:huiswerkklas|parafrase|-1.96
w:huiswerkklas|samenvatting|1.71
w:huiswerkklas|vervolgafspraak|0.96
w:huiswerkopdracht|ik-boodschap|0.92
w:huiswerkopdracht|jij-boodschap|-0.92
w:huiswerkopdracht|bekritiseren|-0.92
w:huiswerktijd|ik-boodschap|0.93
w:huiswerktijd|waarschuwen|-1.0
w:huiswerktijd|adviseren|1.76
w:huiswerktijd|bekritiseren|-1.0
w:hulp|waarschuwen|-0.97
w:hulp|prijzen|0.69
w:hun|ik-boodschap|0.95
w:hun|bevelen|-0.86
w:hun|waarschuwen|-0.98
w:hun|interpreteren|-0.96
w:hysterisch|bevelen|1.75
w:hysterisch|afleiden|-0.99
w:hè|gevoelsreflectie|0.66
w:hè|etiketteren|-1.0
w:hè|afleiden|0.73
w:hé|afleiden|-0.84
w:idee|ik-boodschap|-0.73
w:idee|jij-boodschap|-0.91
w:idee|adviseren|0.84
w:idee|argumenteren|-0.94
w:idee|interpreteren|0.96
w:ideeën|ondervragen|-0.91
w:iedereen|jij-boodschap|0.91
w:iedereen|samenvatting|-1.86
w:iedereen|argumenteren|1.56
w:iedereen|bekritiseren|0.91
w:iedereen|prijzen|-0.94
w:iedereen|etiketteren|-0.96
w:iedereen|geruststellen|-1.32
w:iedereen|afleiden|1.01
w:iemand|ik-boodschap|0.97
w:iemand|jij-boodschap|-2.22
w:iemand|waarschuwen|-0.98
w:iemand|moraliseren|2.63
w:iemand|bekritiseren|-1.69
w:iemand|prijzen|-0.98
w:iets|samenvatting|-0.97
w:iets|open-vraag|0.97
w:iets|waarschuwen|0.99
w:iets|adviseren|-0.99
w:iets|argumenteren|-0.94
w:iets|bekritiseren|1.06
w:iets|etiketteren|-0.93
w:iets|interpreteren|-1.0
w:iets|geruststellen|-0.92
w:iets|ondervragen|-0.89
w:iets|afleiden|0.96
w:iets|vervolgafspraak|0.96
w:ik|ik-boodschap|3.6
w:ik|jij-boodschap|-1.27
w:ik|parafrase|-0.15
w:ik|gevoelsreflectie|-3.46
w:ik|samenvatting|-1.85
w:ik|open-vraag|-3.01
w:ik|aanmoediging|-0.72
w:ik|bevelen|-0.94
w:ik|waarschuwen|-0.25
w:ik|moraliseren|-2.16
w:ik|adviseren|-1.66
w:ik|argumenteren|-3.7
w:ik|bekritiseren|-3.02
w:ik|prijzen|-0.14
w:ik|etiketteren|-1.9
w:ik|geruststellen|-2.84
w:ik|ondervragen|-1.97
w:ik|afleiden|-1.09
w:ik|afronding-aankondigen|0.9
w:ik|vervolgafspraak|0.57
w:ik|bedanken|-0.22
w:in|ik-boodschap|1.32
w:in|jij-boodschap|0.79
w:in|parafrase|-0.99
w:in|gevoelsreflectie|0.73
w:in|samenvatting|-0.91
w:in|open-vraag|0.86
w:in|aanmoediging|-0.98
w:in|bevelen|0.87
w:in|moraliseren|0.92
w:in|adviseren|-0.96
w:in|argumenteren|-0.35
w:in|bekritiseren|1.27
w:in|prijzen|1.78
w:in|etiketteren|-1.79
w:in|interpreteren|-1.82
w:in|afronding-aankondigen|1.0
w:in|vervolgafspraak|-0.13
w:in|bedanken|-0.1
w:incident|gevoelsreflectie|-0.77
w:incident|waarschuwen|0.99
w:incident|geruststellen|-0.99
w:informatie|jij-boodschap|-0.91
w:informatie|samenvatting|-0.98
w:informatie|aanmoediging|-0.98
w:ingeleverd|ik-boodschap|1.95
w:ingeleverd|jij-boodschap|-0.98
w:ingeleverd|argumenteren|1.71
w:ingeleverd|bekritiseren|-0.98
w:ingelevert|ik-boodschap|0.92
w:ingelevert|jij-boodschap|-0.92
w:ingelevert|bekritiseren|-0.92
w:ingelicht|gevoelsreflectie|0.77
w:ingelicht|ondervragen|0.97
w:ingewikkelder|geruststellen|-0.95
w:ingezet|waarschuwen|-0.99
w:ingrijpen|aanmoediging|-0.99
w:ingrijpen|afronding-aankondigen|-1.0
w:inhalen|ik-boodschap|0.96
w:inhalen|moraliseren|-0.96
w:inlevert|open-vraag|0.93
w:inlevert|waarschuwen|0.97
w:inlevert|argumenteren|-1.0
w:inlevert|prijzen|-1.0
w:innemen|jij-boodschap|-0.96
w:innemen|parafrase|-0.96
w:innemen|adviseren|1.0
w:instagram|gevoelsreflectie|-0.81
w:instructie|ik-boodschap|1.0
w:instructie|adviseren|-0.76
w:interesse|bekritiseren|-0.84
w:interesseert|jij-boodschap|0.99
w:intern|afronding-aankondigen|-0.9
w:inzet|bekritiseren|1.64
w:inzet|bedanken|-1.81
w:iris|waarschuwen|-0.62
w:iris|moraliseren|-0.96
w:is|ik-boodschap|-1.59
w:is|jij-boodschap|-0.81
w:is|parafrase|0.83
w:is|gevoelsreflectie|-0.12
w:is|samenvatting|0.82
w:is|open-vraag|-1.58
w:is|aanmoediging|-1.0
w:is|waarschuwen|-1.88
w:is|moraliseren|-0.69
w:is|argumenteren|1.13
w:is|bekritiseren|-0.19
w:is|geruststellen|-1.12
w:is|ondervragen|-2.88
w:is|afleiden|-0.12
w:is|vervolgafspraak|-0.76
w:is|bedanken|-1.0
w:ja|gevoelsreflectie|-1.0
w:ja|samenvatting|-0.99
w:ja|open-vraag|-0.99
w:ja|aanmoediging|1.07
w:ja|etiketteren|1.81
w:ja|ondervragen|-0.99
w:ja|afleiden|1.95
w:jaar|ik-boodschap|-1.0
w:jaar|jij-boodschap|-0.95
w:jaar|waarschuwen|0.97
w:jaar|adviseren|-0.99
w:jaar|afronding-aankondigen|-0.95
w:jaarplanning|moraliseren|-0.99
w:jaloers|ik-boodschap|-0.93
w:jaloers|jij-boodschap|-0.83
w:jaloers|prijzen|-0.98
w:jaloers|interpreteren|0.98
w:jammer|ik-boodschap|1.67
w:jammer|gevoelsreflectie|-0.83
w:jammer|samenvatting|-0.7
w:jammer|open-vraag|-0.94
w:jammer|moraliseren|-0.94
w:jammer|adviseren|0.76
w:jammer|interpreteren|-0.95
w:jammer|geruststellen|-0.76
w:jammer|afronding-aankondigen|1.0
w:januari|jij-boodschap|-1.0
w:januari|waarschuwen|-1.0
w:januari|etiketteren|-1.0
w:jayden|ik-boodschap|-0.93
w:jayden|jij-boodschap|-0.97
w:jayden|waarschuwen|-0.85
w:jayden|bekritiseren|-0.97
w:je|jij-boodschap|-1.15
w:je|parafrase|-1.86
w:je|gevoelsreflectie|-2.7
w:je|samenvatting|-0.43
w:je|open-vraag|-1.11
w:je|aanmoediging|-1.98
w:je|bevelen|-0.98
w:je|waarschuwen|-0.17
w:je|moraliseren|0.36
w:je|adviseren|-0.25
w:je|argumenteren|-0.39
w:je|bekritiseren|-2.61
w:je|prijzen|-0.77
w:je|etiketteren|-1.85
w:je|geruststellen|-0.21
w:je|ondervragen|-2.93
w:je|afleiden|-0.97
w:je|afronding-aankondigen|-1.95
w:je|vervolgafspraak|-1.13
w:je|bedanken|-0.86
w:jesse|parafrase|0.86
w:jesse|bekritiseren|-0.93
w:jezelf|ik-boodschap|0.97
w:jezelf|etiketteren|0.17
w:jij|ik-boodschap|-0.33
w:jij|jij-boodschap|3.11
w:jij|gevoelsreflectie|-0.34
w:jij|samenvatting|0.15
w:jij|open-vraag|0.82
w:jij|moraliseren|-1.01
w:jij|adviseren|-0.99
w:jij|bekritiseren|2.33
w:jij|prijzen|1.92
w:jij|etiketteren|-0.83
w:jij|interpreteren|-0.92
w:jij|geruststellen|0.98
w:jij|afleiden|-1.88
w:joep|jij-boodschap|1.85
w:joep|waarschuwen|1.0
w:joep|bekritiseren|1.7
w:joep|prijzen|-0.71
w:joh|geruststellen|0.68
w:joh|afleiden|0.94
w:jongen|jij-boodschap|-0.63
w:jongen|waarschuwen|-0.98
w:jongen|bekritiseren|-1.86
w:jongen|prijzen|0.98
w:jou|ik-boodschap|0.7
w:jou|jij-boodschap|0.91
w:jou|parafrase|-0.99
w:jou|gevoelsreflectie|0.15
w:jou|samenvatting|-1.61
w:jou|open-vraag|-0.94
w:jou|aanmoediging|-0.97
w:jou|bekritiseren|0.48
w:jouw|moraliseren|1.0
w:jouw|adviseren|0.96
w:jouw|argumenteren|-1.0
w:julia|open-vraag|-0.9
w:julia|prijzen|-1.0
w:julian|jij-boodschap|-0.88
w:julian|bekritiseren|-0.88
w:jullie|ik-boodschap|1.9
w:jullie|jij-boodschap|-0.23
w:jullie|gevoelsreflectie|0.98
w:jullie|open-vraag|0.96
w:jullie|bevelen|0.81
w:jullie|waarschuwen|-0.83
w:jullie|moraliseren|-0.98
w:jullie|argumenteren|-2.0
w:jullie|bekritiseren|0.6
w:jullie|prijzen|1.98
w:jullie|etiketteren|-1.0
w:jullie|afleiden|-0.99
w:jullie|bedanken|0.99
w:kader|adviseren|-0.93
w:kamer|ik-boodschap|0.89
w:kamer|open-vraag|-0.96
w:kamer|adviseren|0.72
w:kamp|gevoelsreflectie|0.66
w:kamp|open-vraag|-0.99
w:kamp|waarschuwen|0.97
w:kamp|afleiden|0.94
w:kampweek|parafrase|-0.9
w:kampweek|samenvatting|0.9
w:kan|ik-boodschap|3.87
w:kan|jij-boodschap|0.99
w:kan|open-vraag|1.02
w:kan|aanmoediging|-0.99
w:kan|bevelen|-0.99
w:kan|waarschuwen|-0.31
w:kan|moraliseren|-0.72
w:kan|adviseren|0.14
w:kan|argumenteren|0.13
w:kan|bekritiseren|-1.93
w:kan|prijzen|0.98
w:kan|interpreteren|-1.97
w:kan|ondervragen|-0.97
w:kan|afleiden|-0.99
w:kan|afronding-aankondigen|-1.0
w:kan|vervolgafspraak|-0.92
w:kans|ik-boodschap|0.89
w:kans|samenvatting|0.98
w:kans|bekritiseren|-0.75
w:kantine|parafrase|-0.99
w:kantoor|vervolgafspraak|0.98
w:kapot|aanmoediging|-1.0
w:kast|argumenteren|-0.94
w:keer|jij-boodschap|-0.41
w:keer|gevoelsreflectie|-1.66
w:keer|samenvatting|0.69
w:keer|bevelen|-0.97
w:keer|waarschuwen|1.78
w:keer|moraliseren|-0.95
w:keer|adviseren|-1.78
w:keer|argumenteren|-1.8
w:keer|bekritiseren|1.0
w:keer|prijzen|-0.99
w:keer|etiketteren|-0.92
w:keer|geruststellen|-0.89
w:keer|afronding-aankondigen|-1.88
w:keer|vervolgafspraak|1.12
w:keer|bedanken|0.83
w:kees|parafrase|-0.99
w:kent|bevelen|-0.79
w:keuze|bekritiseren|0.88
w:keuzevak|open-vraag|-1.71
w:kevin|ik-boodschap|0.92
w:kevin|etiketteren|-0.78
w:kiezen|interpreteren|-0.99
w:kijk|ik-boodschap|0.88
w:kijk|jij-boodschap|-0.88
w:kijk|moraliseren|-0.9
w:kijk|adviseren|-0.86
w:kijk|argumenteren|1.88
w:kijk|bekritiseren|-0.95
w:kijk|geruststellen|-1.0
w:kijk|vervolgafspraak|-0.9
w:kijken|ik-boodschap|-0.92
w:kijken|parafrase|-0.96
w:kijken|samenvatting|0.78
w:kijken|bekritiseren|1.0
w:kijken|prijzen|-1.0
w:kijken|afleiden|0.99
w:kijken|vervolgafspraak|-0.82
w:kijkt|jij-boodschap|-0.97
w:kijkt|gevoelsreflectie|2.75
w:kijkt|open-vraag|0.93
w:kijkt|moraliseren|0.99
w:kijkt|bekritiseren|-0.97
w:kijkt|geruststellen|-0.96
w:kijkt|afronding-aankondigen|-0.99
w:kim|waarschuwen|-0.97
w:kind|bevelen|-0.86
w:kind|waarschuwen|-0.75
w:kind|moraliseren|1.93
w:kind|etiketteren|0.99
w:kinderachtig|waarschuwen|-0.97
w:kinderen|jij-boodschap|-0.94
w:kinderen|interpreteren|-0.96
w:kinderen|geruststellen|0.96
w:klaar|parafrase|-0.95
w:klaar|gevoelsreflectie|-1.0
w:klaar|bevelen|0.9
w:klaarzetten|ondervragen|-0.97
w:klager|moraliseren|-0.97
w:klas|ik-boodschap|-0.17
w:klas|jij-boodschap|-1.35
w:klas|gevoelsreflectie|-0.84
w:klas|samenvatting|-1.94
w:klas|bevelen|0.91
w:klas|waarschuwen|-0.99
w:klas|moraliseren|-0.96
w:klas|adviseren|-0.96
w:klas|argumenteren|0.93
w:klas|prijzen|1.11
w:klas|interpreteren|-0.85
w:klas|geruststellen|1.74
w:klas|ondervragen|-0.98
w:klas|afleiden|-1.67
w:klas|vervolgafspraak|-0.96
w:klasgenoot|ik-boodschap|0.92
w:klasgenoten|samenvatting|-1.0
w:klasgenoten|open-vraag|-1.0
w:klasgenoten|moraliseren|1.0
w:klasgenoten|ondervragen|-1.0
w:klassen|ik-boodschap|-0.98
w:kletskous|prijzen|-0.96
w:kleuter|jij-boodschap|1.39
w:kleuter|etiketteren|0.92
w:kleuterachtig|etiketteren|1.81
w:klinkt|jij-boodschap|-0.85
w:klinkt|parafrase|-0.96
w:klinkt|gevoelsreflectie|4.64
w:klinkt|samenvatting|-0.94
w:klinkt|open-vraag|-1.0
w:klinkt|aanmoediging|-1.0
w:klinkt|moraliseren|-0.97
w:klinkt|bekritiseren|-0.91
w:klinkt|geruststellen|-1.0
w:klinkt|bedanken|-0.99
w:kloppen|argumenteren|1.0
w:klopt|ik-boodschap|-0.75
w:klopt|gevoelsreflectie|0.33
w:klopt|argumenteren|1.58
w:klopt|prijzen|-1.0
w:kluisjes|ik-boodschap|1.0
w:knap|adviseren|-0.83
w:knap|afleiden|-0.95
w:koekje|geruststellen|-0.96
w:koffie|afleiden|0.98
w:kom|ik-boodschap|0.99
w:kom|jij-boodschap|-0.88
w:kom|moraliseren|-0.82
w:kom|argumenteren|0.88
w:kom|bekritiseren|-0.95
w:komen|parafrase|-0.99
w:komen|adviseren|0.81
w:komen|bekritiseren|0.14
w:komen|prijzen|-0.99
w:komen|interpreteren|-0.99
w:komen|ondervragen|-1.0
w:komen|afleiden|-0.97
w:komen|afronding-aankondigen|-0.97
w:komen|vervolgafspraak|0.97
w:komen|bedanken|0.11
w:komst|samenvatting|0.57
w:komst|bedanken|0.88
w:komt|ik-boodschap|0.86
w:komt|jij-boodschap|1.24
w:komt|parafrase|-0.94
w:komt|gevoelsreflectie|-0.98
w:komt|samenvatting|-1.09
w:komt|open-vraag|-0.92
w:komt|aanmoediging|-1.0
w:komt|bevelen|-2.75
w:komt|waarschuwen|-1.0
w:komt|adviseren|-0.81
w:komt|argumenteren|-2.89
w:komt|bekritiseren|1.39
w:komt|prijzen|-0.96
w:komt|etiketteren|-2.0
w:komt|interpreteren|-0.13
w:komt|geruststellen|3.13
w:komt|afleiden|-1.92
w:komt|afronding-aankondigen|-1.0
w:komt|vervolgafspraak|-3.71
w:komt|bedanken|-1.0
w:kon|parafrase|-0.99
w:kon|gevoelsreflectie|-0.74
w:kon|adviseren|0.76
w:kon|geruststellen|-0.97
w:kopje|afleiden|0.98
w:koptelefoon|moraliseren|-0.96
w:kort|samenvatting|0.69
w:kort|adviseren|-0.99
w:kortom|ik-boodschap|-0.99
w:kortom|jij-boodschap|0.58
w:kortom|parafrase|-0.97
w:kortom|gevoelsreflectie|-0.98
w:kortom|samenvatting|2.15
w:kortom|open-vraag|-0.97
w:kortom|bevelen|-0.93
w:kortom|waarschuwen|-0.99
w:kortom|bekritiseren|1.79
w:kortom|afronding-aankondigen|0.11
w:kortom|vervolgafspraak|0.9
w:kortom|bedanken|0.9
w:kost|samenvatting|0.57
w:kosten|waarschuwen|1.52
w:kreeg|gevoelsreflectie|0.82
w:kreeg|vervolgafspraak|0.95
w:krijg|gevoelsreflectie|-1.0
w:krijg|waarschuwen|1.0
w:krijg|argumenteren|-0.97
w:krijgt|ik-boodschap|-1.0
w:krijgt|parafrase|0.86
w:krijgt|gevoelsreflectie|-0.84
w:krijgt|samenvatting|2.81
w:krijgt|bevelen|-1.0
w:krijgt|argumenteren|0.68
w:krijgt|vervolgafspraak|1.69
w:krijgt|bedanken|-0.1
w:kritiek|jij-boodschap|0.93
w:kritiek|samenvatting|-0.93
w:kritiek|bekritiseren|1.44
w:kun|moraliseren|-0.96
w:kun|argumenteren|0.84
w:kun|prijzen|0.99
w:kunnen|parafrase|-1.03
w:kunnen|open-vraag|1.0
w:kunnen|adviseren|1.0
w:kunnen|argumenteren|0.97
w:kunnen|bekritiseren|0.6
w:kunnen|prijzen|0.11
w:kunnen|afronding-aankondigen|1.93
w:kunt|ik-boodschap|1.89
w:kunt|open-vraag|-0.97
w:kunt|bevelen|-0.98
w:kunt|moraliseren|-1.0
w:kunt|adviseren|3.6
w:kunt|argumenteren|-1.0
w:kunt|bekritiseren|0.97
w:kunt|etiketteren|-0.96
w:kwaad|adviseren|-0.88
w:kwam|ik-boodschap|0.97
w:kwam|parafrase|0.96
w:kwam|open-vraag|0.96
w:kwam|ondervragen|0.98
w:kwartaal|bekritiseren|-0.91
w:kwartier|etiketteren|-0.86
w:kwartier|bedanken|0.93
w:kwestie|geruststellen|0.96
w:kwetst|ik-boodschap|0.99
w:kwijt|open-vraag|-0.96
w:kwijtraken|waarschuwen|-0.98
w:laag|parafrase|0.93
w:laag|argumenteren|0.93
w:laars|jij-boodschap|0.98
w:laars|samenvatting|-0.65
w:laars|bekritiseren|0.98
w:laat|ik-boodschap|-1.94
w:laat|jij-boodschap|1.14
w:laat|gevoelsreflectie|-0.94
w:laat|open-vraag|-0.9
w:laat|aanmoediging|-0.95
w:laat|bevelen|-0.93
w:laat|waarschuwen|1.02
w:laat|adviseren|-0.83
w:laat|argumenteren|1.69
w:laat|bekritiseren|-0.81
w:laat|prijzen|-1.0
w:laat|etiketteren|-1.0
w:laat|geruststellen|-0.75
w:laat|ondervragen|-0.98
w:laat|afleiden|-0.94
w:laat|afronding-aankondigen|-0.98
w:laat|vervolgafspraak|0.28
w:laatste|ik-boodschap|-0.89
w:laatste|open-vraag|0.96
w:laatste|waarschuwen|0.99
w:laatste|bekritiseren|-0.75
w:laatste|prijzen|-0.99
w:laatste|geruststellen|0.92
w:lage|samenvatting|0.69
w:lager|argumenteren|1.0
w:laks|jij-boodschap|0.98
w:laks|bekritiseren|0.98
w:lang|samenvatting|-1.0
w:lang|bevelen|-1.0
w:lang|prijzen|-1.0
w:lang|ondervragen|1.0
w:langst|moraliseren|0.95
w:lapt|jij-boodschap|0.98
w:lapt|samenvatting|-0.65
w:lapt|bekritiseren|0.98
w:laptop|ik-boodschap|0.99
w:laptop|adviseren|0.68
w:lapzwans|jij-boodschap|1.0
w:lapzwans|argumenteren|-1.0
w:lapzwans|etiketteren|1.0
w:last|etiketteren|-0.79
w:lastig|ik-boodschap|0.98
w:lastig|jij-boodschap|0.96
w:lastig|gevoelsreflectie|-0.96
w:lastig|open-vraag|-0.81
w:lastig|adviseren|-0.95
w:lastig|argumenteren|-0.9
w:lastig|bekritiseren|0.76
w:lastig|ondervragen|-0.97
w:lastig|afronding-aankondigen|-1.99
w:lastig|vervolgafspraak|-0.9
w:lastpak|argumenteren|-0.87
w:laten|ik-boodschap|1.87
w:laten|samenvatting|-0.99
w:laten|open-vraag|-1.87
w:laten|bevelen|-0.98
w:laten|waarschuwen|-0.99
w:laten|adviseren|0.93
w:laten|argumenteren|-0.98
w:laten|interpreteren|-0.99
w:laten|geruststellen|-1.0
w:laten|afleiden|0.98
w:laten|afronding-aankondigen|2.8
w:laten|vervolgafspraak|0.94
w:laten|bedanken|-0.98
w:later|open-vraag|-0.91
w:later|afleiden|1.83
w:leeftijd|bevelen|-1.0
w:leeftijd|moraliseren|-0.96
w:leeftijd|bekritiseren|-0.94
w:leeftijd|geruststellen|-1.0
w:leeftijd|afleiden|1.0
w:leek|jij-boodschap|0.98
w:leek|samenvatting|-0.65
w:leek|bekritiseren|0.98
w:leerling|waarschuwen|-0.17
w:leerling|moraliseren|1.75
w:leerling|argumenteren|-0.1
w:leerling|bekritiseren|-0.8
w:leerling|prijzen|0.95
w:leerlingen|ik-boodschap|-0.67
w:leerlingen|argumenteren|1.0
w:leerlingen|etiketteren|-0.79
w:leerlingen|geruststellen|-0.94
w:leerplichtambtenaar|ik-boodschap|-1.91
w:leerplichtambtenaar|waarschuwen|1.0
w:leerplichtambtenaar|adviseren|-1.0
w:leert|ik-boodschap|0.99
w:leert|parafrase|1.0
w:leert|gevoelsreflectie|-1.0
w:leert|argumenteren|0.96
w:leert|geruststellen|-1.0
w:leerweg|adviseren|-0.93
w:leg|bevelen|0.9
w:leggen|ik-boodschap|0.89
w:leggen|adviseren|1.68
w:legt|bevelen|1.0
w:legt|waarschuwen|-1.0
w:legt|interpreteren|0.82
w:legt|afleiden|-1.0
w:lekker|ik-boodschap|0.84
w:lekker|argumenteren|-0.84
w:lekker|bekritiseren|0.92
w:leraren|adviseren|-0.99
w:leren|bevelen|-0.96
w:leren|moraliseren|0.94
w:leren|argumenteren|-0.91
w:leren|bekritiseren|0.84
w:leren|etiketteren|0.84
w:leren|interpreteren|-0.97
w:les|ik-boodschap|-0.9
w:les|jij-boodschap|-0.47
w:les|gevoelsreflectie|-1.0
w:les|samenvatting|-1.97
w:les|open-vraag|0.91
w:les|adviseren|-1.0
w:les|argumenteren|-0.7
w:les|bekritiseren|-0.93
w:lessen|samenvatting|1.95
w:lessen|open-vraag|-0.99
w:lesuren|jij-boodschap|-1.0
w:lesuren|waarschuwen|-1.0
w:lesuren|argumenteren|1.0
w:lesuren|etiketteren|-1.0
w:lesuren|interpreteren|-1.0
w:lesuren|ondervragen|-1.0
w:let|parafrase|-0.99
w:let|samenvatting|0.78
w:let|bevelen|-0.93
w:let|geruststellen|0.99
w:let|vervolgafspraak|0.99
w:letten|adviseren|-0.97
w:leukers|jij-boodschap|-0.94
w:leven|bevelen|-0.96
w:lever|jij-boodschap|-0.99
w:lever|bevelen|1.73
w:leveren|jij-boodschap|-1.0
w:leveren|bevelen|1.0
w:leveren|moraliseren|-1.0
w:leveren|etiketteren|-1.0
w:leveren|interpreteren|-1.0
w:lezen|ik-boodschap|-1.79
w:lezen|parafrase|0.95
w:lezen|samenvatting|0.57
w:lichten|vervolgafspraak|0.94
w:liegen|moraliseren|1.71
w:liegen|argumenteren|-0.5
w:liever|ik-boodschap|-0.93
w:liever|waarschuwen|-0.85
w:liever|afleiden|0.94
w:lig|jij-boodschap|1.85
w:lig|waarschuwen|1.0
w:lig|bekritiseren|1.7
w:lig|prijzen|-0.71
w:liggen|jij-boodschap|1.0
w:liggen|parafrase|0.98
w:liggen|open-vraag|-1.83
w:liggen|bevelen|-0.98
w:liggen|argumenteren|-0.98
w:liggen|etiketteren|-1.0
w:liggen|geruststellen|0.54
w:liggen|afleiden|0.9
w:liggen|afronding-aankondigen|-1.0
w:ligt|parafrase|0.96
w:ligt|samenvatting|0.86
w:ligt|interpreteren|1.0
w:ligt|geruststellen|0.98
w:lijkt|gevoelsreflectie|0.99
w:lijkt|moraliseren|-0.98
w:lijkt|bekritiseren|-1.0
w:lijkt|geruststellen|1.97
w:lijkt|vervolgafspraak|-1.0
w:lip|adviseren|-0.98
w:lisa|samenvatting|0.99
w:lisa|open-vraag|-1.97
w:lisa|bevelen|-0.99
w:lisa|afleiden|-0.98
w:logeren|interpreteren|-0.99
w:logisch|moraliseren|-0.9
w:logisch|argumenteren|0.84
w:lokaal|ik-boodschap|0.97
w:lokaal|vervolgafspraak|0.86
w:loop|waarschuwen|-0.71
w:los|interpreteren|1.0
w:loslaten|prijzen|0.85
w:losse|vervolgafspraak|-0.96
w:lotte|ik-boodschap|0.92
w:lotte|open-vraag|1.0
w:lotte|argumenteren|-1.0
w:lucas|waarschuwen|0.97
w:luchtig|afronding-aankondigen|-0.94
w:lui|jij-boodschap|-0.5
w:lui|gevoelsreflectie|-1.0
w:lui|bekritiseren|0.84
w:lui|etiketteren|1.8
w:lui|geruststellen|0.65
w:luilak|bekritiseren|-0.99
w:luister|parafrase|-1.0
w:luister|aanmoediging|1.0
w:luistert|gevoelsreflectie|-0.94
w:luistert|adviseren|-0.99
w:luistert|etiketteren|-0.99
w:luiwammes|gevoelsreflectie|-0.96
w:lukt|parafrase|0.9
w:lukt|adviseren|-0.83
w:lukt|interpreteren|0.82
w:lukt|afleiden|-0.95
w:luuk|jij-boodschap|1.39
w:luuk|etiketteren|1.92
w:m'n|jij-boodschap|-0.71
w:maag|jij-boodschap|-0.71
w:maak|jij-boodschap|-1.0
w:maak|waarschuwen|-1.0
w:maak|etiketteren|-1.0
w:maak|geruststellen|0.93
w:maak|afleiden|-0.98
w:maak|vervolgafspraak|-0.68
w:maakt|ik-boodschap|-0.7
w:maakt|parafrase|-1.94
w:maakt|gevoelsreflectie|-0.84
w:maakt|samenvatting|1.01
w:maakt|bevelen|0.96
w:maakt|waarschuwen|-1.81
w:maakt|adviseren|-0.14
w:maakt|argumenteren|-1.0
w:maakt|prijzen|-0.94
w:maakt|etiketteren|0.94
w:maakt|geruststellen|0.57
w:maakt|afleiden|-1.0
w:maakt|vervolgafspraak|0.94
w:maakt|bedanken|-0.89
w:maakte|open-vraag|0.94
w:maand|ik-boodschap|0.98
w:maand|open-vraag|-0.81
w:maand|afleiden|0.82
w:maand|afronding-aankondigen|-0.97
w:maand|vervolgafspraak|1.08
w:maandag|ik-boodschap|0.93
w:maandag|gevoelsreflectie|0.82
w:maandag|samenvatting|-0.92
w:maandag|bevelen|1.73
w:maandag|waarschuwen|-0.93
w:maandag|afronding-aankondigen|0.91
w:maandag|vervolgafspraak|2.71
w:maandagochtend|interpreteren|0.99
w:maandagochtend|afleiden|-0.99
w:maandje|geruststellen|1.64
w:maar|jij-boodschap|1.36
w:maar|parafrase|0.84
w:maar|gevoelsreflectie|0.88
w:maar|samenvatting|-1.57
w:maar|open-vraag|-2.52
w:maar|aanmoediging|1.51
w:maar|bevelen|-1.02
w:maar|adviseren|-0.72
w:maar|argumenteren|1.15
w:maar|bekritiseren|2.28
w:maar|interpreteren|-0.96
w:maar|geruststellen|2.98
w:maar|ondervragen|0.98
w:maar|afleiden|1.9
w:maar|vervolgafspraak|-0.68
w:maart|samenvatting|0.94
w:maart|argumenteren|0.9
w:maart|vervolgafspraak|0.94
w:maat|bekritiseren|0.91
w:machteloos|gevoelsreflectie|1.91
w:mag|gevoelsreflectie|0.66
w:mag|aanmoediging|0.97
w:mag|waarschuwen|0.97
w:mag|moraliseren|0.9
w:mag|argumenteren|-0.94
w:mag|interpreteren|-1.0
w:mag|geruststellen|-0.85
w:mag|afleiden|-0.91
w:mag|bedanken|-0.89
w:magister|ik-boodschap|0.23
w:magister|jij-boodschap|0.55
w:magister|gevoelsreflectie|-1.0
w:magister|bekritiseren|0.55
w:mail|parafrase|-0.82
w:mail|gevoelsreflectie|-0.96
w:mail|samenvatting|1.75
w:mail|argumenteren|-0.97
w:mail|bekritiseren|0.76
w:mail|prijzen|-0.82
w:mail|etiketteren|-0.9
w:mail|ondervragen|0.91
w:mail|afronding-aankondigen|0.31
w:mail|vervolgafspraak|1.0
w:mail|bedanken|-0.88
w:mails|bekritiseren|0.91
w:maken|ik-boodschap|0.1
w:maken|jij-boodschap|-0.87
w:maken|gevoelsreflectie|-0.74
w:maken|waarschuwen|0.82
w:maken|adviseren|0.89
w:maken|argumenteren|0.97
w:maken|vervolgafspraak|0.87
w:maken|bedanken|0.88
w:makkelijk|waarschuwen|-0.98
w:makkelijk|adviseren|0.99
w:makkelijk|prijzen|0.98
w:makkelijk|interpreteren|0.99
w:makkelijk|geruststellen|-0.99
w:man|ik-boodschap|0.75
w:manier|samenvatting|-0.95
w:manier|bekritiseren|0.72
w:manier|geruststellen|-0.98
w:me|ik-boodschap|3.26
w:me|jij-boodschap|-1.0
w:me|samenvatting|-0.91
w:me|open-vraag|0.9
w:me|waarschuwen|-1.0
w:me|moraliseren|-0.96
w:me|adviseren|-0.92
w:me|argumenteren|-1.84
w:me|bekritiseren|-1.98
w:me|etiketteren|-1.0
w:me|geruststellen|-0.98
w:me|ondervragen|-0.97
w:me|afronding-aankondigen|-1.0
w:me|vervolgafspraak|-1.67
w:me|bedanken|-0.88
w:medewerking|bekritiseren|1.83
w:medewerking|bedanken|-0.93
w:mee|ik-boodschap|-0.85
w:mee|jij-boodschap|0.52
w:mee|parafrase|-0.95
w:mee|gevoelsreflectie|-1.04
w:mee|samenvatting|-0.96
w:mee|bevelen|0.91
w:mee|waarschuwen|-0.88
w:mee|moraliseren|-0.94
w:mee|bekritiseren|1.46
w:mee|prijzen|0.98
w:mee|etiketteren|-1.0
w:mee|interpreteren|0.9
w:mee|geruststellen|1.0
w:mee|ondervragen|-0.99
w:mee|afleiden|-0.99
w:mee|afronding-aankondigen|0.96
w:mee|bedanken|0.96
w:meedenken|bedanken|0.99
w:meedenkend|waarschuwen|-0.95
w:meedoen|ik-boodschap|1.91
w:meegaand|jij-boodschap|-0.98
w:meegaand|prijzen|0.98
w:meekrijgen|moraliseren|0.8
w:meeneemt|open-vraag|0.97
w:meer|jij-boodschap|-0.91
w:meer|parafrase|-1.99
w:meer|gevoelsreflectie|-0.98
w:meer|samenvatting|1.01
w:meer|aanmoediging|-0.98
w:meer|bevelen|1.95
w:meer|waarschuwen|-0.85
w:meer|adviseren|1.87
w:meer|bekritiseren|-1.0
w:meer|afronding-aankondigen|-1.0
w:meer|vervolgafspraak|-1.96
w:mees|ik-boodschap|-1.56
w:mees|open-vraag|-1.83
w:mees|afleiden|-0.88
w:meest|gevoelsreflectie|-0.99
w:meewerkt|ik-boodschap|-0.99
w:meewerkt|jij-boodschap|-0.98
w:meewerkt|prijzen|0.98
w:meid|moraliseren|-0.96
w:meid|bekritiseren|-0.91
w:meid|prijzen|0.99
w:meiden|parafrase|0.99
w:meivakantie|open-vraag|1.0
w:meivakantie|argumenteren|-1.0
w:meld|waarschuwen|0.76
w:melden|waarschuwen|-0.83
w:melden|argumenteren|0.93
w:meneer|jij-boodschap|0.59
w:meneer|gevoelsreflectie|0.72
w:meneer|bevelen|1.0
w:meneer|prijzen|-1.0
w:meneer|etiketteren|0.9
w:meneer|bedanken|-1.0
w:mentor|ik-boodschap|-0.98
w:mentor|gevoelsreflectie|0.14
w:mentor|bevelen|-1.83
w:mentor|moraliseren|-0.94
w:mentor|geruststellen|-0.64
w:mentor|ondervragen|0.98
w:mentor|afleiden|-1.89
w:mentor|afronding-aankondigen|-0.94
w:mentor|vervolgafspraak|-0.95
w:mentor|bedanken|0.96
w:merk|open-vraag|1.0
w:merk|waarschuwen|-0.98
w:merk|argumenteren|-1.0
w:merk|bekritiseren|-1.81
w:merk|etiketteren|1.0
w:merk|interpreteren|-0.95
w:merk|bedanken|0.92
w:merkt|parafrase|0.1
w:merkt|gevoelsreflectie|-1.0
w:merkt|open-vraag|-0.82
w:merkt|etiketteren|-0.94
w:merkt|geruststellen|-0.98
w:met|ik-boodschap|1.84
w:met|jij-boodschap|-0.75
w:met|parafrase|-0.94
w:met|samenvatting|-0.49
w:met|open-vraag|-1.81
w:met|aanmoediging|-0.98
w:met|waarschuwen|-1.66
w:met|moraliseren|-1.9
w:met|adviseren|1.96
w:met|argumenteren|-0.96
w:met|bekritiseren|-1.22
w:met|prijzen|0.8
w:met|etiketteren|-1.96
w:met|interpreteren|-1.0
w:met|geruststellen|-1.88
w:met|ondervragen|-0.96
w:met|afleiden|-1.95
w:met|afronding-aankondigen|0.18
w:met|vervolgafspraak|0.42
w:met|bedanken|-1.03
w:meteen|gevoelsreflectie|-0.77
w:meteen|prijzen|1.65
w:mevrouw|bevelen|1.03
w:mevrouw|waarschuwen|-0.8
w:mevrouw|bekritiseren|-0.92
w:mevrouw|etiketteren|0.92
w:middag|parafrase|1.0
w:middag|samenvatting|-0.87
w:middag|open-vraag|0.99
w:middernacht|gevoelsreflectie|-0.99
w:middernacht|moraliseren|0.95
w:mij|ik-boodschap|-1.0
w:mij|jij-boodschap|1.39
w:mij|waarschuwen|-1.05
w:mij|bekritiseren|0.86
w:mij|prijzen|-0.98
w:mij|interpreteren|1.88
w:mij|geruststellen|-0.95
w:mij|vervolgafspraak|0.97
w:mijn|ik-boodschap|-1.95
w:mijn|samenvatting|0.98
w:mijn|moraliseren|-0.96
w:mijn|adviseren|0.91
w:mijn|bekritiseren|-0.99
w:mila|open-vraag|0.97
w:mila|moraliseren|0.95
w:mila|prijzen|0.95
w:mila|afleiden|-1.0
w:milan|jij-boodschap|-0.98
w:milan|gevoelsreflectie|-0.99
w:milan|waarschuwen|0.92
w:milan|bekritiseren|-0.98
w:minder|ik-boodschap|0.99
w:minder|argumenteren|-0.97
w:minder|geruststellen|0.99
w:minste|moraliseren|0.98
w:minuten|vervolgafspraak|-0.91
w:mis|jij-boodschap|-1.0
w:mis|waarschuwen|-1.0
w:mis|argumenteren|0.53
w:mis|etiketteren|-1.0
w:misgaat|parafrase|1.0
w:misgaat|gevoelsreflectie|-1.0
w:misschien|ik-boodschap|2.78
w:misschien|parafrase|-0.99
w:misschien|gevoelsreflectie|0.99
w:misschien|adviseren|6.4
w:misschien|argumenteren|-0.94
w:misschien|bekritiseren|0.97
w:misschien|prijzen|0.11
w:misschien|etiketteren|-0.96
w:misschien|geruststellen|-0.99
w:missen|geruststellen|-0.94
w:mist|ik-boodschap|1.92
w:mist|samenvatting|0.95
w:mist|open-vraag|-0.16
w:mist|waarschuwen|-0.62
w:mist|adviseren|-1.5
w:mist|argumenteren|0.97
w:mist|bekritiseren|-0.99
w:mist|vervolgafspraak|-0.96
w:mo|ik-boodschap|0.93
w:mo|open-vraag|0.93
w:mo|waarschuwen|-0.83
w:moe|ik-boodschap|0.98
w:moe|jij-boodschap|-0.75
w:moe|samenvatting|-0.23
w:moeder|parafrase|0.96
w:moeder|moraliseren|1.01
w:moeder|adviseren|-0.15
w:moeder|argumenteren|-1.0
w:moeder|etiketteren|-0.96
w:moeder|interpreteren|-0.9
w:moeder|afronding-aankondigen|0.97
w:moeder|vervolgafspraak|0.97
w:moeilijk|parafrase|-0.93
w:moeilijk|gevoelsreflectie|0.82
w:moeilijk|open-vraag|1.89
w:moeilijk|aanmoediging|-0.99
w:moeilijk|argumenteren|0.97
w:moeilijk|etiketteren|0.93
w:moeilijk|interpreteren|1.0
w:moeilijk|vervolgafspraak|0.95
w:moeite|jij-boodschap|0.44
w:moeite|samenvatting|0.57
w:moeite|geruststellen|-0.91
w:moest|parafrase|0.96
w:moest|prijzen|-0.96
w:moet|ik-boodschap|0.93
w:moet|jij-boodschap|-0.63
w:moet|parafrase|-1.98
w:moet|gevoelsreflectie|2.64
w:moet|samenvatting|-0.98
w:moet|bevelen|0.86
w:moet|waarschuwen|1.89
w:moet|moraliseren|1.75
w:moet|argumenteren|1.11
w:moet|bekritiseren|-0.97
w:moet|geruststellen|1.92
w:moet|afronding-aankondigen|1.0
w:moet|vervolgafspraak|-0.91
w:moeten|ik-boodschap|0.93
w:moeten|waarschuwen|-0.83
w:moeten|moraliseren|0.94
w:moeten|adviseren|-0.91
w:moeten|bekritiseren|-1.05
w:moeten|etiketteren|-1.0
w:moeten|afronding-aankondigen|0.98
w:moeten|vervolgafspraak|-2.92
w:mogen|moraliseren|0.98
w:mohammed|jij-boodschap|1.67
w:mohammed|adviseren|-0.73
w:mohammed|bekritiseren|0.96
w:moment|moraliseren|-1.0
w:moment|argumenteren|-1.0
w:mooi|ik-boodschap|0.92
w:mooi|argumenteren|-0.91
w:mooie|samenvatting|-0.97
w:morgen|jij-boodschap|-1.99
w:morgen|bevelen|3.79
w:morgen|waarschuwen|-0.8
w:morgen|moraliseren|-1.0
w:morgen|argumenteren|-0.84
w:morgen|etiketteren|-1.0
w:morgen|interpreteren|-1.0
w:morgen|afronding-aankondigen|-0.76
w:morgen|bedanken|-0.91
w:musical|samenvatting|-0.97
w:na|jij-boodschap|0.42
w:na|gevoelsreflectie|-1.76
w:na|open-vraag|-0.97
w:na|adviseren|-0.78
w:na|argumenteren|0.98
w:na|bekritiseren|-0.99
w:na|afleiden|-0.97
w:na|afronding-aankondigen|-0.93
w:na|vervolgafspraak|0.97
w:naar|ik-boodschap|0.66
w:naar|parafrase|-1.04
w:naar|gevoelsreflectie|-0.98
w:naar|open-vraag|-1.16
w:naar|aanmoediging|-0.95
w:naar|bevelen|0.93
w:naar|waarschuwen|0.14
w:naar|moraliseren|-1.71
w:naar|adviseren|-0.84
w:naar|bekritiseren|1.6
w:naar|prijzen|-0.96
w:naar|etiketteren|-0.9
w:naar|interpreteren|1.92
w:naar|geruststellen|0.69
w:naar|afleiden|1.97
w:naar|vervolgafspraak|0.96
w:naast|ik-boodschap|1.0
w:naast|gevoelsreflectie|-0.91
w:naast|waarschuwen|-0.85
w:naast|moraliseren|-0.82
w:naast|bekritiseren|-0.98
w:nabespreking|open-vraag|0.96
w:nablijven|waarschuwen|1.81
w:nablijven|adviseren|-0.78
w:nablijven|argumenteren|0.98
w:nachtrust|open-vraag|-0.96
w:nachts|jij-boodschap|0.87
w:nachts|parafrase|-0.99
w:nachts|adviseren|-0.71
w:nadenken|aanmoediging|0.97
w:nagekomen|bekritiseren|0.97
w:natuurkunde|jij-boodschap|-0.88
w:natuurkunde|argumenteren|0.88
w:natuurkunde|bekritiseren|-0.95
w:natuurlijk|prijzen|0.69
w:natuurlijk|interpreteren|0.99
w:natuurlijk|afleiden|-0.99
w:nauwelijks|ik-boodschap|0.93
w:nauwelijks|bekritiseren|1.72
w:nederlands|argumenteren|-0.92
w:nederlands|bekritiseren|-0.83
w:nee|bevelen|0.9
w:nee|argumenteren|0.99
w:neem|samenvatting|-0.98
w:neem|aanmoediging|1.9
w:neem|bevelen|-0.79
w:neem|waarschuwen|-0.9
w:neemt|moraliseren|-1.76
w:neemt|interpreteren|-1.0
w:neer|samenvatting|-0.97
w:neer|bekritiseren|0.99
w:negen|jij-boodschap|-0.96
w:negen|samenvatting|0.83
w:negen|adviseren|0.68
w:negen|vervolgafspraak|0.9
w:negen|bedanken|0.9
w:nemen|ik-boodschap|0.99
w:nemen|gevoelsreflectie|-0.74
w:nemen|bevelen|-0.96
w:nemen|adviseren|0.84
w:nemen|etiketteren|-0.84
w:nergens|jij-boodschap|0.91
w:nergens|samenvatting|-1.88
w:nergens|adviseren|-0.97
w:nergens|argumenteren|0.76
w:nergens|bekritiseren|2.87
w:nergens|etiketteren|-0.93
w:net|jij-boodschap|1.39
w:net|etiketteren|0.92
w:netjes|argumenteren|-0.66
w:niemand|jij-boodschap|-1.49
w:niemand|parafrase|0.97
w:niemand|gevoelsreflectie|1.66
w:niemand|samenvatting|-0.99
w:niemand|aanmoediging|-0.92
w:niemand|bekritiseren|-0.92
w:niemand|interpreteren|-0.99
w:niemand|geruststellen|1.57
w:niemand|vervolgafspraak|-0.99
w:niet|ik-boodschap|3.54
w:niet|jij-boodschap|-3.64
w:niet|parafrase|0.99
w:niet|gevoelsreflectie|-2.17
w:niet|samenvatting|-0.9
w:niet|open-vraag|-0.88
w:niet|aanmoediging|-2.91
w:niet|bevelen|0.85
w:niet|waarschuwen|-1.02
w:niet|moraliseren|0.12
w:niet|adviseren|0.65
w:niet|argumenteren|-0.52
w:niet|bekritiseren|0.21
w:niet|geruststellen|0.76
w:niet|ondervragen|1.04
w:niet|afronding-aankondigen|-1.04
w:niet|vervolgafspraak|-2.95
w:niet|bedanken|-0.88
w:niets|ik-boodschap|0.78
w:niets|parafrase|0.1
w:niets|samenvatting|0.97
w:niets|waarschuwen|0.94
w:niets|argumenteren|-0.97
w:niets|bekritiseren|-2.76
w:niets|geruststellen|1.9
w:nieuw|etiketteren|-0.94
w:nieuw|afronding-aankondigen|0.85
w:nieuw|bedanken|-0.95
w:nieuwe|ik-boodschap|0.84
w:nieuwe|jij-boodschap|-1.0
w:nieuwe|samenvatting|-0.95
w:nieuwe|open-vraag|-1.67
w:nieuwe|moraliseren|-1.0
w:nieuwe|argumenteren|-0.84
w:nieuwe|geruststellen|0.78
w:nieuwe|afleiden|2.01
w:nieuwe|vervolgafspraak|0.99
w:nieuwe|bedanken|0.96
w:niks|ik-boodschap|-0.81
w:niks|jij-boodschap|0.93
w:niks|samenvatting|-0.93
w:niks|moraliseren|-0.98
w:niks|argumenteren|0.94
w:niks|bekritiseren|1.7
w:niks|interpreteren|0.97
w:niks|geruststellen|-0.96
w:niks|afleiden|0.94
w:nina|ik-boodschap|0.12
w:noah|ik-boodschap|0.93
w:noah|adviseren|0.76
w:noah|vervolgafspraak|0.96
w:nodig|parafrase|-0.99
w:nodig|open-vraag|0.99
w:nodig|aanmoediging|-0.95
w:nodig|waarschuwen|-0.97
w:nodig|bekritiseren|0.94
w:nodig|prijzen|0.69
w:nodig|afronding-aankondigen|-0.9
w:noemt|ik-boodschap|0.99
w:nog|ik-boodschap|0.12
w:nog|jij-boodschap|0.87
w:nog|parafrase|-0.99
w:nog|samenvatting|0.73
w:nog|open-vraag|-1.09
w:nog|waarschuwen|2.77
w:nog|adviseren|-1.0
w:nog|interpreteren|0.9
w:nog|geruststellen|-0.89
w:nog|afleiden|-0.81
w:nog|vervolgafspraak|-1.97
w:nooit|ik-boodschap|-0.96
w:nooit|jij-boodschap|1.55
w:nooit|adviseren|0.97
w:nooit|bekritiseren|1.78
w:nooit|prijzen|-0.82
w:nooit|geruststellen|-1.0
w:noor|ik-boodschap|1.0
w:noor|open-vraag|-1.0
w:noor|bekritiseren|-0.98
w:noor|prijzen|-0.98
w:noor|vervolgafspraak|-0.95
w:nooti|jij-boodschap|1.53
w:nooti|bekritiseren|1.53
w:normaal|moraliseren|0.99
w:normaal|geruststellen|0.96
w:normering|parafrase|0.93
w:normering|argumenteren|0.93
w:nou|ik-boodschap|-0.16
w:nou|jij-boodschap|-1.78
w:nou|samenvatting|-1.0
w:nou|waarschuwen|-0.99
w:nou|moraliseren|1.08
w:nou|argumenteren|-0.7
w:nou|bekritiseren|2.81
w:nou|etiketteren|1.83
w:nou|geruststellen|0.86
w:nou|ondervragen|-1.0
w:nou|afleiden|1.02
w:nou|vervolgafspraak|-0.95
w:nou|bedanken|-2.69
w:nu|ik-boodschap|0.1
w:nu|jij-boodschap|-1.93
w:nu|parafrase|-0.93
w:nu|gevoelsreflectie|-1.23
w:nu|samenvatting|0.71
w:nu|open-vraag|0.16
w:nu|aanmoediging|-0.85
w:nu|bevelen|4.74
w:nu|waarschuwen|-0.94
w:nu|moraliseren|-1.04
w:nu|argumenteren|-0.68
w:nu|bekritiseren|-1.92
w:nu|etiketteren|-0.99
w:nu|interpreteren|-0.84
w:nu|geruststellen|-2.38
w:nu|afleiden|0.91
w:nu|afronding-aankondigen|2.1
w:nu|vervolgafspraak|-1.98
w:nu|bedanken|-2.84
w:och|geruststellen|-0.63
w:och|afleiden|1.77
w:och|afronding-aankondigen|-0.98
w:ochtend|ik-boodschap|0.89
w:ochtend|adviseren|0.72
w:ochtenden|parafrase|-1.0
w:ochtenden|open-vraag|1.0
w:oefeningen|gevoelsreflectie|-0.74
w:oefent|parafrase|0.9
w:oefent|argumenteren|1.75
w:of|ik-boodschap|-0.97
w:of|parafrase|0.86
w:of|samenvatting|-1.83
w:of|waarschuwen|0.9
w:of|afleiden|-0.91
w:ogen|bevelen|0.93
w:oké|jij-boodschap|0.95
w:oké|parafrase|-0.88
w:oké|samenvatting|-0.92
w:oké|aanmoediging|-0.15
w:oké|adviseren|-0.99
w:om|ik-boodschap|0.25
w:om|jij-boodschap|-1.4
w:om|gevoelsreflectie|-1.22
w:om|samenvatting|-0.86
w:om|aanmoediging|-0.96
w:om|bevelen|0.9
w:om|waarschuwen|-2.78
w:om|adviseren|1.65
w:om|argumenteren|-2.6
w:om|bekritiseren|-1.77
w:om|prijzen|-1.98
w:om|interpreteren|1.05
w:om|geruststellen|-1.99
w:om|ondervragen|-1.0
w:om|afleiden|-1.94
w:om|afronding-aankondigen|-0.85
w:om|vervolgafspraak|-0.7
w:om|bedanken|-0.91
w:oma|interpreteren|-0.99
w:omdat|ik-boodschap|1.94
w:omdat|parafrase|1.02
w:omdat|gevoelsreflectie|0.84
w:omdat|samenvatting|-1.0
w:omdat|open-vraag|-0.9
w:omdat|aanmoediging|-0.92
w:omdat|bevelen|-0.97
w:omdat|adviseren|-0.98
w:omdat|argumenteren|-0.91
w:omdat|bekritiseren|-0.92
w:omdat|prijzen|-0.96
w:omdat|etiketteren|-0.96
w:omdat|interpreteren|3.91
w:omdat|geruststellen|-1.14
w:omdat|afronding-aankondigen|1.0
w:omdat|vervolgafspraak|0.28
w:onbeleefd|bevelen|-0.97
w:onbeschoft|jij-boodschap|-0.94
w:onbetrouwbare|bekritiseren|-1.86
w:onbetrouwbare|etiketteren|0.89
w:onder|ik-boodschap|1.0
w:onder|adviseren|-0.76
w:onder|bekritiseren|0.91
w:onderbreekt|ik-boodschap|-0.96
w:onderbreken|bedanken|-0.88
w:ondernomen|jij-boodschap|1.0
w:ondernomen|bekritiseren|1.0
w:ondernomen|ondervragen|-0.89
w:onderschat|jij-boodschap|0.85
w:onderschat|waarschuwen|0.79
w:ondertekend|open-vraag|-0.9
w:onderzoek|argumenteren|1.81
w:onderzoek|bekritiseren|-0.99
w:onderzoek|interpreteren|-1.0
w:oneerlijk|bekritiseren|0.88
w:ongeoorloofd|jij-boodschap|-0.85
w:ongeoorloofd|argumenteren|1.0
w:ongeoorloofd|interpreteren|-1.0
w:ongeoorloofd|ondervragen|-1.0
w:ongerust|jij-boodschap|-0.99
w:ongerust|gevoelsreflectie|1.92
w:ongerust|adviseren|-0.68
w:ongerust|argumenteren|-1.0
w:ongerust|geruststellen|0.54
w:ongerust|ondervragen|0.98
w:ongeïnteresseerd|jij-boodschap|0.87
w:onhandig|bekritiseren|0.99
w:onhandig|ondervragen|0.99
w:online|parafrase|-0.9
w:online|samenvatting|0.9
w:onredelijke|bekritiseren|0.48
w:onrustig|ik-boodschap|-0.67
w:onrustig|parafrase|-1.92
w:onrustig|samenvatting|-1.0
w:onrustig|open-vraag|-0.96
w:onrustig|moraliseren|-0.96
w:ons|aanmoediging|-0.95
w:ons|argumenteren|0.89
w:ons|afronding-aankondigen|-0.98
w:ons|vervolgafspraak|-1.0
w:ons|bedanken|0.93
w:ontbreekt|waarschuwen|0.99
w:ontzettende|jij-boodschap|0.9
w:onvoldoende|gevoelsreflectie|0.84
w:onvoldoende|argumenteren|1.96
w:onvoldoende|prijzen|-0.94
w:onvoldoende|etiketteren|-0.96
w:onvoldoende|afleiden|1.91
w:onvoldoendes|ik-boodschap|0.96
w:onze|gevoelsreflectie|-1.0
w:onze|aanmoediging|-0.66
w:onze|bevelen|-1.0
w:onze|moraliseren|0.95
w:onze|prijzen|0.95
w:onze|geruststellen|-1.0
w:onze|afronding-aankondigen|1.0
w:onze|vervolgafspraak|-0.83
w:onze|bedanken|-0.95
w:onzeker|gevoelsreflectie|0.96
w:onzeker|etiketteren|-0.96
w:onzeker|geruststellen|0.78
w:onzin|bekritiseren|0.9
w:onzinnige|bekritiseren|0.99
w:onzinverhaal|bekritiseren|2.28
w:onzinverhaal|etiketteren|-0.83
w:oog|ik-boodschap|0.91
w:oog|open-vraag|0.91
w:ooit|jij-boodschap|0.91
w:ooit|bekritiseren|0.91
w:ook|ik-boodschap|-1.02
w:ook|jij-boodschap|-0.74
w:ook|gevoelsreflectie|-0.78
w:ook|samenvatting|-0.94
w:ook|bevelen|-0.77
w:ook|moraliseren|1.7
w:ook|adviseren|-0.7
w:ook|argumenteren|0.28
w:ook|bekritiseren|-0.16
w:ook|prijzen|2.92
w:ook|interpreteren|-0.99
w:ook|geruststellen|-1.03
w:ook|ondervragen|0.99
w:ook|afleiden|-0.23
w:ook|afronding-aankondigen|-0.9
w:ook|vervolgafspraak|1.8
w:ook|bedanken|-0.99
w:oor|samenvatting|-0.98
w:oor|aanmoediging|0.98
w:oortjes|ik-boodschap|-0.99
w:op|ik-boodschap|-0.89
w:op|jij-boodschap|-0.31
w:op|parafrase|-2.13
w:op|gevoelsreflectie|-1.1
w:op|samenvatting|1.48
w:op|open-vraag|-1.27
w:op|bevelen|-0.87
w:op|moraliseren|0.93
w:op|adviseren|-0.65
w:op|argumenteren|-1.69
w:op|bekritiseren|0.81
w:op|etiketteren|-1.0
w:op|geruststellen|0.24
w:op|afleiden|0.89
w:op|afronding-aankondigen|-1.99
w:op|vervolgafspraak|0.11
w:op|bedanken|-0.96
w:opdagen|jij-boodschap|0.85
w:opdagen|bekritiseren|1.83
w:opdracht|jij-boodschap|-0.98
w:opdracht|bevelen|-0.98
w:opdracht|argumenteren|1.71
w:opdracht|prijzen|0.83
w:opdracht|geruststellen|-0.97
w:opdrachten|ik-boodschap|1.92
w:opdrachten|samenvatting|-1.0
w:opdrachten|open-vraag|0.93
w:opdrachten|moraliseren|-0.82
w:open|bedanken|0.8
w:openheid|bedanken|1.92
w:opgaven|vervolgafspraak|0.9
w:opgelet|bekritiseren|1.72
w:ophaalt|bevelen|0.99
w:ophoudt|gevoelsreflectie|-1.0
w:ophoudt|waarschuwen|1.0
w:oplaadt|ik-boodschap|0.99
w:oplevert|open-vraag|-1.0
w:opmerking|ik-boodschap|-0.96
w:opmerking|jij-boodschap|-0.98
w:opmerking|waarschuwen|0.99
w:opmerking|bekritiseren|1.81
w:opmerking|interpreteren|-0.98
w:opneemt|parafrase|0.91
w:opnemen|adviseren|1.0
w:opnieuw|afleiden|-0.97
w:opnieuw|afronding-aankondigen|-0.97
w:opnieuw|vervolgafspraak|0.97
w:oppakt|prijzen|0.99
w:opschrijft|ik-boodschap|0.86
w:opstaat|ik-boodschap|0.78
w:optie|parafrase|-0.99
w:optie|samenvatting|0.99
w:opvoeden|argumenteren|-0.94
w:opziet|open-vraag|0.99
w:orde|argumenteren|-1.0
w:orde|prijzen|1.0
w:orde|etiketteren|-1.0
w:oude|ik-boodschap|-0.85
w:oude|open-vraag|0.91
w:oude|interpreteren|0.92
w:oude|geruststellen|0.9
w:ouder|jij-boodschap|-0.76
w:ouder|waarschuwen|-0.75
w:ouder|moraliseren|1.99
w:ouder|adviseren|-1.0
w:ouder|bekritiseren|0.9
w:ouder|prijzen|-0.94
w:ouder|etiketteren|0.94
w:ouder|geruststellen|0.82
w:ouder|ondervragen|-0.99
w:ouder|vervolgafspraak|-0.95
w:ouderavond|jij-boodschap|0.97
w:ouderavond|moraliseren|-0.99
w:ouders|jij-boodschap|-0.83
w:ouders|bevelen|-1.85
w:ouders|waarschuwen|-0.78
w:ouders|moraliseren|1.94
w:ouders|adviseren|-0.71
w:ouders|argumenteren|-1.0
w:ouders|bekritiseren|-1.83
w:ouders|afronding-aankondigen|0.98
w:ouders|vervolgafspraak|-0.97
w:ouders|bedanken|-0.96
w:oudste|jij-boodschap|-0.94
w:over|ik-boodschap|-0.84
w:over|jij-boodschap|-2.77
w:over|samenvatting|1.65
w:over|bevelen|-0.14
w:over|moraliseren|-0.99
w:over|adviseren|-0.26
w:over|argumenteren|-1.0
w:over|bekritiseren|-2.89
w:over|etiketteren|-1.0
w:over|interpreteren|1.91
w:over|geruststellen|0.47
w:over|afleiden|-0.92
w:over|afronding-aankondigen|-2.86
w:over|vervolgafspraak|-1.1
w:over|bedanken|-0.78
w:overal|jij-boodschap|1.24
w:overal|gevoelsreflectie|-1.78
w:overal|samenvatting|-0.93
w:overal|bevelen|0.81
w:overal|bekritiseren|2.65
w:overal|prijzen|-0.94
w:overal|etiketteren|0.94
w:overdreven|jij-boodschap|-1.78
w:overdreven|bevelen|-0.9
w:overgang|open-vraag|0.94
w:overgangsnormen|ik-boodschap|-0.94
w:overgangsnormen|argumenteren|0.94
w:overhoort|bevelen|-0.94
w:overkomt|geruststellen|-1.38
w:overkomt|afleiden|0.81
w:overleg|samenvatting|0.94
w:overleg|vervolgafspraak|0.94
w:overslaat|ik-boodschap|0.99
w:paar|geruststellen|0.96
w:paar|afronding-aankondigen|-0.98
w:pak|ik-boodschap|-0.98
w:pak|waarschuwen|0.98
w:pak|geruststellen|-0.96
w:pakken|afleiden|0.98
w:pakt|samenvatting|-1.0
w:paniek|geruststellen|0.57
w:pas|ik-boodschap|0.93
w:pas|jij-boodschap|0.99
w:pas|parafrase|1.0
w:pas|gevoelsreflectie|-0.99
w:pas|samenvatting|-0.82
w:pas|bevelen|-0.94
w:pas|waarschuwen|-0.83
w:pas|argumenteren|1.0
w:pas|geruststellen|-0.76
w:pas|ondervragen|-0.99
w:pas|afronding-aankondigen|-2.0
w:passeren|parafrase|-0.98
w:pauze|ik-boodschap|0.14
w:pauze|gevoelsreflectie|-0.94
w:pauze|open-vraag|0.96
w:per|adviseren|-0.71
w:per|vervolgafspraak|-0.99
w:periode|gevoelsreflectie|-0.92
w:periode|argumenteren|-1.78
w:periode|bekritiseren|-0.94
w:periode|etiketteren|-0.92
w:pest|jij-boodschap|1.67
w:pest|bekritiseren|0.96
w:pesten|gevoelsreflectie|-0.81
w:pesten|aanmoediging|-0.99
w:pesten|vervolgafspraak|-0.95
w:pesterijen|jij-boodschap|-0.91
w:pesterijen|samenvatting|0.98
w:pesterijen|afronding-aankondigen|0.89
w:pijn|prijzen|-0.98
w:plaats|ik-boodschap|1.0
w:plaats|open-vraag|-1.0
w:plaats|vervolgafspraak|-0.96
w:plan|gevoelsreflectie|0.82
w:plan|prijzen|1.0
w:plan|ondervragen|-0.99
w:plan|afronding-aankondigen|-1.86
w:plan|vervolgafspraak|1.92
w:plannen|ik-boodschap|0.98
w:plannen|jij-boodschap|-2.84
w:plannen|adviseren|0.87
w:plannen|argumenteren|-0.9
w:plannen|bekritiseren|-1.51
w:plannen|prijzen|0.96
w:plannen|etiketteren|-0.96
w:plannen|geruststellen|-0.85
w:plannen|ondervragen|0.89
w:plannen|afronding-aankondigen|0.79
w:plannen|vervolgafspraak|-0.9
w:planner|ik-boodschap|0.87
w:planner|samenvatting|0.92
w:planner|waarschuwen|-0.93
w:planner|vervolgafspraak|-0.93
w:planning|gevoelsreflectie|-0.99
w:planning|samenvatting|0.34
w:planning|waarschuwen|-0.99
w:planning|moraliseren|-0.99
w:planning|adviseren|-0.86
w:planning|bekritiseren|-0.65
w:planning|prijzen|-0.85
w:planning|afleiden|-0.93
w:planning|vervolgafspraak|0.78
w:planning|bedanken|0.96
w:playstation|jij-boodschap|0.99
w:playstation|adviseren|0.99
w:playstation|argumenteren|-0.94
w:playstation|bekritiseren|0.99
w:plek|waarschuwen|1.52
w:plezier|ik-boodschap|-1.0
w:plezier|parafrase|-0.97
w:plezier|samenvatting|0.97
w:plezier|bevelen|-1.0
w:plezier|bedanken|-1.0
w:plicht|moraliseren|0.93
w:plicht|bekritiseren|-1.73
w:plichten|waarschuwen|-0.99
w:plichten|moraliseren|0.8
w:plichten|argumenteren|-0.8
w:plusklas|adviseren|0.99
w:pols|ik-boodschap|1.0
w:pols|moraliseren|-1.0
w:pols|adviseren|-1.0
w:pols|prijzen|-1.0
w:pols|bedanken|-1.0
w:pootjes|geruststellen|0.92
w:positief|afleiden|0.99
w:praat|ik-boodschap|-0.92
w:praat|parafrase|-0.96
w:praat|samenvatting|1.63
w:praat|open-vraag|-0.97
w:praat|waarschuwen|-0.21
w:praat|moraliseren|0.98
w:praat|etiketteren|-0.98
w:praat|bedanken|0.96
w:praten|ik-boodschap|-0.24
w:praten|parafrase|0.99
w:praten|gevoelsreflectie|1.0
w:praten|samenvatting|-1.0
w:praten|moraliseren|1.0
w:praten|adviseren|0.96
w:praten|bekritiseren|0.72
w:praten|ondervragen|-1.0
w:praten|afronding-aankondigen|1.0
w:praten|vervolgafspraak|-0.68
w:precies|parafrase|-1.0
w:precies|gevoelsreflectie|-0.99
w:precies|open-vraag|1.99
w:precies|aanmoediging|-0.83
w:precies|bekritiseren|-1.0
w:precies|ondervragen|-1.0
w:precies|afleiden|-0.99
w:prima|jij-boodschap|0.87
w:prima|parafrase|-1.95
w:prima|geruststellen|1.79
w:probeer|ik-boodschap|-0.83
w:probeer|interpreteren|-1.0
w:probeert|ondervragen|-0.98
w:probleem|gevoelsreflectie|-0.82
w:probleem|samenvatting|0.95
w:probleem|etiketteren|0.94
w:probleem|interpreteren|2.64
w:probleem|afleiden|-0.94
w:programma|afleiden|-0.82
w:project|bevelen|-0.95
w:project|bekritiseren|0.98
w:projecteert|interpreteren|0.96
w:protocol|argumenteren|-0.61
w:pta|samenvatting|-0.95
w:pta|argumenteren|1.59
w:pta|afleiden|-0.95
w:puber|geruststellen|0.1
w:puber|afleiden|0.87
w:pubers|geruststellen|0.59
w:pubers|afleiden|1.95
w:puberteit|moraliseren|-0.95
w:puberteit|interpreteren|-0.84
w:puberteit|geruststellen|-0.58
w:puberteit|afleiden|0.95
w:pubertijd|moraliseren|-0.93
w:puinhoop|gevoelsreflectie|-1.0
w:puinhoop|adviseren|-1.0
w:punt|ik-boodschap|0.98
w:punt|bekritiseren|-1.0
w:punt|afleiden|0.98
w:punt|vervolgafspraak|-0.91
w:punten|ik-boodschap|0.99
w:pushende|bekritiseren|-1.0
w:pushende|etiketteren|1.0
w:pws|ik-boodschap|0.97
w:raakt|gevoelsreflectie|1.0
w:raakt|open-vraag|-0.96
w:raken|ik-boodschap|0.97
w:ramp|bekritiseren|-0.95
w:randje|bekritiseren|-0.99
w:randje|interpreteren|-0.99
w:rapport|ik-boodschap|0.96
w:rapport|open-vraag|0.96
w:rapport|argumenteren|-0.92
w:rapportcijfer|open-vraag|-0.99
w:rapportcijfer|bevelen|-0.99
w:rapporten|argumenteren|-0.97
w:rare|ik-boodschap|-0.96
w:ravi|interpreteren|0.98
w:reactie|bekritiseren|1.0
w:reactie|etiketteren|0.99
w:reageert|bevelen|-0.99
w:reageert|etiketteren|-0.96
w:reageren|jij-boodschap|1.53
w:reageren|bekritiseren|1.53
w:redelijk|parafrase|-0.93
w:redelijk|gevoelsreflectie|-0.82
w:redelijk|samenvatting|0.88
w:regel|gevoelsreflectie|-0.79
w:regel|samenvatting|-0.86
w:regelen|adviseren|0.93
w:regelen|afleiden|-0.95
w:regelen|afronding-aankondigen|-0.84
w:regeling|gevoelsreflectie|-0.82
w:regelmatig|bevelen|-0.9
w:regels|waarschuwen|0.83
w:regels|argumenteren|1.41
w:regels|bekritiseren|-0.83
w:regen|etiketteren|-1.0
w:reglement|adviseren|-0.78
w:reglement|argumenteren|0.98
w:reistijd|vervolgafspraak|-0.9
w:reken|jij-boodschap|-0.98
w:reken|prijzen|0.98
w:rekenmachine|gevoelsreflectie|-0.74
w:rekenmachine|vervolgafspraak|0.9
w:respect|jij-boodschap|0.71
w:respect|moraliseren|0.86
w:respect|bekritiseren|0.93
w:rij|gevoelsreflectie|-0.81
w:rij|samenvatting|0.95
w:rij|open-vraag|-0.91
w:rij|vervolgafspraak|-0.95
w:rik|ik-boodschap|0.93
w:roept|ik-boodschap|0.95
w:rol|samenvatting|-0.97
w:rollen|bevelen|0.93
w:ronden|samenvatting|-1.72
w:ronden|bekritiseren|-0.95
w:ronden|afronding-aankondigen|0.75
w:ronden|vervolgafspraak|-0.99
w:rondjes|afronding-aankondigen|0.99
w:ronduit|jij-boodschap|-0.94
w:roos|ik-boodschap|0.98
w:rooster|argumenteren|-0.99
w:rotmoment|gevoelsreflectie|0.97
w:rotmoment|aanmoediging|-0.97
w:ruimt|jij-boodschap|-0.92
w:ruimt|bekritiseren|-0.37
w:rust|parafrase|0.98
w:rust|aanmoediging|-0.96
w:rust|bekritiseren|-0.5
w:rust|vervolgafspraak|-0.96
w:rustig|samenvatting|-0.98
w:rustig|aanmoediging|1.87
w:rustig|bevelen|0.99
w:rustig|etiketteren|-0.99
w:rustiger|vervolgafspraak|0.84
w:ruzie|ik-boodschap|-0.99
w:ruzie|parafrase|1.0
w:ruzie|samenvatting|2.09
w:ruzie|open-vraag|-0.97
w:ruzie|argumenteren|-0.96
w:ruzie|afronding-aankondigen|-0.89
w:ruzies|afleiden|-0.99
w:ruzietjes|bevelen|-1.0
w:ruzietjes|geruststellen|-1.0
w:ruzietjes|afleiden|1.99
w:saboteert|bekritiseren|0.99
w:samen|ik-boodschap|-1.75
w:samen|jij-boodschap|-0.69
w:samen|samenvatting|1.21
w:samen|adviseren|2.97
w:samen|argumenteren|-0.94
w:samen|etiketteren|-0.84
w:samen|interpreteren|-0.85
w:samen|vervolgafspraak|1.74
w:samengevat|ik-boodschap|-1.0
w:samengevat|jij-boodschap|0.93
w:samengevat|parafrase|-0.82
w:samengevat|gevoelsreflectie|0.82
w:samengevat|samenvatting|2.02
w:samengevat|open-vraag|-0.99
w:samengevat|bevelen|-1.0
w:samengevat|argumenteren|-0.97
w:samengevat|bekritiseren|1.92
w:samengevat|vervolgafspraak|0.95
w:samengevat|bedanken|-1.0
w:samenvat|gevoelsreflectie|-0.94
w:samenvat|samenvatting|1.28
w:samenvatten|parafrase|-0.93
w:samenvatten|bedanken|0.96
w:samenvattend|samenvatting|1.53
w:samenvattend|argumenteren|-0.7
w:samenvattend|bedanken|-0.89
w:sanne|afronding-aankondigen|-0.95
w:sara|interpreteren|-0.95
w:schaamt|ik-boodschap|-1.0
w:schaamt|gevoelsreflectie|1.0
w:schaamt|interpreteren|1.0
w:schakel|ik-boodschap|-0.99
w:schakel|waarschuwen|1.0
w:schakel|adviseren|-1.0
w:schandalig|jij-boodschap|-0.98
w:schandalig|bekritiseren|0.82
w:schandalig|interpreteren|-0.98
w:scheiding|interpreteren|1.74
w:scheikunde|jij-boodschap|-1.0
w:scheikunde|waarschuwen|-1.71
w:scheikunde|etiketteren|-1.0
w:schermgebruik|argumenteren|0.81
w:schermgebruik|bekritiseren|1.0
w:schermtijd|jij-boodschap|0.98
w:schermtijd|bekritiseren|0.98
w:schieten|ik-boodschap|0.98
w:schieten|jij-boodschap|0.98
w:school|ik-boodschap|-1.91
w:school|jij-boodschap|-0.91
w:school|parafrase|-2.12
w:school|gevoelsreflectie|0.16
w:school|samenvatting|0.12
w:school|bevelen|-0.98
w:school|argumenteren|-1.78
w:school|bekritiseren|0.14
w:school|prijzen|-0.99
w:school|etiketteren|-0.94
w:school|interpreteren|1.74
w:school|geruststellen|0.16
w:school|vervolgafspraak|-0.99
w:school|bedanken|-1.0
w:schoolapp|geruststellen|-0.96
w:schoolgids|jij-boodschap|-0.57
w:schoolmaatschappelijk|adviseren|1.0
w:schoolreisje|open-vraag|-0.97
w:schoolresultaten|waarschuwen|-0.78
w:schoolresultaten|bedanken|-0.96
w:schooltijd|interpreteren|0.96
w:schooltijd|afleiden|-0.96
w:schooltijd|afronding-aankondigen|-0.9
w:schorsing|ik-boodschap|-0.95
w:schorsing|gevoelsreflectie|0.77
w:schorsing|samenvatting|-0.99
w:schorsing|waarschuwen|0.99
w:schorsing|moraliseren|0.94
w:schorsing|argumenteren|-0.97
w:schorsing|interpreteren|-0.99
w:schorsing|geruststellen|-0.99
w:schorsing|afleiden|-0.99
w:schorsing|vervolgafspraak|-0.99
w:schreef|geruststellen|-0.85
w:schreeuwen|argumenteren|-0.99
w:schrift|interpreteren|-1.0
w:schriftje|adviseren|0.99
w:schrijf|adviseren|0.99
w:schrijft|argumenteren|0.93
w:schrik|gevoelsreflectie|0.76
w:schrik|samenvatting|-0.98
w:schrok|ik-boodschap|2.81
w:schrok|parafrase|-1.0
w:schrok|gevoelsreflectie|-1.78
w:schrok|samenvatting|-0.97
w:schrok|open-vraag|0.96
w:schrok|moraliseren|-1.0
w:schrok|adviseren|-1.0
w:schrok|prijzen|-1.0
w:schrok|afleiden|-1.0
w:schrok|bedanken|-1.0
w:schuift|vervolgafspraak|1.8
w:schuld|jij-boodschap|1.91
w:schuld|samenvatting|-0.91
w:schuld|bekritiseren|2.8
w:schuld|ondervragen|-0.89
w:schuldig|geruststellen|-0.24
w:schuldige|interpreteren|1.0
w:scoren|argumenteren|1.0
w:sectie|gevoelsreflectie|0.82
w:sectie|etiketteren|0.9
w:sectie|vervolgafspraak|0.95
w:sem|ik-boodschap|0.96
w:sem|gevoelsreflectie|-1.0
w:sem|bevelen|-0.99
w:sem|moraliseren|0.99
w:sem|adviseren|-1.0
w:sem|bekritiseren|-1.86
w:sem|etiketteren|0.89
w:sem|afleiden|-0.91
w:sem|vervolgafspraak|-0.68
w:september|moraliseren|-0.99
w:september|argumenteren|0.99
w:serieus|ik-boodschap|0.99
w:serieus|moraliseren|-0.99
w:serieus|interpreteren|-1.0
w:sfeer|jij-boodschap|0.86
w:sfeer|samenvatting|0.95
w:sfeer|bekritiseren|1.07
w:sfeer|prijzen|-0.71
w:sfeer|vervolgafspraak|-0.9
w:simpel|argumenteren|0.91
w:simpel|geruststellen|-1.0
w:sinds|ik-boodschap|2.85
w:sinds|jij-boodschap|-1.92
w:sinds|waarschuwen|-1.0
w:sinds|moraliseren|-1.81
w:sinds|argumenteren|-1.0
w:sinds|bekritiseren|-1.85
w:sinds|etiketteren|-1.0
w:sinds|afleiden|-0.98
w:sinds|vervolgafspraak|-0.96
w:slaap|ik-boodschap|0.89
w:slaap|jij-boodschap|-0.99
w:slaap|samenvatting|1.92
w:slaap|open-vraag|1.92
w:slaap|waarschuwen|-0.99
w:slaap|adviseren|0.72
w:slaap|bekritiseren|-0.63
w:slaap|vervolgafspraak|-0.95
w:slaapt|ik-boodschap|0.1
w:slaapt|samenvatting|0.97
w:slaapt|adviseren|-0.99
w:slaapt|interpreteren|-0.85
w:slaat|argumenteren|0.76
w:slaat|bekritiseren|0.97
w:slapen|gevoelsreflectie|-0.99
w:slapen|argumenteren|0.81
w:slecht|ik-boodschap|-0.85
w:slecht|samenvatting|0.97
w:slecht|waarschuwen|0.94
w:slecht|adviseren|-0.99
w:slecht|bekritiseren|2.38
w:slecht|interpreteren|-0.85
w:slechte|jij-boodschap|-0.99
w:slechte|open-vraag|-0.96
w:slechte|adviseren|-0.99
w:slechte|geruststellen|1.78
w:slim|adviseren|0.96
w:slim|bekritiseren|0.92
w:slim|etiketteren|0.98
w:slim|geruststellen|-0.82
w:slimme|jij-boodschap|-0.63
w:slimme|waarschuwen|-0.98
w:slimme|moraliseren|-0.96
w:slimme|prijzen|2.82
w:slimste|ik-boodschap|-0.99
w:slimste|bevelen|-0.98
w:slimste|prijzen|1.82
w:slordig|waarschuwen|-0.88
w:slordige|bekritiseren|-0.91
w:sluit|vervolgafspraak|0.99
w:sluit|bedanken|0.99
w:sluiten|samenvatting|0.57
w:sluiten|afronding-aankondigen|0.91
w:sluiten|vervolgafspraak|-0.9
w:smit|bevelen|0.97
w:smit|waarschuwen|-0.8
w:snap|parafrase|0.86
w:snap|gevoelsreflectie|1.92
w:snap|samenvatting|-0.87
w:snap|open-vraag|-0.91
w:snap|adviseren|1.27
w:snap|geruststellen|0.91
w:snapt|ik-boodschap|0.12
w:snapt|jij-boodschap|-0.63
w:snapt|parafrase|-0.98
w:snapt|argumenteren|-0.84
w:snapt|prijzen|0.96
w:snapt|interpreteren|0.96
w:snel|parafrase|-1.99
w:snel|waarschuwen|1.0
w:snel|bekritiseren|-0.93
w:sneller|geruststellen|1.0
w:sociaal|adviseren|-0.99
w:sofia|vervolgafspraak|-0.92
w:sofie|ik-boodschap|-0.96
w:somber|parafrase|-1.0
w:somber|waarschuwen|1.0
w:soms|jij-boodschap|1.39
w:soms|moraliseren|-0.96
w:soms|etiketteren|0.92
w:soort|bekritiseren|0.91
w:soort|afleiden|0.99
w:sophie|ik-boodschap|-0.92
w:sophie|gevoelsreflectie|0.94
w:sorry|waarschuwen|-0.98
w:spannend|gevoelsreflectie|1.93
w:spannend|samenvatting|-0.94
w:spannend|bekritiseren|-0.89
w:speelt|waarschuwen|-0.1
w:spijbelt|ik-boodschap|-0.92
w:spijbelt|waarschuwen|1.0
w:spijbelt|moraliseren|-0.98
w:spijbelt|adviseren|-1.0
w:spijbelt|bekritiseren|-0.12
w:spijbelt|geruststellen|-0.67
w:sport|vervolgafspraak|-0.96
w:spreek|samenvatting|0.78
w:spreek|vervolgafspraak|0.99
w:spreken|ik-boodschap|-0.92
w:spreken|samenvatting|0.92
w:spreken|argumenteren|-0.66
w:spreken|afronding-aankondigen|-1.9
w:spreken|vervolgafspraak|1.78
w:spreker|ik-boodschap|0.88
w:spullen|ik-boodschap|0.92
w:sta|ik-boodschap|0.62
w:staan|ik-boodschap|0.96
w:staan|bekritiseren|0.9
w:staan|afronding-aankondigen|0.98
w:staat|ik-boodschap|-1.58
w:staat|jij-boodschap|-0.57
w:staat|samenvatting|-0.95
w:staat|argumenteren|-0.21
w:staat|interpreteren|-0.99
w:staat|afleiden|-0.95
w:staat|vervolgafspraak|-0.93
w:stage|jij-boodschap|-0.95
w:stage|bekritiseren|-0.83
w:stage|afleiden|0.97
w:stage|afronding-aankondigen|-0.95
w:stagebegeleider|bevelen|0.93
w:stagebegeleider|vervolgafspraak|-0.93
w:stap|ondervragen|0.98
w:steeds|ik-boodschap|1.73
w:steeds|jij-boodschap|2.62
w:steeds|gevoelsreflectie|-1.81
w:steeds|samenvatting|-0.7
w:steeds|open-vraag|-2.9
w:steeds|moraliseren|-1.0
w:steeds|bekritiseren|2.78
w:steeds|etiketteren|-1.0
w:steeds|interpreteren|-0.95
w:steeds|geruststellen|-0.85
w:steeds|ondervragen|0.94
w:steeds|afronding-aankondigen|-0.99
w:steeds|vervolgafspraak|-0.85
w:steeds|bedanken|-0.88
w:steek|gevoelsreflectie|0.99
w:steek|samenvatting|-0.76
w:stel|etiketteren|1.0
w:stellen|ik-boodschap|0.95
w:stellen|moraliseren|0.95
w:stelt|jij-boodschap|0.94
w:stelt|moraliseren|-0.98
w:stelt|bekritiseren|2.81
w:stelt|geruststellen|-0.96
w:stelt|afleiden|0.94
w:stelt|vervolgafspraak|-0.85
w:stem|aanmoediging|-0.98
w:sterke|geruststellen|-0.64
w:steunen|bekritiseren|-0.83
w:stiefvader|ik-boodschap|-0.64
w:stiefvader|open-vraag|1.0
w:stijn|geruststellen|-0.98
w:stil|geruststellen|-0.77
w:stil|ondervragen|-0.99
w:stiller|ik-boodschap|-0.99
w:stiller|open-vraag|1.0
w:stiller|argumenteren|-1.0
w:stiller|interpreteren|-0.95
w:stoeien|ik-boodschap|0.97
w:stoer|bekritiseren|-1.0
w:stoer|interpreteren|0.85
w:stof|ik-boodschap|0.84
w:stof|argumenteren|-0.84
w:stond|moraliseren|-0.99
w:stond|argumenteren|0.97
w:stoppen|ik-boodschap|0.98
w:stoppen|jij-boodschap|-0.91
w:stoppen|samenvatting|-0.96
w:stoppen|waarschuwen|-0.96
w:stoppen|afronding-aankondigen|2.94
w:straf|parafrase|0.93
w:straf|gevoelsreflectie|-0.66
w:strafwerk|gevoelsreflectie|-1.0
w:strafwerk|argumenteren|-1.0
w:strafwerk|prijzen|-1.0
w:straks|ik-boodschap|0.62
w:straks|jij-boodschap|-0.99
w:straks|waarschuwen|2.49
w:straks|geruststellen|0.99
w:straks|vervolgafspraak|-1.78
w:structuur|parafrase|-0.99
w:structuur|samenvatting|0.99
w:structuur|aanmoediging|-0.96
w:structuur|vervolgafspraak|-0.96
w:struikelen|ik-boodschap|-0.67
w:studiewijzer|argumenteren|1.71
w:studiewijzer|bekritiseren|0.97
w:stuk|etiketteren|1.82
w:stuk|geruststellen|-0.59
w:sturen|bevelen|-0.86
w:sturen|bekritiseren|1.52
w:stuur|waarschuwen|0.9
w:stuur|argumenteren|-0.9
w:stuur|vervolgafspraak|-0.88
w:stuurde|jij-boodschap|-0.94
w:sukkel|bekritiseren|-0.99
w:sven|adviseren|0.96
w:t|ik-boodschap|-0.64
w:t|open-vraag|1.0
w:taal|interpreteren|-0.96
w:tafel|ik-boodschap|1.0
w:tafel|adviseren|-0.76
w:tafel|vervolgafspraak|0.9
w:tandarts|vervolgafspraak|-0.94
w:tas|ik-boodschap|-0.67
w:tas|samenvatting|-0.99
w:tas|bekritiseren|-0.97
w:te|ik-boodschap|1.06
w:te|jij-boodschap|0.39
w:te|parafrase|0.85
w:te|gevoelsreflectie|-0.57
w:te|samenvatting|-2.05
w:te|open-vraag|1.87
w:te|bevelen|-1.76
w:te|moraliseren|1.94
w:te|argumenteren|1.89
w:te|bekritiseren|1.63
w:te|prijzen|-1.01
w:te|etiketteren|-0.16
w:te|interpreteren|-1.67
w:te|geruststellen|-1.29
w:te|ondervragen|-1.05
w:te|afleiden|-0.94
w:te|afronding-aankondigen|-0.83
w:te|vervolgafspraak|0.59
w:te|bedanken|-0.88
w:team|ik-boodschap|0.88
w:teamleider|gevoelsreflectie|-0.79
w:teamleider|samenvatting|-0.86
w:teamleider|open-vraag|-1.0
w:teamleider|waarschuwen|0.9
w:teamleider|geruststellen|-1.0
w:teamleider|afronding-aankondigen|-0.92
w:tegelijk|ik-boodschap|0.75
w:tegen|jij-boodschap|0.91
w:tegen|parafrase|-0.99
w:tegen|gevoelsreflectie|0.99
w:tegen|samenvatting|-0.91
w:tegen|open-vraag|0.99
w:tegen|waarschuwen|-0.13
w:tegen|moraliseren|1.97
w:tegen|adviseren|0.99
w:tegen|bekritiseren|0.91
w:tegen|etiketteren|-0.98
w:tegenover|bevelen|-0.97
w:tegenovergestelde|jij-boodschap|0.94
w:tegenovergestelde|bekritiseren|0.94
w:tegenovergestelde|vervolgafspraak|-0.85
w:tegenvallend|vervolgafspraak|-0.92
w:tegenwoordig|ik-boodschap|-0.99
w:tekent|jij-boodschap|-0.76
w:tekent|vervolgafspraak|-0.95
w:telefon|bevelen|1.0
w:telefon|prijzen|-1.0
w:telefon|bedanken|-1.0
w:telefoon|ik-boodschap|0.91
w:telefoon|jij-boodschap|-0.96
w:telefoon|samenvatting|-0.99
w:telefoon|open-vraag|-1.04
w:telefoon|bevelen|1.9
w:telefoon|waarschuwen|0.2
w:telefoon|adviseren|1.21
w:telefoon|argumenteren|-1.0
w:telefoon|bekritiseren|-0.99
w:telefoon|prijzen|-1.0
w:telefoon|etiketteren|-0.93
w:telefoon|afleiden|-1.0
w:telefoon|afronding-aankondigen|-0.99
w:telefoonnummer|open-vraag|-0.94
w:telefoons|bevelen|0.91
w:telefoons|bekritiseren|-0.99
w:telefoons|etiketteren|-0.94
w:teleur|jij-boodschap|0.94
w:teleur|bekritiseren|0.94
w:teleur|vervolgafspraak|-0.85
w:teleurgesteld|jij-boodschap|0.89
w:teleurgesteld|gevoelsreflectie|2.54
w:teleurgesteld|open-vraag|-1.93
w:teleurgesteld|aanmoediging|-0.92
w:teleurgesteld|bevelen|-0.99
w:teleurgesteld|prijzen|-0.99
w:teleurgesteld|vervolgafspraak|0.95
w:tenminste|afleiden|0.97
w:terecht|waarschuwen|-0.97
w:terecht|geruststellen|0.92
w:terug|parafrase|-1.83
w:terug|samenvatting|1.78
w:terug|afronding-aankondigen|-0.9
w:terugbelde|aanmoediging|-0.92
w:teruggebeld|jij-boodschap|-0.99
w:teruggebeld|gevoelsreflectie|0.99
w:terugvindt|vervolgafspraak|-0.96
w:terwijl|jij-boodschap|1.0
w:terwijl|moraliseren|0.95
w:terwijl|bekritiseren|1.0
w:terwijl|ondervragen|-0.89
w:tevoren|ik-boodschap|-0.75
w:tevoren|parafrase|1.0
w:thanks|vervolgafspraak|-0.95
w:thijs|ik-boodschap|0.89
w:thuis|ik-boodschap|0.93
w:thuis|jij-boodschap|0.99
w:thuis|parafrase|1.09
w:thuis|gevoelsreflectie|-1.79
w:thuis|samenvatting|3.25
w:thuis|open-vraag|3.15
w:thuis|bevelen|-0.83
w:thuis|adviseren|0.77
w:thuis|argumenteren|-1.9
w:thuis|bekritiseren|0.9
w:thuis|etiketteren|-0.94
w:thuis|interpreteren|-0.16
w:thuis|geruststellen|-2.52
w:thuis|ondervragen|0.98
w:thuis|afleiden|-0.99
w:thuis|vervolgafspraak|0.99
w:thuis|bedanken|0.96
w:thuisblijven|adviseren|-0.84
w:thuisgehouden|bekritiseren|0.99
w:thuisgehouden|ondervragen|0.99
w:thuiskomt|bekritiseren|0.94
w:thuiskomt|afleiden|-0.94
w:tien|ik-boodschap|0.93
w:tien|waarschuwen|-0.83
w:ties|open-vraag|0.99
w:tijd|ik-boodschap|-1.92
w:tijd|jij-boodschap|0.58
w:tijd|samenvatting|-1.55
w:tijd|aanmoediging|2.0
w:tijd|bevelen|-0.82
w:tijd|adviseren|-0.78
w:tijd|argumenteren|-0.82
w:tijd|bekritiseren|0.73
w:tijd|etiketteren|-1.0
w:tijd|interpreteren|-1.96
w:tijd|geruststellen|-1.0
w:tijd|vervolgafspraak|-1.82
w:tijdens|ik-boodschap|-0.96
w:tijdens|open-vraag|-0.97
w:tijdens|moraliseren|-0.99
w:tijdens|interpreteren|-0.99
w:tijdens|afronding-aankondigen|-0.99
w:tijdje|interpreteren|-0.99
w:tijdstip|afronding-aankondigen|0.84
w:tijdstip|bedanken|-0.95
w:tillen|moraliseren|-0.95
w:tillen|interpreteren|-0.84
w:tillen|geruststellen|-0.58
w:tillen|afleiden|0.95
w:timer|moraliseren|-0.99
w:timer|interpreteren|-0.99
w:tip|bekritiseren|-0.99
w:tip|etiketteren|-0.84
w:tja|open-vraag|-1.67
w:tja|bekritiseren|1.64
w:tja|afleiden|0.99
w:tja|bedanken|-1.81
w:toch|ik-boodschap|-0.4
w:toch|jij-boodschap|0.54
w:toch|gevoelsreflectie|0.84
w:toch|waarschuwen|-3.62
w:toch|moraliseren|2.78
w:toch|adviseren|-1.0
w:toch|argumenteren|-1.27
w:toch|bekritiseren|-0.95
w:toch|prijzen|1.97
w:toch|etiketteren|0.91
w:toch|geruststellen|-1.92
w:toch|afleiden|2.85
w:toch|vervolgafspraak|-0.95
w:toch|bedanken|0.92
w:toe|ik-boodschap|1.96
w:toe|parafrase|-0.93
w:toe|samenvatting|1.86
w:toe|open-vraag|0.97
w:toe|moraliseren|0.17
w:toe|geruststellen|-0.96
w:toe|vervolgafspraak|0.94
w:toegeven|interpreteren|0.92
w:toekomst|interpreteren|-0.92
w:toekomt|ik-boodschap|0.93
w:toen|ik-boodschap|1.87
w:toen|jij-boodschap|0.98
w:toen|parafrase|1.0
w:toen|gevoelsreflectie|-0.84
w:toen|samenvatting|-2.44
w:toen|open-vraag|-0.27
w:toen|aanmoediging|1.01
w:toen|moraliseren|-1.0
w:toen|adviseren|-1.0
w:toen|bekritiseren|0.98
w:toen|prijzen|-1.0
w:toen|ondervragen|-0.99
w:toen|afleiden|-1.0
w:toen|afronding-aankondigen|-1.0
w:toen|vervolgafspraak|-1.0
w:toen|bedanken|-1.0
w:toets|ik-boodschap|0.18
w:toets|jij-boodschap|-1.0
w:toets|parafrase|0.16
w:toets|gevoelsreflectie|-1.17
w:toets|open-vraag|-1.03
w:toets|aanmoediging|-1.0
w:toets|bevelen|-1.95
w:toets|waarschuwen|-1.0
w:toets|moraliseren|-1.0
w:toets|adviseren|-0.24
w:toets|bekritiseren|-1.0
w:toets|prijzen|-1.0
w:toets|etiketteren|-1.0
w:toets|interpreteren|-1.0
w:toets|geruststellen|-1.0
w:toets|ondervragen|-1.0
w:toets|afleiden|-1.0
w:toets|afronding-aankondigen|-1.0
w:toets|vervolgafspraak|-1.01
w:toets|bedanken|-1.0
w:toetsdatum|argumenteren|0.97
w:toetsen|ik-boodschap|0.89
w:toetsen|parafrase|-0.93
w:toetsen|gevoelsreflectie|-0.99
w:toetsen|open-vraag|-0.99
w:toetsen|bevelen|-0.99
w:toetsen|argumenteren|0.96
w:toetsen|bekritiseren|-0.99
w:toetsen|vervolgafspraak|-0.9
w:toetsstof|adviseren|-0.73
w:toetsweek|ik-boodschap|0.96
w:toetsweek|argumenteren|1.64
w:toetsweek|afleiden|-0.97
w:toevoegen|samenvatting|0.98
w:toevoegen|open-vraag|0.98
w:tof|ik-boodschap|0.97
w:tolk|ik-boodschap|-1.05
w:tolk|parafrase|0.95
w:tom|interpreteren|0.85
w:toont|bekritiseren|-0.84
w:tornen|argumenteren|0.94
w:tornen|afleiden|-0.94
w:tot|ik-boodschap|-0.98
w:tot|samenvatting|1.86
w:tot|open-vraag|0.97
w:tot|waarschuwen|0.98
w:tot|moraliseren|0.95
w:tot|afronding-aankondigen|-0.99
w:training|open-vraag|-0.98
w:trainingen|ik-boodschap|0.88
w:trekt|parafrase|-0.93
w:trekt|samenvatting|0.88
w:trekt|etiketteren|-0.93
w:trots|jij-boodschap|-0.91
w:trots|gevoelsreflectie|0.98
w:trouwens|geruststellen|0.99
w:trouwens|afleiden|0.99
w:tussen|ik-boodschap|-0.64
w:tussen|open-vraag|1.0
w:twee|ik-boodschap|1.18
w:twee|jij-boodschap|-0.11
w:twee|parafrase|-0.96
w:twee|gevoelsreflectie|-1.66
w:twee|samenvatting|0.81
w:twee|open-vraag|-0.16
w:twee|bevelen|-0.99
w:twee|waarschuwen|-0.97
w:twee|adviseren|0.76
w:twee|argumenteren|1.71
w:twee|etiketteren|-0.92
w:twee|bedanken|-0.85
w:tweede|gevoelsreflectie|0.84
w:tweede|waarschuwen|0.97
w:tweede|geruststellen|0.96
w:tweede|afleiden|1.06
w:tweede|vervolgafspraak|0.98
w:tygo|bekritiseren|-0.8
w:typerend|ik-boodschap|-0.86
w:typerend|bekritiseren|0.95
w:typisch|etiketteren|0.99
w:u|ik-boodschap|-4.0
w:u|jij-boodschap|0.26
w:u|parafrase|-0.74
w:u|gevoelsreflectie|-0.87
w:u|samenvatting|-3.76
w:u|open-vraag|1.94
w:u|aanmoediging|-1.32
w:u|bevelen|-0.86
w:u|waarschuwen|-1.05
w:u|moraliseren|-1.97
w:u|argumenteren|-1.1
w:u|bekritiseren|-0.83
w:u|prijzen|-0.91
w:u|etiketteren|-2.01
w:u|interpreteren|-0.89
w:u|geruststellen|-2.0
w:u|ondervragen|-1.87
w:u|afleiden|-1.98
w:u|afronding-aankondigen|-4.51
w:u|vervolgafspraak|1.08
w:u|bedanken|2.64
w:uit|ik-boodschap|0.97
w:uit|waarschuwen|-0.99
w:uit|moraliseren|0.8
w:uit|argumenteren|1.81
w:uit|bekritiseren|-0.93
w:uit|afleiden|-0.99
w:uit|afronding-aankondigen|-0.9
w:uitdaging|interpreteren|0.99
w:uitdaging|geruststellen|-0.99
w:uiterlijk|bevelen|1.73
w:uitgelachen|ik-boodschap|0.94
w:uitgelachen|gevoelsreflectie|-0.94
w:uitgeschreven|jij-boodschap|-0.98
w:uitkomen|ik-boodschap|-0.97
w:uitkomen|afronding-aankondigen|-0.94
w:uitlachen|moraliseren|0.94
w:uitleg|ik-boodschap|0.75
w:uitleg|waarschuwen|-0.98
w:uitleg|moraliseren|-0.96
w:uitleg|adviseren|-0.99
w:uitleg|vervolgafspraak|-0.96
w:uitnodiging|gevoelsreflectie|-1.0
w:uitnodiging|ondervragen|-0.98
w:uitpraten|ik-boodschap|-0.96
w:uitpraten|bevelen|0.97
w:uitpraten|waarschuwen|-0.85
w:uitschelden|jij-boodschap|-2.22
w:uitschelden|moraliseren|1.69
w:uitschelden|bekritiseren|-1.69
w:uitzondering|jij-boodschap|-0.99
w:uitzondering|argumenteren|0.97
w:uploaden|ik-boodschap|-0.97
w:uploaden|geruststellen|-0.97
w:uren|samenvatting|0.57
w:uren|open-vraag|-0.93
w:uur|ik-boodschap|1.03
w:uur|parafrase|-0.97
w:uur|bevelen|-0.91
w:uur|waarschuwen|-0.83
w:uur|vervolgafspraak|2.81
w:uur|bedanken|-0.99
w:uw|ik-boodschap|0.75
w:uw|jij-boodschap|1.03
w:uw|gevoelsreflectie|-0.96
w:uw|samenvatting|0.57
w:uw|open-vraag|0.75
w:uw|aanmoediging|-0.98
w:uw|waarschuwen|-0.75
w:uw|moraliseren|0.16
w:uw|bekritiseren|0.68
w:uw|prijzen|1.65
w:uw|etiketteren|-1.0
w:uw|interpreteren|0.96
w:uw|geruststellen|-0.85
w:uw|afleiden|-0.96
w:uw|afronding-aankondigen|-1.0
w:uw|bedanken|2.82
w:uzelf|etiketteren|1.81
w:vaak|ik-boodschap|-1.92
w:vaak|adviseren|0.99
w:vader|ik-boodschap|-0.98
w:vader|samenvatting|-1.79
w:vader|bevelen|-1.75
w:vader|waarschuwen|1.52
w:vader|moraliseren|0.99
w:vader|adviseren|-0.91
w:vader|bekritiseren|-1.0
w:vader|prijzen|1.0
w:vader|geruststellen|-0.97
w:vader|vervolgafspraak|0.93
w:vader|bedanken|-0.96
w:vak|open-vraag|-1.71
w:vakantie|bevelen|-0.98
w:vakantie|prijzen|0.83
w:vakantie|etiketteren|0.96
w:vakantie|geruststellen|0.99
w:vakantie|afleiden|0.99
w:vakantie|vervolgafspraak|-2.81
w:vakdocenten|samenvatting|0.78
w:vakdocenten|vervolgafspraak|0.99
w:vaker|ik-boodschap|-0.96
w:vaker|gevoelsreflectie|-0.98
w:vaker|bevelen|-0.88
w:vaker|geruststellen|-1.81
w:valt|ik-boodschap|-0.99
w:valt|argumenteren|0.94
w:valt|bekritiseren|-0.99
w:valt|geruststellen|1.0
w:valt|afleiden|-1.93
w:van|ik-boodschap|0.39
w:van|jij-boodschap|-0.73
w:van|parafrase|-0.7
w:van|gevoelsreflectie|-1.19
w:van|samenvatting|-0.99
w:van|open-vraag|-1.92
w:van|aanmoediging|-1.94
w:van|bevelen|-0.98
w:van|waarschuwen|0.23
w:van|moraliseren|1.75
w:van|adviseren|-2.92
w:van|argumenteren|-1.93
w:van|bekritiseren|-0.22
w:van|interpreteren|-0.99
w:van|geruststellen|-0.23
w:van|vervolgafspraak|-3.68
w:van|bedanken|-1.03
w:vanaf|bevelen|0.97
w:vanaf|argumenteren|-0.97
w:vanavond|bekritiseren|-0.93
w:vandaag|samenvatting|-0.99
w:vandaag|waarschuwen|-0.95
w:vandaag|moraliseren|-1.0
w:vandaag|adviseren|-1.0
w:vandaag|argumenteren|-0.91
w:vandaag|bekritiseren|-0.61
w:vandaag|prijzen|-1.0
w:vandaag|interpreteren|-1.0
w:vandaag|geruststellen|-0.59
w:vandaag|afleiden|-0.26
w:vandaag|afronding-aankondigen|0.99
w:vanmiddag|bevelen|1.66
w:vanmiddag|etiketteren|-0.9
w:vanmiddag|geruststellen|-0.86
w:vanochtend|bevelen|-0.94
w:vanuit|afronding-aankondigen|-0.94
w:vanzelf|interpreteren|0.92
w:vanzelf|geruststellen|0.9
w:vanzelf|afleiden|-0.9
w:vast|jij-boodschap|-1.68
w:vast|parafrase|-0.98
w:vast|gevoelsreflectie|-0.82
w:vast|waarschuwen|-0.95
w:vast|adviseren|-0.98
w:vast|argumenteren|-1.0
w:vast|bekritiseren|-1.37
w:vast|prijzen|2.98
w:vast|etiketteren|-1.0
w:vast|interpreteren|-0.15
w:vast|ondervragen|-0.99
w:vast|afleiden|-0.95
w:vast|vervolgafspraak|-0.95
w:vaste|ik-boodschap|0.93
w:vaste|waarschuwen|-1.0
w:vaste|adviseren|1.76
w:vaste|bekritiseren|-1.0
w:vastligt|argumenteren|0.65
w:vatten|interpreteren|-0.85
w:veel|jij-boodschap|-0.97
w:veel|samenvatting|0.99
w:veel|open-vraag|-0.16
w:veel|adviseren|-1.97
w:veel|argumenteren|1.0
w:veel|bekritiseren|-0.66
w:veel|etiketteren|-0.79
w:veel|geruststellen|0.57
w:veel|vervolgafspraak|-0.96
w:veertien|argumenteren|1.0
w:veertien|interpreteren|-1.0
w:veertien|ondervragen|-1.0
w:veilig|parafrase|0.81
w:ver|bekritiseren|0.91
w:vera|open-vraag|-0.81
w:veranderde|parafrase|1.0
w:veranderde|samenvatting|-0.82
w:veranderde|afronding-aankondigen|-1.0
w:veranderen|parafrase|-0.98
w:verandert|parafrase|-1.0
w:verandert|waarschuwen|1.94
w:verantwoordelijk|ik-boodschap|0.97
w:verantwoordelijkheid|bevelen|-0.96
w:verantwoordelijkheid|moraliseren|1.21
w:verantwoordelijkheid|argumenteren|-1.0
w:verband|ik-boodschap|1.0
w:verband|moraliseren|-1.0
w:verband|adviseren|-1.0
w:verband|prijzen|-1.0
w:verband|bedanken|-1.0
w:verbergen|ik-boodschap|-0.73
w:verbergen|interpreteren|0.96
w:verbouwing|afleiden|0.97
w:verder|gevoelsreflectie|-1.0
w:verder|samenvatting|-0.99
w:verder|open-vraag|-0.91
w:verder|aanmoediging|2.82
w:verder|afronding-aankondigen|1.02
w:verdiend|geruststellen|-1.0
w:verdoen|jij-boodschap|1.57
w:verdoen|samenvatting|-0.57
w:verdoen|bevelen|-0.93
w:verdoen|bekritiseren|1.51
w:verdraait|ik-boodschap|-0.99
w:verdriet|ik-boodschap|1.0
w:verdriet|gevoelsreflectie|0.77
w:verdriet|open-vraag|-1.0
w:verdriet|aanmoediging|-0.98
w:verdriet|vervolgafspraak|-0.9
w:verdriet|bedanken|0.99
w:verdrietig|ik-boodschap|-0.34
w:verdrietig|parafrase|-1.97
w:verdrietig|gevoelsreflectie|2.02
w:verdrietig|aanmoediging|1.0
w:vergeet|ik-boodschap|0.92
w:vergeet|bevelen|-0.9
w:vergeet|moraliseren|-0.96
w:vergeet|interpreteren|-1.0
w:vergeten|parafrase|0.96
w:vergeten|gevoelsreflectie|-0.74
w:vergeten|open-vraag|0.96
w:vergissing|geruststellen|-0.96
w:vergist|moraliseren|-0.99
w:vergist|argumenteren|2.76
w:verhaal|ik-boodschap|-0.96
w:verhaal|jij-boodschap|0.59
w:verhaal|open-vraag|0.75
w:verhaal|bevelen|-0.98
w:verhaal|argumenteren|-0.98
w:verhaal|afleiden|0.9
w:verhuizing|parafrase|1.0
w:verhuizing|samenvatting|-0.82
w:verhuizing|interpreteren|1.0
w:verhuizing|geruststellen|-0.77
w:verhuizing|ondervragen|0.97
w:verhuizing|afronding-aankondigen|-1.0
w:verkeerd|bekritiseren|-0.93
w:verkeerd|geruststellen|1.65
w:verlaagt|argumenteren|0.81
w:verlagen|bekritiseren|-0.99
w:verliest|ik-boodschap|0.99
w:verlof|bevelen|-0.93
w:verlopen|parafrase|-1.0
w:verlopen|open-vraag|1.0
w:vermoeidheid|etiketteren|-0.94
w:verpest|jij-boodschap|1.85
w:verpest|waarschuwen|1.0
w:verpest|bekritiseren|1.7
w:verpest|prijzen|-0.71
w:verplaatst|afleiden|-0.81
w:verpleegkundige|prijzen|1.65
w:verrast|ik-boodschap|0.86
w:verschil|parafrase|-0.96
w:verschil|gevoelsreflectie|-0.98
w:verschil|samenvatting|0.98
w:verschoven|ik-boodschap|-1.0
w:verschoven|jij-boodschap|-1.0
w:verschoven|parafrase|-1.0
w:verschoven|gevoelsreflectie|-1.0
w:verschoven|samenvatting|-1.0
w:verschoven|open-vraag|-1.0
w:verschoven|aanmoediging|-1.0
w:verschoven|bevelen|-1.0
w:verschoven|waarschuwen|-1.0
w:verschoven|moraliseren|-1.0
w:verschoven|adviseren|-1.0
w:verschoven|argumenteren|-1.0
w:verschoven|bekritiseren|-1.0
w:verschoven|prijzen|-1.0
w:verschoven|etiketteren|-1.0
w:verschoven|interpreteren|-1.0
w:verschoven|geruststellen|-1.0
w:verschoven|ondervragen|-1.0
w:verschoven|afleiden|-1.0
w:verschoven|afronding-aankondigen|-1.0
w:verschoven|vervolgafspraak|-1.0
w:verschoven|bedanken|-1.0
w:verslag|ik-boodschap|0.97
w:verslag|bekritiseren|-0.93
w:verstuurd|argumenteren|0.9
w:vertel|gevoelsreflectie|-0.99
w:vertel|aanmoediging|1.82
w:vertel|etiketteren|-0.9
w:verteld|open-vraag|0.99
w:vertelde|waarschuwen|-0.98
w:vertelde|moraliseren|-0.94
w:vertelde|geruststellen|-0.76
w:vertellen|ik-boodschap|-1.0
w:vertellen|parafrase|-1.0
w:vertellen|open-vraag|1.0
w:vertellen|waarschuwen|0.98
w:vertellen|afronding-aankondigen|-1.0
w:vertelt|gevoelsreflectie|-0.22
w:vertelt|bekritiseren|-0.97
w:vertelt|vervolgafspraak|-0.9
w:vertelt|bedanken|1.91
w:vertrouwenspersoon|vervolgafspraak|0.95
w:vertrouwt|bevelen|-0.99
w:verveelt|bevelen|-0.97
w:verveelt|interpreteren|0.99
w:verveelt|geruststellen|-0.99
w:verwaarloost|aanmoediging|-1.0
w:verwacht|gevoelsreflectie|0.17
w:verwacht|samenvatting|-0.98
w:verwacht|open-vraag|-0.94
w:verwacht|aanmoediging|-0.98
w:verwacht|bevelen|0.96
w:verwacht|waarschuwen|-0.82
w:verwachten|moraliseren|0.9
w:verwend|jij-boodschap|0.81
w:verwend|etiketteren|0.99
w:verzuim|ik-boodschap|-0.99
w:verzuim|jij-boodschap|-0.95
w:verzuim|gevoelsreflectie|-0.99
w:verzuim|samenvatting|2.81
w:verzuim|open-vraag|-0.82
w:verzuim|moraliseren|-1.89
w:verzuim|argumenteren|-0.7
w:verzuim|bekritiseren|-1.82
w:verzuim|afronding-aankondigen|-1.73
w:verzuim|vervolgafspraak|0.9
w:verzuim|bedanken|0.9
w:verzuimen|argumenteren|1.0
w:via|parafrase|0.96
w:via|gevoelsreflectie|-1.0
w:via|open-vraag|-0.98
w:via|prijzen|-0.96
w:via|afleiden|-0.98
w:vier|afronding-aankondigen|-0.99
w:vier|vervolgafspraak|-1.67
w:vier|bedanken|-0.99
w:vierde|moraliseren|0.9
w:vierde|adviseren|-0.96
w:vierde|bekritiseren|-0.99
w:vijf|argumenteren|0.96
w:vijf|vervolgafspraak|-0.91
w:vind|ik-boodschap|3.31
w:vind|jij-boodschap|-0.83
w:vind|gevoelsreflectie|-1.57
w:vind|samenvatting|-0.7
w:vind|aanmoediging|-0.99
w:vind|bevelen|-0.97
w:vind|moraliseren|1.78
w:vind|adviseren|-0.19
w:vind|argumenteren|-0.9
w:vind|bekritiseren|1.07
w:vind|interpreteren|-0.95
w:vind|ondervragen|-0.97
w:vind|afronding-aankondigen|-0.99
w:vind|vervolgafspraak|-0.67
w:vinden|prijzen|0.98
w:vindt|jij-boodschap|1.82
w:vindt|parafrase|-0.15
w:vindt|gevoelsreflectie|0.34
w:vindt|open-vraag|0.94
w:vindt|waarschuwen|-0.95
w:vindt|adviseren|1.84
w:vindt|argumenteren|0.93
w:vindt|bekritiseren|1.0
w:vindt|etiketteren|1.98
w:vindt|interpreteren|0.14
w:vindt|vervolgafspraak|0.88
w:vlak|argumenteren|0.81
w:voel|bevelen|-0.99
w:voel|afleiden|-0.88
w:voelen|gevoelsreflectie|0.91
w:voelen|geruststellen|0.59
w:voelt|parafrase|-1.02
w:voelt|gevoelsreflectie|2.52
w:voelt|samenvatting|0.74
w:voelt|waarschuwen|-1.0
w:voelt|adviseren|-0.98
w:voelt|bekritiseren|-1.82
w:voelt|etiketteren|-0.96
w:voelt|geruststellen|-0.83
w:voetbal|waarschuwen|-0.98
w:voetbalwedstrijd|open-vraag|-1.84
w:voetbalwedstrijd|afleiden|0.88
w:vol|gevoelsreflectie|0.98
w:voldoende|argumenteren|0.21
w:voldoende|geruststellen|-1.0
w:voldoendes|argumenteren|0.96
w:volg|parafrase|0.99
w:volgen|ik-boodschap|0.75
w:volgend|jij-boodschap|-0.95
w:volgend|waarschuwen|0.97
w:volgend|afronding-aankondigen|-0.95
w:volgende|ik-boodschap|-1.89
w:volgende|waarschuwen|0.99
w:volgende|adviseren|-0.76
w:volgende|argumenteren|-0.16
w:volgende|bekritiseren|-0.95
w:volgende|geruststellen|-0.99
w:volgende|afleiden|-0.11
w:volgende|vervolgafspraak|1.97
w:volgende|bedanken|-0.91
w:volgens|gevoelsreflectie|-1.9
w:volgens|samenvatting|-0.13
w:volgens|open-vraag|0.96
w:volgens|bevelen|-0.97
w:volgens|prijzen|-0.98
w:volgens|interpreteren|0.89
w:volgens|vervolgafspraak|-0.99
w:volgt|waarschuwen|0.99
w:volgt|moraliseren|0.94
w:volgt|adviseren|-0.78
w:volgt|geruststellen|-0.99
w:volgt|afleiden|-0.99
w:vond|ik-boodschap|1.89
w:vond|moraliseren|-0.94
w:vond|bekritiseren|0.88
w:vond|geruststellen|-0.76
w:vond|afleiden|0.94
w:vond|vervolgafspraak|-1.0
w:voor|ik-boodschap|2.65
w:voor|jij-boodschap|-2.97
w:voor|parafrase|1.03
w:voor|gevoelsreflectie|0.19
w:voor|samenvatting|-2.7
w:voor|open-vraag|0.13
w:voor|aanmoediging|-0.97
w:voor|bevelen|-0.95
w:voor|waarschuwen|-1.0
w:voor|moraliseren|-0.12
w:voor|adviseren|-0.97
w:voor|argumenteren|-0.67
w:voor|bekritiseren|-1.17
w:voor|prijzen|-0.98
w:voor|etiketteren|-0.94
w:voor|interpreteren|-0.99
w:voor|geruststellen|-1.95
w:voor|ondervragen|-0.97
w:voor|afleiden|-0.94
w:voor|afronding-aankondigen|-0.77
w:voor|vervolgafspraak|0.88
w:voor|bedanken|1.95
w:vooral|parafrase|0.1
w:vooral|gevoelsreflectie|0.84
w:vooral|samenvatting|0.9
w:vooral|aanmoediging|-0.92
w:vooral|afleiden|-0.94
w:voorbeeld|adviseren|-1.91
w:voorbeeld|argumenteren|-1.0
w:voorbeeldfunctie|moraliseren|0.91
w:voorbereid|bekritiseren|1.73
w:voorbereiden|moraliseren|-1.0
w:voorbereiden|etiketteren|-1.0
w:voorbij|ik-boodschap|-0.97
w:voorbij|samenvatting|-0.97
w:voorkomen|bekritiseren|0.6
w:voorstellen|ik-boodschap|-0.62
w:voorstellen|adviseren|-0.88
w:voort|interpreteren|0.99
w:voort|afleiden|-0.99
w:voortaan|adviseren|0.97
w:voortaan|bekritiseren|0.97
w:vorige|ik-boodschap|0.92
w:vorige|jij-boodschap|0.98
w:vorige|samenvatting|-0.65
w:vorige|waarschuwen|-0.97
w:vorige|moraliseren|-0.94
w:vorige|bekritiseren|1.95
w:vorige|geruststellen|-0.76
w:vorige|ondervragen|0.91
w:vorige|vervolgafspraak|-1.0
w:vraag|samenvatting|-0.94
w:vraag|bevelen|0.98
w:vraag|argumenteren|-0.97
w:vraag|bekritiseren|0.97
w:vraag|geruststellen|-0.85
w:vraag|afleiden|-0.91
w:vragen|moraliseren|0.98
w:vragen|argumenteren|-0.94
w:vragen|interpreteren|-1.0
w:vreselijk|bekritiseren|1.87
w:vrienden|ik-boodschap|-0.85
w:vrienden|samenvatting|0.69
w:vrienden|open-vraag|0.91
w:vrienden|bekritiseren|-0.97
w:vrienden|afleiden|-0.97
w:vrienden|bedanken|-0.89
w:vriendengroep|open-vraag|0.94
w:vriendinnen|ik-boodschap|-0.93
w:vriendinnen|open-vraag|-0.91
w:vries|bevelen|0.95
w:vrijdag|ik-boodschap|-1.92
w:vrijdag|samenvatting|0.91
w:vrijdag|open-vraag|-1.0
w:vrijdag|waarschuwen|0.82
w:vrijdag|geruststellen|-1.0
w:vrijdag|ondervragen|-1.0
w:vrijdag|afronding-aankondigen|-1.83
w:vrijdag|vervolgafspraak|3.89
w:vrijdag|bedanken|-0.96
w:vrijdagmiddag|waarschuwen|0.99
w:vrijheid|moraliseren|-1.0
w:vrijheid|adviseren|1.0
w:vrijheid|prijzen|-0.85
w:vrijheid|interpreteren|-0.91
w:vrijheid|vervolgafspraak|-1.0
w:vroeger|interpreteren|0.95
w:vrolijke|etiketteren|-0.87
w:vrouw|prijzen|1.81
w:vrouw|geruststellen|-0.64
w:vuur|waarschuwen|0.88
w:waar|ik-boodschap|1.03
w:waar|gevoelsreflectie|-0.99
w:waar|samenvatting|-0.98
w:waar|waarschuwen|-0.93
w:waar|interpreteren|-1.0
w:waar|vervolgafspraak|-0.93
w:waardeer|bedanken|0.96
w:waardoor|ik-boodschap|2.22
w:waardoor|gevoelsreflectie|-0.74
w:waardoor|open-vraag|0.96
w:waardoor|bekritiseren|-0.93
w:waardoor|vervolgafspraak|-0.96
w:waarom|ik-boodschap|-0.89
w:waarom|jij-boodschap|-0.89
w:waarom|gevoelsreflectie|0.98
w:waarom|samenvatting|-1.0
w:waarom|aanmoediging|-0.93
w:waarom|bevelen|-1.0
w:waarom|waarschuwen|-1.0
w:waarom|bekritiseren|0.39
w:waarom|prijzen|-1.0
w:waarom|geruststellen|-1.0
w:waarom|ondervragen|3.85
w:waarom|afleiden|-0.91
w:waarom|vervolgafspraak|-1.0
w:waarop|samenvatting|-0.95
w:wachten|afronding-aankondigen|0.98
w:wachten|vervolgafspraak|-0.97
w:wakker|geruststellen|1.52
w:wanneer|ik-boodschap|1.99
w:wanneer|open-vraag|0.93
w:wanneer|aanmoediging|-0.99
w:wanneer|waarschuwen|-0.82
w:wanneer|moraliseren|-0.96
w:wanneer|argumenteren|-0.97
w:wanneer|interpreteren|-1.0
w:wanneer|afleiden|-0.98
w:want|ik-boodschap|3.47
w:want|jij-boodschap|-1.0
w:want|open-vraag|-0.98
w:want|bevelen|-0.99
w:want|waarschuwen|-1.0
w:want|argumenteren|1.0
w:want|etiketteren|-1.0
w:want|afronding-aankondigen|-1.0
w:war|bekritiseren|0.98
w:waren|jij-boodschap|-0.97
w:waren|bekritiseren|-0.97
w:was|ik-boodschap|-2.8
w:was|jij-boodschap|-1.89
w:was|parafrase|-0.96
w:was|gevoelsreflectie|0.17
w:was|samenvatting|-0.97
w:was|open-vraag|-0.2
w:was|aanmoediging|-0.99
w:was|bevelen|-1.0
w:was|waarschuwen|-1.0
w:was|moraliseren|-0.69
w:was|adviseren|1.0
w:was|argumenteren|1.97
w:was|bekritiseren|-1.64
w:was|prijzen|0.85
w:was|etiketteren|-0.93
w:was|interpreteren|-1.0
w:was|geruststellen|0.17
w:was|ondervragen|1.98
w:was|afleiden|1.87
w:wat|ik-boodschap|1.8
w:wat|jij-boodschap|0.81
w:wat|gevoelsreflectie|-1.75
w:wat|samenvatting|0.14
w:wat|open-vraag|3.09
w:wat|aanmoediging|-0.93
w:wat|bevelen|-0.89
w:wat|waarschuwen|-0.7
w:wat|moraliseren|-1.0
w:wat|adviseren|-0.28
w:wat|argumenteren|-1.91
w:wat|bekritiseren|1.74
w:wat|prijzen|1.0
w:wat|interpreteren|-1.89
w:wat|geruststellen|-0.91
w:wat|ondervragen|-1.0
w:wat|afleiden|0.89
w:wat|afronding-aankondigen|-2.0
w:wat|vervolgafspraak|0.85
w:wc|ik-boodschap|-0.96
w:wc|gevoelsreflectie|-0.98
w:wc|waarschuwen|-0.97
w:we|ik-boodschap|-1.08
w:we|jij-boodschap|-1.85
w:we|parafrase|-2.91
w:we|gevoelsreflectie|-0.99
w:we|samenvatting|3.47
w:we|open-vraag|-1.79
w:we|aanmoediging|-1.89
w:we|bevelen|-1.98
w:we|waarschuwen|-1.9
w:we|argumenteren|0.92
w:we|bekritiseren|-0.54
w:we|prijzen|0.96
w:we|interpreteren|-1.0
w:we|geruststellen|-1.42
w:we|ondervragen|0.89
w:we|afronding-aankondigen|2.67
w:we|vervolgafspraak|4.63
w:we|bedanken|-2.76
w:website|argumenteren|-2.52
w:weegt|open-vraag|0.94
w:week|ik-boodschap|-0.13
w:week|gevoelsreflectie|-0.71
w:week|samenvatting|-0.79
w:week|open-vraag|0.83
w:week|adviseren|0.23
w:week|argumenteren|-1.8
w:week|bekritiseren|-0.9
w:week|etiketteren|-0.84
w:week|ondervragen|0.91
w:week|afleiden|-0.93
w:week|vervolgafspraak|1.05
w:week|bedanken|-1.91
w:weekend|ik-boodschap|0.93
w:weekend|jij-boodschap|-0.99
w:weekend|waarschuwen|-0.93
w:weekend|bekritiseren|-0.99
w:weekend|geruststellen|-0.98
w:weekend|vervolgafspraak|-0.93
w:weekplanner|geruststellen|0.97
w:weekplanning|ik-boodschap|-0.83
w:weekplanning|adviseren|1.0
w:weer|parafrase|-0.97
w:weer|gevoelsreflectie|-1.0
w:weer|aanmoediging|-1.89
w:weer|bevelen|-1.0
w:weer|waarschuwen|1.92
w:weer|moraliseren|-0.98
w:weer|adviseren|-1.0
w:weer|argumenteren|-1.88
w:weer|bekritiseren|0.16
w:weer|etiketteren|0.81
w:weer|geruststellen|-0.94
w:weer|afleiden|0.73
w:weer|afronding-aankondigen|-1.01
w:weer|vervolgafspraak|1.9
w:weer|bedanken|-1.75
w:wees|waarschuwen|0.99
w:wees|afleiden|-0.99
w:weet|ik-boodschap|1.9
w:weet|jij-boodschap|0.99
w:weet|parafrase|-0.93
w:weet|gevoelsreflectie|-0.94
w:weet|samenvatting|0.91
w:weet|open-vraag|0.91
w:weet|moraliseren|1.67
w:weet|adviseren|-1.0
w:weet|argumenteren|-0.69
w:weet|bekritiseren|1.75
w:weet|prijzen|1.99
w:weet|etiketteren|0.9
w:weet|geruststellen|0.96
w:weet|afleiden|-0.98
w:weg|bevelen|1.11
w:weg|prijzen|-2.0
w:weg|etiketteren|-0.93
w:weg|bedanken|-1.0
w:wegbleef|vervolgafspraak|-1.0
w:wegblijft|jij-boodschap|0.95
w:wegbrengen|bevelen|0.88
w:wegbrengen|adviseren|-0.78
w:wegbrengen|argumenteren|0.98
w:weggelopen|open-vraag|-0.81
w:wegkomt|bekritiseren|0.99
w:wegliep|open-vraag|0.96
w:wegstopt|ik-boodschap|-0.98
w:wegstopt|waarschuwen|0.98
w:wegzakt|ik-boodschap|0.96
w:wegzetten|jij-boodschap|0.99
w:wegzetten|adviseren|0.99
w:wegzetten|bekritiseren|0.99
w:weinig|ik-boodschap|0.96
w:weinig|parafrase|0.91
w:weinig|samenvatting|0.69
w:weinig|open-vraag|-1.0
w:weinig|interpreteren|-1.69
w:weken|ik-boodschap|1.14
w:weken|jij-boodschap|-0.98
w:weken|parafrase|-0.96
w:weken|samenvatting|0.69
w:weken|adviseren|0.8
w:weken|argumenteren|2.68
w:weken|geruststellen|0.96
w:weken|afronding-aankondigen|-0.97
w:weken|vervolgafspraak|2.83
w:wekker|geruststellen|-0.95
w:wel|ik-boodschap|-0.97
w:wel|jij-boodschap|-2.6
w:wel|parafrase|0.92
w:wel|gevoelsreflectie|-1.94
w:wel|open-vraag|-0.91
w:wel|bevelen|-0.91
w:wel|moraliseren|-1.65
w:wel|adviseren|-1.0
w:wel|bekritiseren|-0.62
w:wel|prijzen|1.01
w:wel|etiketteren|-0.96
w:wel|interpreteren|-0.9
w:wel|geruststellen|3.44
w:wel|afleiden|0.92
w:wel|afronding-aankondigen|1.1
w:wel|vervolgafspraak|0.9
w:wel|bedanken|-0.89
w:weleens|prijzen|-0.94
w:welk|open-vraag|-2.65
w:welke|ondervragen|-1.88
w:welkom|moraliseren|-0.98
w:welkom|prijzen|-0.98
w:werd|afleiden|-1.0
w:wereld|gevoelsreflectie|0.84
w:wereld|afleiden|0.94
w:werk|gevoelsreflectie|-1.0
w:werk|waarschuwen|-0.88
w:werk|adviseren|0.99
w:werk|ondervragen|-0.97
w:werken|jij-boodschap|-0.76
w:werken|gevoelsreflectie|-0.91
w:werken|interpreteren|-0.85
w:werken|vervolgafspraak|-0.95
w:werker|adviseren|1.0
w:werkstuk|bevelen|1.73
w:werkstuk|argumenteren|1.71
w:werkt|jij-boodschap|-0.99
w:werkt|gevoelsreflectie|-0.99
w:werkt|argumenteren|0.53
w:werkt|bekritiseren|-0.99
w:werkweek|ik-boodschap|-2.77
w:werkweek|parafrase|0.95
w:weten|open-vraag|-1.0
w:weten|waarschuwen|-0.75
w:weten|moraliseren|1.94
w:weten|adviseren|-1.57
w:weten|interpreteren|-0.96
w:weten|geruststellen|-1.0
w:weten|ondervragen|-0.97
w:wie|ik-boodschap|-0.89
w:wie|jij-boodschap|-0.99
w:wie|open-vraag|-1.94
w:wie|argumenteren|1.89
w:wie|bekritiseren|-0.99
w:wie|geruststellen|-1.0
w:wie|ondervragen|1.97
w:wie|afleiden|-0.98
w:wij|gevoelsreflectie|-0.77
w:wij|adviseren|-0.97
w:wijsneus|jij-boodschap|2.5
w:wijsneus|etiketteren|0.91
w:wijze|prijzen|0.96
w:wil|ik-boodschap|-1.78
w:wil|jij-boodschap|-1.0
w:wil|gevoelsreflectie|-1.85
w:wil|samenvatting|1.76
w:wil|open-vraag|1.78
w:wil|bevelen|1.91
w:wil|waarschuwen|-1.83
w:wil|moraliseren|-1.0
w:wil|argumenteren|-0.91
w:wil|bekritiseren|-0.5
w:wil|prijzen|0.98
w:wil|interpreteren|1.0
w:wil|geruststellen|-1.92
w:wil|afronding-aankondigen|3.67
w:wil|bedanken|-1.03
w:wilden|bedanken|0.99
w:willen|ik-boodschap|-1.0
w:willen|parafrase|-0.97
w:willen|gevoelsreflectie|-1.0
w:willen|samenvatting|1.97
w:willen|open-vraag|-0.97
w:willen|bevelen|-1.0
w:willen|adviseren|-1.99
w:willen|bedanken|-1.0
w:wilt|jij-boodschap|-1.82
w:wilt|parafrase|-0.89
w:wilt|gevoelsreflectie|-0.8
w:wilt|samenvatting|3.94
w:wilt|open-vraag|0.98
w:wilt|argumenteren|-0.97
w:wilt|bekritiseren|-0.5
w:wilt|interpreteren|0.92
w:wilt|vervolgafspraak|0.95
w:wiskunde|jij-boodschap|-0.88
w:wiskunde|gevoelsreflectie|-0.98
w:wiskunde|moraliseren|-0.72
w:wiskunde|argumenteren|0.21
w:wiskunde|bekritiseren|-0.95
w:wist|parafrase|-0.82
w:wist|samenvatting|0.97
w:wist|open-vraag|-0.98
w:wist|argumenteren|-0.97
w:wist|afleiden|-0.98
w:wist|vervolgafspraak|-1.0
w:wit|argumenteren|0.94
w:woensdag|ik-boodschap|-0.95
w:woensdag|parafrase|-0.96
w:woensdag|samenvatting|0.71
w:woensdag|prijzen|0.98
w:woensdag|vervolgafspraak|1.94
w:woensdag|bedanken|-0.89
w:woorden|ik-boodschap|-0.99
w:woorden|parafrase|1.0
w:woorden|aanmoediging|-0.98
w:woorden|waarschuwen|-1.0
w:woorden|argumenteren|-0.74
w:woorden|geruststellen|-0.62
w:woordjes|ik-boodschap|0.99
w:word|ik-boodschap|1.57
w:word|gevoelsreflectie|-0.88
w:word|samenvatting|-1.0
w:word|open-vraag|-0.96
w:worden|argumenteren|0.53
w:worden|afronding-aankondigen|1.0
w:wordt|ik-boodschap|0.18
w:wordt|jij-boodschap|-0.98
w:wordt|parafrase|0.98
w:wordt|gevoelsreflectie|0.96
w:wordt|samenvatting|-1.63
w:wordt|waarschuwen|1.82
w:wordt|argumenteren|0.89
w:wordt|interpreteren|-0.1
w:wordt|geruststellen|-0.98
w:wordt|bedanken|0.92
w:yilmaz|bevelen|1.0
w:yilmaz|prijzen|-1.0
w:yilmaz|bedanken|-1.0
w:yusuf|parafrase|-0.99
w:yusuf|samenvatting|0.99
w:yusuf|waarschuwen|-0.98
w:zag|ik-boodschap|0.12
w:zag|bevelen|-0.94
w:zag|moraliseren|-1.0
w:zag|adviseren|-1.0
w:zag|prijzen|-1.0
w:zag|bedanken|-1.0
w:zak|jij-boodschap|-0.99
w:zak|geruststellen|0.99
w:zakken|ik-boodschap|-0.85
w:zakken|samenvatting|0.99
w:zakt|ik-boodschap|0.98
w:zakt|jij-boodschap|-0.98
w:zakt|bekritiseren|-0.98
w:zat|ik-boodschap|-0.88
w:zat|open-vraag|0.73
w:zaterdag|open-vraag|-1.84
w:zaterdag|waarschuwen|-0.98
w:zaterdag|afleiden|0.88
w:ze|ik-boodschap|1.04
w:ze|jij-boodschap|-2.27
w:ze|parafrase|-0.1
w:ze|samenvatting|0.53
w:ze|open-vraag|-0.97
w:ze|aanmoediging|-0.99
w:ze|moraliseren|-1.89
w:ze|adviseren|-1.76
w:ze|argumenteren|-1.0
w:ze|bekritiseren|-0.99
w:ze|prijzen|0.69
w:ze|interpreteren|0.21
w:ze|geruststellen|-0.13
w:ze|ondervragen|0.97
w:ze|vervolgafspraak|-0.96
w:zeg|gevoelsreflectie|-1.0
w:zeg|samenvatting|0.69
w:zeg|open-vraag|-0.99
w:zeg|bevelen|0.99
w:zeg|waarschuwen|0.99
w:zeg|bekritiseren|-0.93
w:zeg|prijzen|-0.99
w:zeg|interpreteren|0.98
w:zeg|afleiden|0.99
w:zeggen|parafrase|0.93
w:zeggen|geruststellen|-0.85
w:zegt|ik-boodschap|-0.38
w:zegt|jij-boodschap|-0.5
w:zegt|parafrase|1.99
w:zegt|gevoelsreflectie|-0.93
w:zegt|samenvatting|-1.63
w:zegt|open-vraag|-0.97
w:zegt|aanmoediging|1.51
w:zegt|bevelen|0.84
w:zegt|waarschuwen|-0.98
w:zegt|geruststellen|-1.4
w:zeker|moraliseren|-0.94
w:zeker|prijzen|0.99
w:zeker|etiketteren|1.0
w:zeker|geruststellen|0.96
w:zelf|jij-boodschap|2.02
w:zelf|parafrase|0.89
w:zelf|gevoelsreflectie|-0.88
w:zelf|samenvatting|-1.91
w:zelf|open-vraag|0.81
w:zelf|adviseren|0.87
w:zelf|bekritiseren|2.44
w:zelf|interpreteren|2.8
w:zelf|geruststellen|0.12
w:zelf|ondervragen|-0.81
w:zelf|vervolgafspraak|-0.93
w:zenuwachtig|ik-boodschap|-0.62
w:zenuwachtig|gevoelsreflectie|0.99
w:zenuwachtig|geruststellen|1.79
w:zes|argumenteren|0.96
w:zesde|afronding-aankondigen|0.97
w:zesde|vervolgafspraak|0.97
w:zet|samenvatting|0.95
w:zet|open-vraag|-0.96
w:zet|bevelen|1.0
w:zet|moraliseren|-0.99
w:zet|prijzen|-1.0
w:zet|interpreteren|-0.99
w:zet|geruststellen|-0.95
w:zet|vervolgafspraak|-0.95
w:zet|bedanken|-1.0
w:zetten|argumenteren|-0.94
w:zetten|vervolgafspraak|-0.91
w:zeur|jij-boodschap|0.9
w:zeurpiet|bekritiseren|-0.56
w:zich|parafrase|-1.95
w:zich|gevoelsreflectie|1.0
w:zich|samenvatting|0.65
w:zich|open-vraag|-0.98
w:zich|bevelen|0.79
w:zich|waarschuwen|-1.15
w:zich|moraliseren|-0.99
w:zich|adviseren|-1.03
w:zich|argumenteren|0.9
w:zich|bekritiseren|0.8
w:zich|etiketteren|-0.9
w:zich|interpreteren|1.07
w:zich|geruststellen|-0.66
w:zich|afleiden|-1.0
w:zich|vervolgafspraak|0.9
w:zich|bedanken|-0.89
w:zie|ik-boodschap|0.14
w:zie|parafrase|-1.0
w:zie|gevoelsreflectie|1.93
w:zie|samenvatting|-2.66
w:zie|open-vraag|0.84
w:zie|bevelen|0.9
w:zie|afronding-aankondigen|0.96
w:zie|vervolgafspraak|1.9
w:ziek|jij-boodschap|-1.0
w:ziek|gevoelsreflectie|-0.92
w:ziek|samenvatting|-0.91
w:ziek|moraliseren|-1.0
w:ziek|bekritiseren|-0.93
w:ziek|etiketteren|-0.92
w:ziekmelding|ik-boodschap|0.93
w:ziekmelding|waarschuwen|-0.83
w:ziekte|samenvatting|0.83
w:ziekte|vervolgafspraak|0.9
w:ziekte|bedanken|0.9
w:zien|ik-boodschap|1.81
w:zien|parafrase|0.91
w:zien|samenvatting|-0.85
w:zien|open-vraag|-0.97
w:zien|bekritiseren|-0.99
w:zien|interpreteren|-1.0
w:zien|geruststellen|0.57
w:ziens|bedanken|0.83
w:ziet|bekritiseren|-1.0
w:ziet|prijzen|1.65
w:zij|bekritiseren|0.82
w:zij|geruststellen|-0.67
w:zijn|ik-boodschap|1.89
w:zijn|jij-boodschap|-1.97
w:zijn|parafrase|-1.95
w:zijn|gevoelsreflectie|1.73
w:zijn|samenvatting|1.08
w:zijn|open-vraag|-0.89
w:zijn|aanmoediging|-0.97
w:zijn|bevelen|-2.7
w:zijn|adviseren|-0.77
w:zijn|argumenteren|-2.64
w:zijn|bekritiseren|-2.36
w:zijn|prijzen|-0.97
w:zijn|etiketteren|-0.94
w:zijn|interpreteren|-0.99
w:zijn|vervolgafspraak|-1.15
w:zijn|bedanken|0.1
w:zin|jij-boodschap|1.69
w:zin|gevoelsreflectie|-0.98
w:zin|bevelen|0.9
w:zin|argumenteren|-0.96
w:zin|bekritiseren|0.62
w:zin|geruststellen|-0.98
w:zit|ik-boodschap|1.67
w:zit|jij-boodschap|0.81
w:zit|parafrase|-0.99
w:zit|gevoelsreflectie|-1.0
w:zit|samenvatting|-1.48
w:zit|open-vraag|-1.83
w:zit|aanmoediging|-0.66
w:zit|waarschuwen|0.97
w:zit|moraliseren|-0.82
w:zit|argumenteren|0.12
w:zit|bekritiseren|0.53
w:zit|etiketteren|-1.0
w:zit|geruststellen|-1.0
w:zit|ondervragen|-1.95
w:zit|afleiden|-0.95
w:zit|afronding-aankondigen|1.0
w:zitten|ik-boodschap|0.78
w:zitten|parafrase|-0.9
w:zitten|gevoelsreflectie|0.1
w:zitten|samenvatting|0.12
w:zitten|open-vraag|-1.94
w:zitten|aanmoediging|-0.95
w:zitten|bevelen|0.98
w:zitten|waarschuwen|1.13
w:zitten|adviseren|-0.98
w:zitten|bekritiseren|-1.0
w:zitten|geruststellen|-0.96
w:zitten|afleiden|-0.95
w:zitten|vervolgafspraak|0.9
w:zitten|bedanken|-0.93
w:zo|jij-boodschap|-1.96
w:zo|parafrase|-0.99
w:zo|gevoelsreflectie|-1.6
w:zo|samenvatting|-1.0
w:zo|bevelen|-3.76
w:zo|waarschuwen|0.8
w:zo|moraliseren|0.26
w:zo|adviseren|-1.79
w:zo|argumenteren|-0.49
w:zo|bekritiseren|0.34
w:zo|prijzen|2.2
w:zo|interpreteren|-0.85
w:zo|geruststellen|-2.83
w:zo|ondervragen|-0.96
w:zo|vervolgafspraak|-0.99
w:zo|bedanken|0.81
w:zo'n|jij-boodschap|-0.98
w:zo'n|parafrase|-0.98
w:zo'n|gevoelsreflectie|-0.82
w:zo'n|moraliseren|-1.96
w:zo'n|adviseren|-0.15
w:zo'n|argumenteren|-1.0
w:zo'n|bekritiseren|-0.18
w:zo'n|prijzen|2.99
w:zo'n|etiketteren|0.97
w:zo'n|interpreteren|-0.98
w:zo'n|ondervragen|-0.99
w:zoekt|parafrase|-1.0
w:zoekt|waarschuwen|-1.0
w:zoekt|bekritiseren|-1.0
w:zoekt|interpreteren|2.0
w:zomaar|jij-boodschap|0.95
w:zomaar|open-vraag|0.96
w:zomer|open-vraag|-0.91
w:zomer|afleiden|0.91
w:zondag|adviseren|0.99
w:zonde|ik-boodschap|0.89
w:zonde|vervolgafspraak|0.9
w:zonder|jij-boodschap|-0.99
w:zonder|argumenteren|0.97
w:zonder|vervolgafspraak|-1.0
w:zorg|bevelen|0.99
w:zorgcommissie|vervolgafspraak|0.88
w:zorgcoordinator|ik-boodschap|-0.97
w:zorgcoördinator|ik-boodschap|0.98
w:zorgcoördinator|samenvatting|0.94
w:zorgcoördinator|argumenteren|-0.9
w:zorgcoördinator|afleiden|-0.97
w:zorgcoördinator|afronding-aankondigen|0.93
w:zorgcoördinator|vervolgafspraak|1.85
w:zorgelijk|parafrase|0.99
w:zorgelijk|open-vraag|0.83
w:zorgen|jij-boodschap|-1.0
w:zorgen|samenvatting|0.95
w:zorgen|open-vraag|1.0
w:zorgen|bevelen|-0.93
w:zorgen|waarschuwen|-1.0
w:zorgen|argumenteren|-1.0
w:zorgen|bekritiseren|-0.99
w:zorgen|prijzen|1.0
w:zorgen|etiketteren|-2.0
w:zorgen|interpreteren|-0.92
w:zorgen|geruststellen|-0.3
w:zorgen|afleiden|-1.98
w:zorgen|vervolgafspraak|-1.62
w:zorgen|bedanken|-0.89
w:zorgpunten|argumenteren|-0.7
w:zorgt|bevelen|0.98
w:zou|ik-boodschap|-0.97
w:zou|gevoelsreflectie|-0.8
w:zou|waarschuwen|-1.0
w:zou|adviseren|2.06
w:zou|vervolgafspraak|-1.0
w:zouden|gevoelsreflectie|-0.77
w:zoveel|ik-boodschap|-0.73
w:zoveel|moraliseren|-0.9
w:zoveel|interpreteren|0.96
w:zoë|ik-boodschap|1.94
w:zoë|adviseren|-0.76
w:zulke|bevelen|-1.0
w:zulke|argumenteren|-1.0
w:zulke|prijzen|1.0
w:zulke|etiketteren|-1.0
w:zulke|geruststellen|-1.0
w:zulke|afleiden|1.0
w:zullen|samenvatting|-0.97
w:zullen|interpreteren|-1.0
w:zullen|afronding-aankondigen|-0.96
w:zullen|vervolgafspraak|1.88
w:zullen|bedanken|-0.11
w:zult|bedanken|-0.99
w:zus|open-vraag|-0.97
w:zus|ondervragen|-0.98
w:zus|afleiden|0.95
w:zusje|ik-boodschap|-0.93
w:zwaar|ik-boodschap|0.96
w:zwaar|parafrase|0.93
w:zwaar|gevoelsreflectie|-0.66
w:zwaar|moraliseren|-0.95
w:zwaar|interpreteren|-0.84
w:zwaar|geruststellen|-0.58
w:zwaar|afleiden|0.95
w:zwaarst|open-vraag|0.94
w:zwak|interpreteren|-0.96
w:zware|gevoelsreflectie|0.98
w:zware|bedanken|-0.99
w:zwart|argumenteren|0.94
w:één|bevelen|-0.93
w:één|geruststellen|-0.89
"""#
}
