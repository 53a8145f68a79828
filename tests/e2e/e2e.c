// SPDX-License-Identifier: GPL-2.0
/*
 * The mvgpu end-to-end guest: a bare-metal program QEMU boots with
 * -device vfio-pci,sysfsdev=<mvgpu mdev>.  It finds the device on PCI,
 * builds a four-level page table in its memory (as gen8's 48-bit PPGTT),
 * installs it, runs a COPY and a FENCE through it, rewrites a leaf entry
 * with 4-byte writes (which KVM traps for the device's shadow), runs
 * another COPY, asks the device to check its shadow, prints the device's
 * counters and ends QEMU through isa-debug-exit: status 0 passes, any other
 * value names the first check that failed.  Output goes to the serial port.
 */
#include <stdint.h>

#define DEBUG_EXIT_PORT	0xf4
#define COM1		0x3f8

#define REG_ID		0x000
#define REG_STATUS	0x004
#define REG_ERROR	0x008
#define REG_ROOT_LO	0x010
#define REG_ROOT_HI	0x014
#define REG_IRQ_STATUS	0x018
#define REG_CONFIG	0x01c
#define REG_CMD_OP	0x020
#define REG_CMD_LEN	0x024
#define REG_CMD_SRC_LO	0x028
#define REG_CMD_SRC_HI	0x02c
#define REG_CMD_DST_LO	0x030
#define REG_CMD_DST_HI	0x034
#define REG_CMD_DATA_LO	0x038
#define REG_CMD_DATA_HI	0x03c
#define REG_DOORBELL	0x040
#define REG_FENCE_SEQ	0x044
#define REG_TRACKED	0x080
#define REG_TRAPPED	0x084
#define REG_UPDATES	0x088
#define REG_DONE	0x094
#define REG_MISMATCH	0x098

#define OP_COPY		1
#define OP_FENCE	3
#define OP_CHECK	4
#define STATUS_BUSY	1
#define CONFIG_LEVELS4	2
#define MVGPU_ID	0x4d564701

/* Tables and data in guest RAM (QEMU maps all of it for DMA, IOVA == GPA). */
#define L4		0x200000u
#define L3		0x201000u
#define L2		0x202000u
#define L1		0x203000u
#define DATA(n)		(0x300000u + (n) * 4096u)
#define PTE(a)		((a) | 3u)	/* present, writable; high half 0 */
/* Device address of page @n of leaf table L1: indices 1, 2, 3 above it. */
#define VA(n)		((1ull << 39) | (2ull << 30) | (3ull << 21) | \
			 ((uint64_t)(n) << 12))

