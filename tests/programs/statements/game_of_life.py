# Conway's game of life on a small torus.
ROWS = 12
COLS = 14

def empty_board():
    board = []
    for r in range(ROWS):
        board.append([0] * COLS)
    return board

def step(board):
    new = empty_board()
    for r in range(ROWS):
        for c in range(COLS):
            n = 0
            for dr in [-1, 0, 1]:
                for dc in [-1, 0, 1]:
                    if dr == 0 and dc == 0:
                        continue
                    n += board[(r + dr) % ROWS][(c + dc) % COLS]
            if board[r][c] and (n == 2 or n == 3):
                new[r][c] = 1
            elif not board[r][c] and n == 3:
                new[r][c] = 1
    return new

def show(board):
    for row in board:
        line = ''
        for cell in row:
            line += '#' if cell else '.'
        print(line)

def population(board):
    total = 0
    for row in board:
        total += sum(row)
    return total

board = empty_board()
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    board[r][c] = 1
for r, c in [(9, 1), (9, 2), (9, 3)]:
    board[r][c] = 1
show(board)
history = []
for gen in range(1, 17):
    board = step(board)
    history.append(population(board))
    if gen % 8 == 0:
        print('generation', gen)
        show(board)
print(history)
