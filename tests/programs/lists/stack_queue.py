# Lists as stacks and queues: bracket matching, RPN evaluation.
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for ch in s:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return len(stack) == 0

for s in ['()', '([]{})', '(]', '((', '', 'a(b[c]d)e', '}{', '{[()()]}']:
    print(repr(s), balanced(s))

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ['+', '-', '*', '/', '//', '%', '**']:
            b = stack.pop()
            a = stack.pop()
            if tok == '+':
                stack.append(a + b)
            elif tok == '-':
                stack.append(a - b)
            elif tok == '*':
                stack.append(a * b)
            elif tok == '/':
                stack.append(a / b)
            elif tok == '//':
                stack.append(a // b)
            elif tok == '%':
                stack.append(a % b)
            else:
                stack.append(a ** b)
        else:
            stack.append(int(tok))
    return stack.pop()

for e in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 100 **', '7 -2 //', '7 -2 %', '1 3 /', '2 3 2 ** **']:
    print(e, '=', rpn(e))

# queue: round-robin scheduling
queue = [('a', 5), ('b', 2), ('c', 7), ('d', 1)]
quantum = 2
clock = 0
finished = []
while queue:
    name, left = queue.pop(0)
    run = min(left, quantum)
    clock += run
    left -= run
    if left > 0:
        queue.append((name, left))
    else:
        finished.append((name, clock))
print(finished)

# insert at the front / pop from both ends
dq = []
for i in range(5):
    dq.insert(0, i)
    dq.append(-i)
print(dq, dq.pop(), dq.pop(0), dq.pop(3), dq)
