/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Multiboot (v1) entry of the mvgpu end-to-end guest: QEMU's -kernel loads
 * it after SeaBIOS has enumerated PCI and assigned BARs, and enters it in
 * 32-bit protected mode with paging off.
 */
	.section .multiboot, "a"
	.align 4
	.long 0x1badb002		/* magic */
	.long 0				/* flags: load by the ELF headers */
	.long -0x1badb002		/* checksum */

	.text
	.globl _start
_start:
	cli
	mov $stack_top, %esp
	call main
1:	hlt
	jmp 1b

	.bss
	.align 16
	.space 16384
stack_top:

	.section .note.GNU-stack, "", @progbits
