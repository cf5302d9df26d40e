# Greedy word wrapping and full justification.
text = ('It was the best of times, it was the worst of times, it was the age of '
        'wisdom, it was the age of foolishness, it was the epoch of belief, it was '
        'the epoch of incredulity, it was the season of Light, it was the season of '
        'Darkness.')

def wrap(words, width):
    lines = []
    current = []
    length = 0
    for w in words:
        extra = len(w) if not current else len(w) + 1
        if length + extra > width and current:
            lines.append(current)
            current = [w]
            length = len(w)
        else:
            current.append(w)
            length += extra
    if current:
        lines.append(current)
    return lines

def justify(line, width):
    if len(line) == 1:
        return line[0]
    letters = 0
    for w in line:
        letters += len(w)
    gaps = len(line) - 1
    spaces = width - letters
    out = ''
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += line[i] + ' ' * n
    return out + line[-1]

words = text.split()
print(len(words), len(text))
for width in [30, 45]:
    lines = wrap(words, width)
    print('width', width, 'lines', len(lines))
    for line in lines[:-1]:
        print('|' + justify(line, width) + '|')
    last = ' '.join(lines[-1])
    print('|' + last + ' ' * (width - len(last)) + '|')

title = 'a tale of two cities'
caps = []
for w in title.split():
    caps.append(w[0].upper() + w[1:])
print(' '.join(caps), title.upper().replace(' ', '_'), '-'.join(title.split()))