static inline void outb(uint16_t port, uint8_t v)
{
	asm volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
	uint8_t v;

	asm volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outl(uint16_t port, uint32_t v)
{
	asm volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint32_t inl(uint16_t port)
{
	uint32_t v;

	asm volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static void putc_serial(char c)
{
	while (!(inb(COM1 + 5) & 0x20))
		;
	outb(COM1, c);
}

static void print(const char *s)
{
	while (*s)
		putc_serial(*s++);
}

static void print_hex(uint32_t v)
{
	int i;

	print("0x");
	for (i = 28; i >= 0; i -= 4)
		putc_serial("0123456789abcdef"[(v >> i) & 0xf]);
}

static void print_dec(uint32_t v)
{
	char buf[11];
	int i = 10;

	buf[i] = 0;
	do {
		buf[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	print(buf + i);
}

static void __attribute__((noreturn)) finish(uint32_t code)
{
	print(code ? "e2e: FAIL " : "e2e: PASS");
	if (code)
		print_hex(code);
	print("\n");
	outb(DEBUG_EXIT_PORT, code);
	for (;;)
		asm volatile("hlt");
}

static uint32_t pci_read(uint32_t dev, uint32_t off)
{
	outl(0xcf8, 0x80000000u | dev << 11 | off);
	return inl(0xcfc);
}

static void pci_write(uint32_t dev, uint32_t off, uint32_t v)
{
	outl(0xcf8, 0x80000000u | dev << 11 | off);
	outl(0xcfc, v);
}

static volatile uint32_t *bar;

static uint32_t rd(uint32_t off)
{
	return bar[off / 4];
}

static void wr(uint32_t off, uint32_t v)
{
	bar[off / 4] = v;
}

static void run(uint32_t op, uint64_t src, uint64_t dst, uint32_t len,
		uint32_t data)
{
	uint32_t i;

	wr(REG_CMD_OP, op);
	wr(REG_CMD_LEN, len);
	wr(REG_CMD_SRC_LO, (uint32_t)src);
	wr(REG_CMD_SRC_HI, src >> 32);
	wr(REG_CMD_DST_LO, (uint32_t)dst);
	wr(REG_CMD_DST_HI, dst >> 32);
	wr(REG_CMD_DATA_LO, data);
	wr(REG_CMD_DATA_HI, 0);
	wr(REG_DOORBELL, 1);
	for (i = 0; rd(REG_STATUS) & STATUS_BUSY; i++)
		if (i == 100000000)
			finish(9);	/* the device never went idle */
}

static int same(uint32_t a, uint32_t b)
{
	const volatile uint8_t *p = (const void *)a, *q = (const void *)b;
	int i;

	for (i = 0; i < 4096; i++)
		if (p[i] != q[i])
			return 0;
	return 1;
}

/*
 * 4-byte writes, in the order the device documents: an entry takes effect
 * when its low half is written, so unmap it (low half, PRESENT clear), write
 * the high half, then the low half.
 */
static void set_pte(uint32_t table, int i, uint32_t lo)
{
	volatile uint32_t *e = (volatile uint32_t *)table + 2 * i;

	e[0] = 0;
	e[1] = 0;
	e[0] = lo;
}

static void show(const char *what, uint32_t off)
{
	print("e2e:   ");
	print(what);
	print_dec(rd(off));
	print("\n");
}

void main(void)
{
	volatile uint8_t *p;
	uint32_t dev, id, i;

	print("e2e: looking for mvgpu\n");
	for (dev = 0; dev < 32; dev++)
		if (pci_read(dev, 0) == 0x76671234)
			break;
	if (dev == 32)
		finish(1);
	bar = (volatile uint32_t *)(pci_read(dev, 0x10) & ~0xfu);
	pci_write(dev, 0x04, pci_read(dev, 0x04) | 0x6);	/* mem, master */
	print("e2e: BAR0 at ");
	print_hex((uint32_t)bar);
	print("\n");
	id = rd(REG_ID);
	if (id != MVGPU_ID)
		finish(2);

	for (i = 0; i < 512; i++) {
		set_pte(L4, i, 0);
		set_pte(L3, i, 0);
		set_pte(L2, i, 0);
		set_pte(L1, i, i < 16 ? PTE(DATA(i)) : 0);
	}
	set_pte(L4, 1, PTE(L3));
	set_pte(L3, 2, PTE(L2));
	set_pte(L2, 3, PTE(L1));
	p = (volatile uint8_t *)DATA(0);
	for (i = 0; i < 4096; i++)
		p[i] = i * 13 + 7;
	for (i = 0; i < 4096; i++)
		((volatile uint8_t *)DATA(1))[i] = 0;

	wr(REG_CONFIG, CONFIG_LEVELS4);
	wr(REG_ROOT_HI, 0);
	wr(REG_ROOT_LO, L4 | 1);
	if (rd(REG_ERROR) || rd(REG_TRACKED) != 4)
		finish(3);
	print("e2e: four-level table installed\n");

	/* COPY page 0 -> 1 and a fence to page 2, through the shadow. */
	run(OP_COPY, VA(0), VA(1), 4096, 0);
	run(OP_FENCE, 0, VA(2), 0, 0xc0ffee);
	if (!same(DATA(0), DATA(1)))
		finish(4);
	if (*(volatile uint32_t *)DATA(2) != 0xc0ffee ||
	    rd(REG_FENCE_SEQ) != 0xc0ffee)
		finish(5);
	print("e2e: copy and fence done\n");

	/* Rewrite entry 1: KVM traps the write, the device updates its shadow. */
	set_pte(L1, 1, PTE(DATA(9)));
	run(OP_COPY, VA(0), VA(1), 4096, 0);
	if (!same(DATA(0), DATA(9)))
		finish(6);
	/*
	 * Three 4-byte writes, all trapped; the device read the entry once,
	 * for the COPY after them: one update.
	 */
	if (rd(REG_TRAPPED) != 3 || rd(REG_UPDATES) != 1)
		finish(7);
	run(OP_CHECK, 0, 0, 0, 0);
	if (rd(REG_MISMATCH) || rd(REG_ERROR) || rd(REG_DONE) != 4)
		finish(8);
	print("e2e: rewritten entry followed\n");
	print("e2e: device counters\n");
	show("table pages write-tracked    ", REG_TRACKED);
	show("guest writes trapped         ", REG_TRAPPED);
	show("shadow entries updated       ", REG_UPDATES);
	show("commands done                ", REG_DONE);
	show("fence IRQ_STATUS             ", REG_IRQ_STATUS);
	show("CHECK mismatches             ", REG_MISMATCH);
	finish(0);
}
